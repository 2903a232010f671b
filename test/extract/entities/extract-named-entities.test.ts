import { describe, expect, it } from 'vitest';
import { extractNamedEntities } from '../../../src/extract/entities/extract-named-entities.js';

const byType = (text: string, language: 'fr' | 'en' = 'fr') => {
  const entities = extractNamedEntities(text, language);
  return (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
};

describe('extractNamedEntities with the gazetteer', () => {
  it('lists a municipality once as a body and once as a place', () => {
    const names = byType('La Ville de Rimouski signera une entente. Rimouski accueillera la délégation en mai.');
    expect(names('ORG')).toContain('Ville de Rimouski');
    expect(names('PLACE')).toContain('Rimouski');
  });

  it('drops a place that is the surname of a person', () => {
    const names = byType('Le maire Philippe Angers a salué la mission, comme Mme Nadia Rennes.');
    expect(names('PERSON')).toEqual(expect.arrayContaining(['Philippe Angers', 'Nadia Rennes']));
    expect(names('PLACE')).not.toContain('Angers');
    expect(names('PLACE')).not.toContain('Rennes');
  });

  it('does not take a city after a role noun for a surname', () => {
    const names = byType('La délégation a rencontré le maire Bordeaux puis visité le port.');
    expect(names('PERSON')).toEqual([]);
  });

  it('keeps every entity once with mentions in text order and a confidence', () => {
    const text = 'Gov. Maya Lindqvist of Vermont met the Vermont Trade Council. Lindqvist praised the Council.';
    const entities = extractNamedEntities(text, 'en');
    const names = entities.map((e) => `${e.type}:${e.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const e of entities) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
    expect(entities.find((e) => e.name === 'Maya Lindqvist')?.mentions).toHaveLength(2);
  });
});

describe('extractNamedEntities: names that generalize beyond head words', () => {
  it('takes a place + region word + Métropole/Technopole as one body', () => {
    const names = byType('La présidente de Rimouski Technopole a reçu la vice-présidente de Tours Loire Métropole hier.');
    expect(names('ORG')).toEqual(expect.arrayContaining(['Rimouski Technopole', 'Tours Loire Métropole']));
    expect(names('ORG')).not.toContain('Tours Loire');
    expect(byType('Le président de Tours Métropole Val de Loire a signé.')('ORG')).toEqual(['Tours Métropole Val de Loire']);
  });

  it('reads the capitalized name after a lower-case descriptor as a body, not a place', () => {
    const names = byType('Le projet lie le pôle de compétitivité Aerospace Valley et l’incubateur Centech Ventures.');
    expect(names('ORG')).toEqual(expect.arrayContaining(['Aerospace Valley', 'Centech Ventures']));
    expect(names('PLACE')).not.toContain('Aerospace Valley');
  });

  it('does not take a department word right after "pôle" for a body', () => {
    const names = byType('Le pôle Santé de la Ville de Lyon travaille avec le pôle d’excellence Mecatech Bretagne.');
    expect(names('ORG')).not.toContain('Santé');
    expect(names('ORG')).toContain('Mecatech Bretagne');
  });

  it('does not make a body of a mere place after a descriptor', () => {
    const names = byType('La signature acte la création d’un accélérateur Bretagne commun aux deux régions.');
    expect(names('ORG')).not.toContain('Bretagne');
    expect(names('PLACE')).toContain('Bretagne');
  });

  it('reads English names closed by a facility or partnership word', () => {
    const names = byType('The pact was signed at the KiNet Discovery District with the Northern Trade Partnership and the startup hub Harbour Launchpad.', 'en');
    expect(names('ORG')).toEqual(expect.arrayContaining(['KiNet Discovery District', 'Northern Trade Partnership', 'Harbour Launchpad']));
  });

  it('runs a university name through "en" + a region', () => {
    const names = byType('Elle enseigne à l’Université du Québec en Abitibi-Témiscamingue depuis 2015.');
    expect(names('ORG')).toContain('Université du Québec en Abitibi-Témiscamingue');
  });

  it('takes "la commune de X" and "la Commune de X" as municipal bodies, X as a place', () => {
    const names = byType('La commune de Bordeaux coopère avec la Commune de Nantes depuis 1990.');
    expect(names('ORG').sort()).toEqual(['Commune de Nantes', 'commune de Bordeaux']);
    expect(names('PLACE')).toEqual(expect.arrayContaining(['Bordeaux', 'Nantes']));
  });

  it('does not list the proper-name part of "Université X" as a place', () => {
    const names = byType('Le programme relie l’Université de Bordeaux et l’Université Laval depuis 2010.');
    expect(names('ORG')).toEqual(expect.arrayContaining(['Université de Bordeaux', 'Université Laval']));
    expect(names('PLACE')).toContain('Bordeaux');
    expect(names('PLACE')).not.toContain('Laval');
  });

  it('reads a country used as a given name after a role and a comma as a person', () => {
    const names = byType('La mairesse de Sherbrooke, France Lemieux, a signé. Le délégué, Israel Nakamura, était présent.');
    expect(names('PERSON')).toEqual(expect.arrayContaining(['France Lemieux', 'Israel Nakamura']));
    expect(names('PLACE')).not.toContain('France');
    expect(byType('La délégation a visité Lyon, France, en mai.')('PLACE')).toContain('France');
  });

  it('reads a country given name right after a role as a person', () => {
    const names = byType('La mairesse France Lemieux a reçu Mayor Israel Gomez of Laredo.');
    expect(names('PERSON')).toEqual(expect.arrayContaining(['France Lemieux', 'Israel Gomez']));
    expect(names('PLACE')).not.toContain('France');
    expect(names('PLACE')).not.toContain('Israel');
  });

  it('lists a département named inside a body', () => {
    const names = byType('La Chambre de métiers et de l’artisanat de la Moselle a signé avec la CCI de la Sarthe.');
    expect(names('PLACE')).toEqual(expect.arrayContaining(['Moselle', 'Sarthe']));
    expect(byType('Les vins de la Moselle sont bons.')('PLACE')).toEqual([]);
  });

  it('reads "Invest X" as a body when the text names X as a place elsewhere', () => {
    const names = byType('Invest Ottawa will host the delegation in Ottawa next week.', 'en');
    expect(names('ORG')).toContain('Invest Ottawa');
    expect(byType('Business Insider reported the visit in Paris.', 'en')('ORG')).not.toContain('Business Insider');
  });

  it('does not take a travelling "délégation à X" for a body', () => {
    const names = byType('La délégation à Guéret a rencontré la délégation du Québec à Tokyo.');
    expect(names('ORG')).toEqual(['délégation du Québec à Tokyo']);
  });

  it('leaves a lower-case descriptor out of the name, keeps acronym heads, stops before a new place-named body', () => {
    const names = byType('Une entente lie l’agence Norvand Valbrume, la MRC de Brennock et Privas Technopole.');
    expect(names('ORG')).toEqual(expect.arrayContaining(['Norvand Valbrume', 'MRC de Brennock', 'Privas Technopole']));
    expect(names('ORG')).not.toContain('agence Norvand Valbrume');
  });

  it('reads the capitalized "City of X" as a body, not "the city of X" nor "Quebec City"', () => {
    const names = byType('The City of Campbellton and the city of Dieppe met the Town of Sackville in Quebec City.', 'en');
    expect(names('ORG').sort()).toEqual(['City of Campbellton', 'Town of Sackville']);
    expect(names('PLACE')).toEqual(expect.arrayContaining(['Campbellton', 'Dieppe', 'Quebec City']));
  });

  it('closes a name over a list of adjectives', () => {
    const names = byType('Les échanges relient la Cité de la recherche marine, côtière et portuaire et le pôle Mer Bretagne.');
    expect(names('ORG')).toContain('Cité de la recherche marine, côtière et portuaire');
  });
});

describe('extractNamedEntities: places used as words of a name (generalization)', () => {
  it('lists a place that only names a company or agency, as the dev gold does', () => {
    const names = byType('Buyers met Vermont Maple Foods, the UK Department for Business and the University of Vermont in Boston.', 'en');
    expect(names('ORG')).toEqual(expect.arrayContaining(['Vermont Maple Foods', 'UK Department for Business', 'University of Vermont']));
    expect(names('PLACE')).toEqual(expect.arrayContaining(['Vermont', 'Boston', 'UK']));
    const only = byType('Buyers met Vermont Maple Foods and Business France in Boston.', 'en');
    expect(only('PLACE')).toEqual(expect.arrayContaining(['Boston', 'France']));
    expect(byType('La Région Bretagne a signé.')('PLACE')).toEqual(['Bretagne']);
  });
});
