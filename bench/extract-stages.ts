import { extractDates } from '../src/extract/dates/extract-dates.js';
import { extractNamedEntities } from '../src/extract/entities/extract-named-entities.js';
import { extractEvents } from '../src/extract/events/extract-events.js';
import { dateEntities, extract } from '../src/extract/extract.js';
import { detectLanguage } from '../src/extract/language.js';
import { findPlaces } from '../src/extract/places/find-places.js';
import { splitSentences } from '../src/extract/text/split-sentences.js';
import { makeArticles, paragraphs } from './extract.js';

/*
 * For speed work on one stage: each stage timed alone on the bench's 500-word articles, its
 * inputs computed beforehand. Several rounds; the best round's mean is printed (on a shared
 * machine the best round is the one least disturbed). `--cpu-prof` on this script gives a
 * profile with no start-up cost in it.
 *   node --import tsx bench/extract-stages.ts [ROUNDS]
 */

const rounds = Number(process.argv[2] ?? 7);
const articles = makeArticles(await paragraphs(), 200);
const inputs = articles.map((text) => {
  const language = detectLanguage(text).language;
  const sentences = splitSentences(text);
  const dates = extractDates(text, { language });
  const entities = [...extractNamedEntities(text, language), ...dateEntities(dates)];
  return { text, language, sentences, dates, entities };
});

const stages: Record<string, (i: (typeof inputs)[number]) => unknown> = {
  'extract()': (i) => extract(i.text),
  language: (i) => detectLanguage(i.text),
  sentences: (i) => splitSentences(i.text),
  places: (i) => findPlaces(i.text, i.language),
  'entities (incl. places)': (i) => extractNamedEntities(i.text, i.language),
  dates: (i) => extractDates(i.text, { language: i.language }),
  events: (i) => extractEvents(i),
  'extract() again': (i) => extract(i.text),
};

for (const [name, run] of Object.entries(stages)) {
  for (const i of inputs) run(i);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    for (const i of inputs) run(i);
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000 / inputs.length);
  }
  console.log(`${name.padEnd(24)} ${best.toFixed(3)} ms CPU per article (best of ${rounds} rounds)`);
}
