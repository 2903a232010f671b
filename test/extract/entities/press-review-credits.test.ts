import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const lead = [
  'Revue de presse', 'Semaine du 9 novembre', '', '1. Brenac et Vorsteel se rapprochent', 'Deux communes ont parlé coopération.',
  'Le conseil a voté un budget.', 'Une délégation partira au printemps.', 'Les écoles suivront.', '',
].join('\n');
const body = '\nLa Ville de Brenac a signé mardi une entente avec la Ville de Gaspé.\n';

describe('a paper credited on a short line of a press review, below the masthead', () => {
  it('reads the title before the item\'s date', () => {
    expect(namesOf(`${lead}Le Courrier des Cantons, 18 novembre${body}`, 'ORG')).toContain('Le Courrier des Cantons');
    expect(namesOf(`${lead}(The Pinewood Sentinel, Thursday 5 November)\nThe Town of Kenmore hosted a delegation.\n`, 'ORG', 'en')).toContain('The Pinewood Sentinel');
  });

  it('leaves a long sentence that opens with a paper and a date alone', () => {
    const sentence = `${lead}(The Pinewood Sentinel, Thursday 5 November, ran a long story on the twinning budgets of the county and its towns)\n`;
    expect(namesOf(sentence, 'ORG', 'en')).not.toContain('The Pinewood Sentinel');
  });
});

describe('a masthead whose paper word is a news or digest word, or follows an article', () => {
  it('reads "X Actualités", "X Digest" and "L\'Hebdo Éco X" on the first line', () => {
    expect(namesOf(`Vallonia Actualités — Publié le vendredi 20 novembre 2026${body}`, 'ORG')).toContain('Vallonia Actualités');
    expect(namesOf(`Tamarack Digest — Monday 9 November 2026\nThe Town of Kenmore hosted a delegation.\n`, 'ORG', 'en')).toContain('Tamarack Digest');
    expect(namesOf(`L'Hebdo Éco Vermillon — Entreprises\nMercredi 18 novembre 2026${body}`, 'ORG')).toContain("L'Hebdo Éco Vermillon");
  });

  it('leaves a site\'s news section alone', () => {
    expect(namesOf(`Accueil › Actualités — Publié le vendredi 20 novembre 2026${body}`, 'ORG').filter((n) => /Actualit/.test(n))).toEqual([]);
  });
});

describe('a masthead closed by a news word, above a dated line', () => {
  const enBody = '\n\nThe Town of Kenmore signed a friendship agreement with the City of Aldgate.\n';

  it('reads the title when the next line dates the page', () => {
    expect(namesOf(`Arden Valley News\nPosted Nov. 13, 2026, 4:15 p.m.${enBody}`, 'ORG', 'en')).toContain('Arden Valley News');
    expect(namesOf(`Borderlands Fruit Report\nTrade & Policy | Nov. 9, 2026${enBody}`, 'ORG', 'en')).toContain('Borderlands Fruit Report');
  });

  it('reads a title whose words an ampersand joins', () => {
    expect(namesOf(`PINE & RIVER WIRE – Daily digest\nMonday, November 23, 2026${enBody}`, 'ORG', 'en')).toContain('PINE & RIVER WIRE');
  });

  it('leaves a short label and an undated line alone', () => {
    expect(namesOf(`City News\nPosted Nov. 13, 2026${enBody}`, 'ORG', 'en').filter((n) => /News/.test(n))).toEqual([]);
    expect(namesOf(`Arden Valley News\nThe council met on Tuesday to talk.${enBody}`, 'ORG', 'en').filter((n) => /News/.test(n))).toEqual([]);
  });
});
