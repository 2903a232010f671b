import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const body = '\n\nLa Ville de Rimouski a signé mardi une entente avec la Ville de Gaspé.\n';
const enBody = '\n\nThe Town of Kenmore signed a friendship agreement with the City of Aldgate.\n';

describe('a paper named by its masthead in more layouts', () => {
  it('reads a bulletin after its article, and a title above a line that opens with an article and a date', () => {
    expect(namesOf(`Le Bulletin de Lotbinière\nLe mardi 15 septembre 2026 – Par Anne Roy${body}`, 'ORG')).toContain('Le Bulletin de Lotbinière');
  });

  it('leaves a body\'s bulletin without an article alone', () => {
    expect(namesOf(`Rimouski Bulletin\nLe mardi 15 septembre 2026${body}`, 'ORG').filter((n) => /Bulletin/.test(n))).toEqual([]);
  });

  it('reads a sentinel and a gazette whose complement closes on an adjective', () => {
    expect(namesOf(`Deux villes signent\n\nLa Sentinelle du Haut-Richelieu — Sorel, le 20 novembre 2026${body}`, 'ORG')).toContain('La Sentinelle du Haut-Richelieu');
    expect(namesOf(`La Gazette du Pays lochois\nDeux villes signent${body}`, 'ORG')).toContain('La Gazette du Pays lochois');
  });

  it('reads a title before a comma or a bracket and the issue\'s date', () => {
    expect(namesOf(`Two towns sign\nThe Valley Courier, Friday 6 November 2026\nBy Ann Roy${enBody}`, 'ORG', 'en')).toContain('The Valley Courier');
    expect(namesOf(`Briefs\n1. Dairy team back\n(The Bay Chronicle, Saturday 7 November)${enBody}`, 'ORG', 'en')).toContain('The Bay Chronicle');
    expect(namesOf(`Lagune Infos (édition du mardi 10 novembre)${body}`, 'ORG')).toContain('Lagune Infos');
  });

  it('leaves a title with no newspaper word before a date alone', () => {
    expect(namesOf(`Two towns sign\nThe Valley Council, Friday 6 November 2026${enBody}`, 'ORG', 'en').filter((n) => /Valley/.test(n))).toEqual([]);
  });
});

describe('a paper named where the page credits it', () => {
  it('reads the title after a publication date and between a byline and a date', () => {
    expect(namesOf(`Deux villes signent\n\nPublié le samedi 19 septembre 2026 | Le Héron riverain${body}`, 'ORG')).toContain('Le Héron riverain');
    expect(namesOf(`Deux villes signent\n\nPar Martine Roy | L'Aurore du Lac | 14 octobre 2026${body}`, 'ORG')).toContain("L'Aurore du Lac");
  });

  it('leaves a section or an author after the date alone', () => {
    expect(namesOf(`Deux villes signent\n\nPublié le samedi 19 septembre 2026 | Société${body}`, 'ORG').filter((n) => /Société/.test(n))).toEqual([]);
    expect(namesOf(`Deux villes signent\n\nPublié le samedi 19 septembre 2026 | Anne Roy${body}`, 'ORG').filter((n) => /Anne/.test(n))).toEqual([]);
  });

  it('reads a title that describes itself as a weekly after a dash', () => {
    expect(namesOf(`Le Cap de roche — l'hebdo de Sept-Îles\nÉdition du jeudi 12 novembre 2026${body}`, 'ORG')).toContain('Le Cap de roche');
    expect(namesOf(`ÉDITORIAL\nPar Jean Roy, rédacteur en chef\nLe Goéland – hebdomadaire varois, jeudi 19 novembre 2026${body}`, 'ORG')).toContain('Le Goéland');
  });

  it('leaves a body that describes its own newsletter alone', () => {
    expect(namesOf(`La Ville de Gaspé — le journal municipal${body}`, 'ORG').filter((n) => /Gaspé/.test(n))).toEqual(['Ville de Gaspé']);
  });
});
