import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';

// Generous bound: the point is no catastrophic backtracking (which costs minutes), not speed:
// bench/extract.ts measures that. CI runs two suites at once on two cores, hence the margin.
const BOUND_MS = 5000;

const paragraph =
  "Le 18 mai, la Ville de Granby et la Communauté d'agglomération de Tulle ont signé une entente de coopération à Granby. ";

const inputs: [string, () => string][] = [
  ['1 MB on a single line', () => paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)).slice(0, 1_000_000)],
  ['5,000 consecutive spaces', () => `Entente ${' '.repeat(5000)}signée entre A et B.`],
  ['only punctuation', () => '.,;:!?«»()[]-–—…\'"'.repeat(5000)],
  ['only upper case', () => paragraph.toUpperCase().repeat(200)],
  [
    'mixed French and English',
    () =>
      'The City of Moncton signed an agreement with la Ville de Tulle. Le maire a signé le protocole d’accord during the Atlantic Forum. '.repeat(200),
  ],
  ['a long run of capitalized words', () => 'Ville De Granby Et '.repeat(20000)],
  ['a long run of "entre … et"', () => `Une entente ${'entre la Ville de Granby et '.repeat(5000)}Tulle.`],
  ['a long run of periods and initials', () => 'A. B. C. D. M. Mme. '.repeat(20000)],
  // Each mark of a run once re-read the rest of the run: 100,000 dots took minutes.
  ['100,000 periods in a row', () => `Fin${'.'.repeat(100_000)}suite`],
  // Each party candidate once looked back over the whole sentence for an opening bracket.
  [
    'one sentence naming 20,000 signers',
    () => `The agreement was signed by ${Array.from({ length: 20000 }, (_, i) => `Mayor Ann Lee${i % 9}, President of the Council of X`).join(' and ')}.`,
  ],
  ['20,000 lines of "Company, Town"', () => Array.from({ length: 20000 }, (_, i) => `Atelier Nom${i % 97}, Lévis`).join('\n')],
  ['a comma list of 20,000 capitalized names', () => `${Array.from({ length: 20000 }, (_, i) => `Alpha${i % 50} Beta`).join(', ')} Department`],
];

describe('extract on hostile input', () => {
  // The gazetteer is built once per process on first use; that one-time cost is not the input's.
  beforeAll(() => {
    extract('La Ville de Granby a signé une entente avec Tulle le 18 mai 2021.');
  });

  it.each(inputs)('%s: finishes within the bound without throwing', (_name, make) => {
    const text = make();
    const t0 = performance.now();
    const x = extract(text);
    const ms = performance.now() - t0;
    expect(Array.isArray(x.entities)).toBe(true);
    expect(Array.isArray(x.events)).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
