import { wordSet } from './word-set.js';

/**
 * Family names that come before the given name, from public surname frequency
 * lists. Chinese: the most common pinyin surnames (Ministry of Public Security
 * ranking), less those that are also common English words ("Long", "He", "Ma").
 * Stored lower case; compare with a token's `fold`.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = wordSet(`
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu gao lin guo luo liang
xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng
wei su lu ding ren shen yao jin fan fang shi tan liao zou xiong qiu qin jia xue
yan hou lei bai duan hao kong qian mao gu lai meng dai xia zhong wen tao jiao
`);

/**
 * Vietnamese family names as written with their diacritics (the accent-free forms
 * "Le", "Do", "Ho" are common words elsewhere), from public frequency lists.
 */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = wordSet(`
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh
Trịnh Đoàn Lương Tô Tạ Đào Chu Vương Kiều Châu
`);

/** One pinyin syllable: an optional initial, then a final. */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)';

/** A Chinese given name in pinyin: one or two syllables ("Lei", "Guoqiang"). */
export const PINYIN_GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`, 'u');
