import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const body = '\n\nLa Ville de Rimouski a signé mardi une entente avec la Ville de Gaspé.\n';
const enBody = '\n\nThe Town of Bellmoor signed a friendship agreement with Kerrow on Monday.\n';

describe('a masthead written in capitals', () => {
  it('reads a short word after the article and a link inside the title', () => {
    expect(namesOf(`THE HILL HERALD\n\nTwo towns sign${enBody}`, 'ORG', 'en')).toContain('THE HILL HERALD');
    expect(namesOf(`THE GREEN TOWN LEDGER\nLocal News — Nov. 3, 2025${enBody}`, 'ORG', 'en')).toContain('THE GREEN TOWN LEDGER');
    expect(namesOf(`LE MONITEUR DE LA BAIE\n\nDeux villes signent${body}`, 'ORG')).toContain('LE MONITEUR DE LA BAIE');
    expect(namesOf(`MARAIS REVUE – La revue de presse du lundi\n\nDeux villes signent${body}`, 'ORG')).toContain('MARAIS REVUE');
  });

  it('still leaves a body\'s initials before a newsletter word alone', () => {
    const letter = namesOf(`ADEC INFOS – La lettre des membres\n\nDeux villes signent${body}`, 'ORG');
    expect(letter.filter((n) => n.includes('INFOS'))).toEqual([]);
    const release = namesOf(`COMMUNIQUÉ DE PRESSE\n\nDeux villes signent${body}`, 'ORG');
    expect(release.filter((n) => n.includes('PRESSE'))).toEqual([]);
  });
});

describe('a byline paper with its date on the next line, or with no "By"', () => {
  it('reads the paper that ends the byline above the date', () => {
    expect(namesOf(`Two towns sign\n\nBy Ann Roy, Upland Valley Courier\nTuesday, 3 November 2025${enBody}`, 'ORG', 'en')).toContain('Upland Valley Courier');
  });

  it('reads the paper between an author\'s bare name and the date', () => {
    expect(namesOf(`Deux villes signent\n\nAnne Roy – L'Écho du Littoral – 3 mai 2025${body}`, 'ORG')).toContain("L'Écho du Littoral");
  });

  it('leaves a reporter\'s role above the date, and a bare line that is no name, alone', () => {
    const role = namesOf(`Two towns sign\n\nBy Ann Roy, Harbour Reporter\nTuesday, 3 November 2025${enBody}`, 'ORG', 'en');
    expect(role.filter((n) => n.includes('Reporter'))).toEqual([]);
    const noAuthor = namesOf(`Deux villes signent\n\nCulture locale – Le Courrier du Lac – 3 mai 2025${body}`, 'ORG');
    expect(noAuthor).not.toContain('Le Courrier du Lac');
  });
});

describe('a station or paper whose title opens with its word or closes with a frequency', () => {
  it('reads a station named after "Radio", before its frequency', () => {
    const names = namesOf(`RADIO TARVELLE 97.2 FM — "Le matin" — transcription\n\nDeux villes signent${body}`, 'ORG');
    expect(names).toContain('RADIO TARVELLE');
    expect(names).not.toContain('FM');
  });

  it('reads a station whose name closes with its band, and a paper opened by its word', () => {
    expect(namesOf(`MOORVALE HILLS FM 101.5 – "Breakfast" – transcript\n\nTwo towns sign${enBody}`, 'ORG', 'en')).toContain('MOORVALE HILLS FM');
    expect(namesOf(`HEBDO ÉCO VALMOREL — n° 12 — semaine du 3 mai\n\nDeux villes signent${body}`, 'ORG')).toContain('HEBDO ÉCO VALMOREL');
  });

  it('leaves a title with a lower-case word after the opener alone', () => {
    const names = namesOf(`Radio ici matin — chronique\n\nDeux villes signent${body}`, 'ORG');
    expect(names.filter((n) => n.startsWith('Radio'))).toEqual([]);
  });
});

describe('the shouted stage words of a transcript', () => {
  it('reads [JINGLE], [MUSIC] and a HOST label as no organization', () => {
    const text = `Morning show — transcript\n\n[JINGLE]\n\nHOST: Good morning.${enBody}\n[MUSIC]\n`;
    const names = namesOf(text, 'ORG', 'en');
    expect(names.filter((n) => /JINGLE|MUSIC|HOST/u.test(n))).toEqual([]);
  });
});
