import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a head followed at once by a conjunction', () => {
  it('opens no French name in English text ("College and X University")', () => {
    const text = 'Courses are shared by Fanshawe College and Sarnia community groups.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Fanshawe College']);
  });

  it('leaves the next body its own name', () => {
    const text = 'Students of Georgian College and Nipissing University met.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Georgian College', 'Nipissing University']);
  });

  it('is no French name ("l’ancien Département et de l’ancienne Région")', () => {
    const text = "La nouvelle collectivité reprend les biens de l'ancien Département et de l'ancienne Région.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual([]);
  });
});

describe('an abbreviated saint before an English name', () => {
  it('belongs to the name', () => {
    const text = 'Nurses trained at St. Boniface Hospital and Ste. Agathe College were hired.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['St. Boniface Hospital', 'Ste. Agathe College']);
  });

  it('belongs to it at a sentence start too', () => {
    const text = 'St. Lawrence College signed the agreement.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['St. Lawrence College']);
  });
});

describe('a name of its own before "and" and a headed body', () => {
  it('leaves a seat after "in" out of the next body', () => {
    const text = 'Staff of Carleton University in Guelph and Ontario Lakes University met.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Guelph')])).toEqual(['Carleton University', 'Ontario Lakes University']);
  });

  it('splits a one-word brand from the body after it', () => {
    const text = 'UManitoba and Brandon University will sign an agreement.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Brandon University']);
  });

  it('keeps common words joined before a head ("Trade and Investment Agency")', () => {
    const text = 'The Trade and Investment Agency met.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Trade and Investment Agency']);
  });
});

describe('"Energy" closing a company name', () => {
  it('reads a capitalized name before it as a company', () => {
    const text = 'Suppliers toured the BrightVolt Energy battery plant near the river.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['BrightVolt Energy']);
  });

  it('leaves a sector and a ministry’s portfolio alone', () => {
    const text = 'The Tidal Energy sector grew, said the Minister of Energy.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});

describe('"Province of" + a place', () => {
  it('is the province’s government', () => {
    const text = 'Hosts from the Province of Drenthe met the delegation.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Drenthe')])).toEqual(['Province of Drenthe']);
  });

  it('names no body before a common noun', () => {
    const text = 'Fill in the Province of Residence box.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('keeps a town that is also a given name before an adjective and the head', () => {
    const text = 'Florence Technical Institute and Kyushu University signed a memorandum on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Florence Technical Institute', 'Kyushu University']);
    expect(namesOf(text, 'PERSON', 'en')).toEqual([]);
  });
});

describe('an abbreviated saint after "of" in an English name', () => {
  it('keeps the period and the saint\'s name inside the body\'s name', () => {
    expect(namesOf('The town signed with the City of St. Albury on Monday.', 'ORG', 'en')).toEqual(['City of St. Albury']);
  });

  it('still ends the name at a sentence\'s period', () => {
    expect(namesOf('The town signed with the City of Albury. St. Patrick was honoured.', 'ORG', 'en')).toEqual(['City of Albury']);
  });
});

describe('a word in capitals between a place and an English head noun', () => {
  it('is part of the body\'s name', () => {
    expect(namesOf('Funding came from Kilbarry LEADER Partnership last year.', 'ORG', 'en')).toEqual(['Kilbarry LEADER Partnership']);
  });

  it('is not when no head noun follows it', () => {
    expect(namesOf('Funding came from Kilbarry LEADER funds last year.', 'ORG', 'en')).not.toContain('Kilbarry LEADER');
  });
});
