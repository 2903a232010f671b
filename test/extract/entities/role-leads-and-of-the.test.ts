import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('English names that go on through "of the"', () => {
  it('reads "X of the Y of Z" as one name, with a post\'s seat', () => {
    const text = 'The Embassy of the Kingdom of Tonga in Canberra joined the delegation.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Embassy of the Kingdom of Tonga in Canberra']);
  });

  it('keeps "General" and the seat after a nationality adjective and a consulate', () => {
    expect(namesOf('The Maltese Consulate General in Sydney helped.', 'ORG', 'en')).toEqual(['Maltese Consulate General in Sydney']);
  });
});

describe('a role before a body\'s name', () => {
  it('leaves "Leader of", "Chief Executive of the" out of the name', () => {
    expect(namesOf('The Leader of Kestrel Shire Council spoke.', 'ORG', 'en')).toEqual(['Kestrel Shire Council']);
    expect(namesOf('She met the Chief Executive of the Tamar Marine Institute yesterday.', 'ORG', 'en')).toEqual(['Tamar Marine Institute']);
  });

  it('takes no body out of a role for a portfolio', () => {
    expect(namesOf("It was signed by the state's Minister for Industries and Commerce.", 'ORG', 'en')).toEqual([]);
    expect(namesOf('The Deputy Minister for Ports and Enterprise said so.', 'ORG', 'en')).toEqual([]);
  });
});

describe('French names after a person\'s name', () => {
  it('leaves "de <town>" after a hyphenated person\'s name out, adjective or not', () => {
    expect(namesOf('Un jumelage entre le lycée agricole Aimé-Lavigne de Bordeaux et son partenaire.', 'ORG')).toContain('lycée agricole Aimé-Lavigne');
    const museum = 'Le Musée Arthur-Gagnon de Saint-Gervais a prêté des œuvres.';
    expect(namesOf(museum, 'ORG', 'fr', [placeAt(museum, 'Saint-Gervais')])).toEqual(['Musée Arthur-Gagnon']);
  });

  it('keeps a prefixed compound and its complement', () => {
    expect(namesOf('Le Groupement Inter-Patronal de Bretagne a signé.', 'ORG')).toEqual(['Groupement Inter-Patronal de Bretagne']);
  });

  it('leaves a town set off by commas, and a second name after an adjective and "et", out', () => {
    expect(namesOf('Le Collège Ahuntsic, de Montréal, et le lycée ont signé.', 'ORG')).toContain('Collège Ahuntsic');
    expect(namesOf("L'Académie de danse lausannoise et Dubois Frères ont signé.", 'ORG')).toContain('Académie de danse lausannoise');
  });
});
