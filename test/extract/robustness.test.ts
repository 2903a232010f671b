import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/extract.js';

// The point is no catastrophic backtracking (which costs minutes), not speed: bench/extract.ts
// measures that. An input passes when it finishes within BOUND_MS, or, on a machine slowed by
// other work, when its cost grew at most ~linearly from a tenth of it (quadratic growth reads
// ~100×); past HARD_BOUND_MS it fails whatever the growth.
const BOUND_MS = 5000;
const HARD_BOUND_MS = 25_000; // under vitest's 30 s test timeout
const MAX_GROWTH = 30;

const paragraph =
  "Le 18 mai, la Ville de Chambly et la Communauté d'agglomération de Tulle ont signé une entente de coopération à Chambly. ";

/** Each maker builds its input at scale k: 1 is the full input, 0.1 a tenth of it. */
const inputs: [string, (k: number) => string][] = [
  ['1 MB on a single line', (k) => paragraph.repeat(Math.ceil((k * 1_000_000) / paragraph.length)).slice(0, k * 1_000_000)],
  ['5,000 consecutive spaces', (k) => `Entente ${' '.repeat(k * 5000)}signée entre A et B.`],
  ['only punctuation', (k) => '.,;:!?«»()[]-–—…\'"'.repeat(k * 5000)],
  ['only upper case', (k) => paragraph.toUpperCase().repeat(k * 200)],
  [
    'mixed French and English',
    (k) =>
      'The City of Campbellton signed an agreement with la Ville de Tulle. Le maire a signé le protocole d’accord during the Atlantic Forum. '.repeat(k * 200),
  ],
  ['a long run of capitalized words', (k) => 'Ville De Chambly Et '.repeat(k * 20000)],
  ['a long run of "entre … et"', (k) => `Une entente ${'entre la Ville de Chambly et '.repeat(k * 5000)}Tulle.`],
  ['a long run of periods and initials', (k) => 'A. B. C. D. M. Mme. '.repeat(k * 20000)],
  // Each mark of a run once re-read the rest of the run: 100,000 dots took minutes.
  ['100,000 periods in a row', (k) => `Fin${'.'.repeat(k * 100_000)}suite`],
  // Each party candidate once looked back over the whole sentence for an opening bracket.
  [
    'one sentence naming 20,000 signers',
    (k) => `The agreement was signed by ${Array.from({ length: k * 20000 }, (_, i) => `Mayor Ann Lee${i % 9}, President of the Council of X`).join(' and ')}.`,
  ],
  ['20,000 lines of "Company, Town"', (k) => Array.from({ length: k * 20000 }, (_, i) => `Atelier Nom${i % 97}, Lévis`).join('\n')],
  ['a comma list of 20,000 capitalized names', (k) => `${Array.from({ length: k * 20000 }, (_, i) => `Alpha${i % 50} Beta`).join(', ')} Department`],
];

describe('extract on hostile input', () => {
  // The gazetteer is built once per process on first use; that one-time cost is not the input's.
  beforeAll(() => {
    extract('La Ville de Chambly a signé une entente avec Tulle le 18 mai 2021.');
  });

  it.each(inputs)('%s: finishes within the bound without throwing', (_name, make) => {
    const tenth = timedExtract(make(0.1)).ms;
    const { x, ms } = timedExtract(make(1));
    expect(Array.isArray(x.entities)).toBe(true);
    expect(Array.isArray(x.events)).toBe(true);
    expect(ms).toBeLessThan(HARD_BOUND_MS);
    if (ms >= BOUND_MS) expect(ms).toBeLessThan(MAX_GROWTH * Math.max(tenth, 1));
  });
});

function timedExtract(text: string): { x: ReturnType<typeof extract>; ms: number } {
  const t0 = performance.now();
  const x = extract(text);
  return { x, ms: performance.now() - t0 };
}

describe('extract on real prose joined into one line', () => {
  // Per-mention looks for the line start (lastIndexOf('\n'), a scan of the line to judge it) each
  // cost the whole text on a single line, so the cost grew with the square of its length.
  it('200 KB of fixture articles with no line break: finishes with entities and events', () => {
    let text = '';
    for (const file of fixtureTexts()) {
      if (text.length >= 200_000) break;
      text += `${readFileSync(file, 'utf8').replace(/\s*\n\s*/g, ' ')} `;
    }
    const x = extract(text.slice(0, 200_000));
    expect(x.entities.filter((e) => e.type === 'PLACE').length).toBeGreaterThan(50);
    expect(x.entities.filter((e) => e.type === 'ORG').length).toBeGreaterThan(50);
    expect(x.events.length).toBeGreaterThan(10);
  });
});

describe('extract on fragments', () => {
  // A run of capitalized words that the org finders skip to its end once read past the last token.
  it.each([['a sign-off that is only a given name', '— Nadège'], ['a bare given name', 'Claire'], ['people of nothing', 'Representatives of'], ['a role alone', 'Mayor']])(
    '%s: no throw',
    (_name, text) => {
      const x = extract(text);
      expect(Array.isArray(x.entities)).toBe(true);
    },
  );

  // Every paragraph of every stored article, read as a document of its own: a paragraph is where a
  // sentence-start or end-of-text edge case shows up, and the fixtures are many real shapes of them.
  it('every fixture paragraph alone: no throw', () => {
    const failures: string[] = [];
    for (const file of fixtureTexts()) {
      for (const paragraph of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
        try {
          extract(paragraph);
        } catch (error) {
          failures.push(`${file}: ${JSON.stringify(paragraph.slice(0, 80))}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

function fixtureTexts(): string[] {
  const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  return readdirSync(root)
    .filter((dir) => dir.startsWith('eval-') || dir === 'seeds')
    .flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, dir, f)));
}
