import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

const SIDES = [['ORG', 'Ville de Pontbriand'], ['PLACE', 'Valmorel']] as const;
const HOST = ['ORG', 'Commune de Valmorel'] as const;

function datedMission(participle: string) {
  const text = `La mission d'affaires de la Ville de Pontbriand, ${participle} du 2 au 6 mars 2026 par son président, Aurélien Castagnède, s'est soldée par un accord avec la Commune de Valmorel.`;
  return missionFor(text, [SIDES[0], HOST, ['PERSON', 'Aurélien Castagnède']], [dateFor(text, 'du 2 au 6 mars 2026', '2026-03-02/2026-03-06')]);
}

describe('verbs and phrases of leading a trip', () => {
  it('reads "une visite du <titre> de la Ville de X, Y, à Z": whose visit it is', () => {
    const text = 'La première étape fut, en mars 2025, une visite du secrétaire général de la Ville de Pontbriand, Aurélien Castagnède, à Valmorel.';
    expect(missionFor(text, [...SIDES, ['PERSON', 'Aurélien Castagnède']], [dateFor(text, 'mars 2025', '2025-03')])?.signatories).toEqual(['Aurélien Castagnède']);
  });

  it('reads no visitor from "une visite de la Ville de X, avec Y"', () => {
    const text = 'Tout a commencé par une visite de la Ville de Pontbriand à Valmorel en mars 2025, avec Aurélien Castagnède comme guide.';
    expect(missionFor(text, [...SIDES, ['PERSON', 'Aurélien Castagnède']], [dateFor(text, 'mars 2025', '2025-03')])?.signatories).toEqual([]);
  });

  it.each(['Councillor ', 'Mayor ', 'Deputy Mayor Dr. ', ''])('reads "a visit by %sY to Z": whose visit it is', (title) => {
    const text = `For the City of Brelmont, it all began with a visit by ${title}Idrana Quillet to Ostravane in March 2025.`;
    const sides = [['ORG', 'City of Brelmont'], ['PLACE', 'Ostravane'], ['PERSON', 'Idrana Quillet']] as const;
    expect(missionFor(text, sides, [dateFor(text, 'March 2025', '2025-03')])?.signatories).toEqual(['Idrana Quillet']);
  });

  it('reads no visitor from "a visit by the council of X to Z, with Y"', () => {
    const text = 'It all began with a visit by the City of Brelmont to Ostravane in March 2025, with Idrana Quillet as guide.';
    const sides = [['ORG', 'City of Brelmont'], ['PLACE', 'Ostravane'], ['PERSON', 'Idrana Quillet']] as const;
    const mission = missionFor(text, sides, [dateFor(text, 'March 2025', '2025-03')]);
    expect(mission).toBeDefined();
    expect(mission?.signatories).toEqual([]);
  });

  it('reads "conduite du 2 au 6 mars par X": the trip’s days between the verb and its agent', () => {
    expect(datedMission('conduite')?.signatories).toEqual(['Aurélien Castagnède']);
  });

  it('reads no leader from "organisée du 2 au 6 mars par X"', () => {
    expect(datedMission('organisée')?.signatories).toEqual([]);
  });

  it('reads a fronted "Pilotée par X, elle …" after the trip', () => {
    const text = 'Une délégation de la Ville de Pontbriand a séjourné à Valmorel du 2 au 6 mars. Pilotée par le maire Aurélien Castagnède, elle a été reçue par la Commune de Valmorel.';
    expect(missionFor(text, [...SIDES, HOST, ['PERSON', 'Aurélien Castagnède']])?.signatories).toEqual(['Aurélien Castagnède']);
  });

  it('reads "À la tête de la délégation, X …" told after the trip', () => {
    const text = 'Une délégation de la Ville de Pontbriand a séjourné à Valmorel du 2 au 6 mars. À la tête de la délégation, le maire Aurélien Castagnède a rencontré la Commune de Valmorel.';
    expect(missionFor(text, [...SIDES, HOST, ['PERSON', 'Aurélien Castagnède']])?.signatories).toEqual(['Aurélien Castagnède']);
  });

  it('reads "Le maire de X, Y, conduira la mission": the subject set off by commas', () => {
    const text = 'Mission à Valmorel\n\nLe maire de Pontbriand, Aurélien Castagnède, conduira la mission de la Ville de Pontbriand à Valmorel en mai 2027.';
    expect(missionFor(text, [...SIDES, ['PLACE', 'Pontbriand'], ['PERSON', 'Aurélien Castagnède']])?.signatories).toEqual(['Aurélien Castagnède']);
  });

  it('reads "The chair of the council, Cllr X, led the delegation"', () => {
    const text = 'A delegation from Ardmore visited Valle Serena from 2 to 6 May. The chair of the council, Cllr Maura Quill, led the delegation.';
    expect(missionFor(text, [['PLACE', 'Ardmore'], ['PLACE', 'Valle Serena'], ['PERSON', 'Maura Quill']], [], 'en')?.signatories).toEqual(['Maura Quill']);
  });

  it('leaves out a person who only met the delegation', () => {
    const text = 'A delegation from Ardmore visited Valle Serena from 2 to 6 May. The mayor of Valle Serena, Tomás Arrieta, met the delegation.';
    expect(missionFor(text, [['PLACE', 'Ardmore'], ['PLACE', 'Valle Serena'], ['PERSON', 'Tomás Arrieta']], [], 'en')?.signatories).toEqual([]);
  });

  it('leaves out a person after "piloté par" that names no trip ("le projet, piloté par X")', () => {
    const text = 'Une délégation de la Ville de Pontbriand a séjourné à Valmorel du 2 au 6 mars. Le projet de halle, piloté par Aurélien Castagnède, avance.';
    expect(missionFor(text, [...SIDES, ['PERSON', 'Aurélien Castagnède']])?.signatories).toEqual([]);
  });
});

describe('a subject "à la tête d\'une délégation" leads it, not a member named after', () => {
  it('reads "X était à la tête d\'une délégation de huit personnes, dont la conseillère Y"', () => {
    const text = "Aurélien Castagnède était à la tête d'une délégation de la Ville de Pontbriand de huit personnes, dont la conseillère Léa Pruneau, à Valmorel du 2 au 6 mars.";
    const specs = [['ORG', 'Ville de Pontbriand'], ['PLACE', 'Valmorel'], ['PERSON', 'Aurélien Castagnède'], ['PERSON', 'Léa Pruneau']] as const;
    expect(missionFor(text, specs)?.signatories).toEqual(['Aurélien Castagnède']);
  });
});
