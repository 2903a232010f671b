import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('two bodies coordinated after a seated name', () => {
  it('ends a name after "à + seat" before "et d’" + another body', () => {
    const text = "Le projet a reçu l'appui du Bureau du Québec à Lima et d'Export Normandie International.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Québec'), placeAt(text, 'Lima')])).toEqual(['Bureau du Québec à Lima', 'Export Normandie International']);
  });
});

describe('an English "and" after a head shared by both languages', () => {
  it('does not read "College and Place" as one French-ordered name', () => {
    const text = 'Courses are offered by Lakeshore College and Ohio community colleges.';
    const orgs = namesOf(text, 'ORG', 'en', [placeAt(text, 'Ohio')]);
    expect(orgs).toEqual(['Lakeshore College']);
  });
});

describe('an enumeration of complements inside one name', () => {
  it('goes on over "et de" + a head word that closes the enumeration, and over "de la région X"', () => {
    const text = "Elle a été reçue par la Chambre de Commerce, d'Industrie et de Services de la région Souss-Massa.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Souss-Massa')])).toEqual(["Chambre de Commerce, d'Industrie et de Services de la région Souss-Massa"]);
  });

  it('still splits two bodies coordinated by "et de"', () => {
    const text = "Les étudiants de l'Université Laval et de l'Université de Montréal sont venus.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Montréal')])).toEqual(['Université Laval', 'Université de Montréal']);
  });

  it('splits the two parties after "between" when the second has its own head', () => {
    const text = 'An exchange agreement between NHS Grampian and Moi Teaching Hospital was signed on Friday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Moi Teaching Hospital', 'NHS Grampian']);
  });
  it('keeps "X and Y Borough Council" whole when a second "and" after it joins the parties', () => {
    const text = 'A friendship agreement between Ashby Vale and Fernmoor Borough Council and the City of Dunmore was signed.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Ashby Vale and Fernmoor Borough Council', 'City of Dunmore']);
  });
});

describe('a coordination whose second name the text gives alone elsewhere', () => {
  it('splits a chamber of a town from a body named on its own before', () => {
    const text = "La délégation compte des représentants de l'incubateur Varno Tekhub. La Chambre de commerce de Belmiral et Varno Tekhub préparent un protocole.";
    expect(namesOf(text, 'ORG')).toEqual(['Chambre de commerce de Belmiral', 'Varno Tekhub']);
  });

  it('splits after a repeated "de" and after an English name closed by its head', () => {
    const fr = 'Les élus de la Corporation culturelle de Valmont et de Tourisme Arvelles. La directrice de Tourisme Arvelles a parlé.';
    expect(namesOf(fr, 'ORG')).toEqual(['Corporation culturelle de Valmont', 'Tourisme Arvelles']);
    const en = 'The Kessan Town Council and College of the Narrows signed a letter. Staff from College of the Narrows came.';
    expect(namesOf(en, 'ORG', 'en')).toEqual(['College of the Narrows', 'Kessan Town Council']);
  });

  it('keeps a name whose second part the text never gives alone, or that shares one head', () => {
    expect(namesOf('La Chambre de commerce de Belmiral et Varno Tekhub prépare un protocole.', 'ORG')).toEqual(['Chambre de commerce de Belmiral et Varno Tekhub']);
    const en = 'The Kessan Research and Development Centre signed a letter. Development Centre staff came.';
    expect(namesOf(en, 'ORG', 'en')).toContain('Kessan Research and Development Centre');
  });
});

describe('"Government of X and" + a brand before a place', () => {
  const everyPlace = (text: string, word: string) => [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({ start: m.index!, end: m.index! + word.length, name: word, confidence: 0.9 }));

  it('reads two bodies in "the Government of Norland and Opportunities Norland"', () => {
    const text = 'The Government of Norland and Opportunities Norland hosted the visitors.';
    expect(namesOf(text, 'ORG', 'en', everyPlace(text, 'Norland'))).toEqual(['Government of Norland', 'Opportunities Norland']);
  });

  it('keeps one body when a place alone follows "and" ("Government of Kelvary and Ostmark")', () => {
    const text = 'The Government of Kelvary and Ostmark hosted the visitors.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Kelvary'), placeAt(text, 'Ostmark')])).toEqual(['Government of Kelvary and Ostmark']);
  });
});
