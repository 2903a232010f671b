import type { DateMention } from './dates/extract-dates.js';
import { extractDates } from './dates/extract-dates.js';
import { extractNamedEntities } from './entities/extract-named-entities.js';
import { extractEvents } from './events/extract-events.js';
import { detectLanguage } from './language.js';
import { splitSentences } from './text/split-sentences.js';
import type { ExtractedEntity, Extraction, ExtractOptions, Language } from './types.js';
import { EXTRACTOR_VERSION } from './version.js';

/**
 * Text → Extraction: language, ORG/PERSON/PLACE entities, DATE entities (one per
 * distinct ISO value) and agreement/mission events. Pure and synchronous.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const { language, languageConfidence } = resolveLanguage(text, options.language);
  const sentences = splitSentences(text);
  const named = extractNamedEntities(text, language);
  const dates = extractDates(text, { language, publishedAt: options.publishedAt });
  const entities = [...named, ...dateEntities(dates)];
  const events = extractEvents({ text, language, sentences, entities, dates });
  return { language, languageConfidence, entities, events, extractorVersion: EXTRACTOR_VERSION };
}

function resolveLanguage(text: string, given: Language | undefined): { language: Language; languageConfidence: number } {
  if (given) return { language: given, languageConfidence: 1 };
  const detected = detectLanguage(text);
  return { language: detected.language, languageConfidence: detected.confidence };
}

/** One DATE entity per distinct value, named after its first mention's text. */
export function dateEntities(dates: readonly DateMention[]): ExtractedEntity[] {
  const byValue = new Map<string, DateMention[]>();
  for (const d of dates) {
    const list = byValue.get(d.value);
    if (list) list.push(d);
    else byValue.set(d.value, [d]);
  }
  return [...byValue.entries()].map(([value, mentions]) => ({
    type: 'DATE' as const,
    name: mentions[0]!.text,
    value,
    confidence: 0.9,
    mentions: mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
}
