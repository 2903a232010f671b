import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';
import { namesOf, placeAt } from './helpers.js';

const named = (text: string, type: 'ORG' | 'PERSON' | 'PLACE') =>
  extract(text).entities.filter((e) => e.type === type).map((e) => e.name).sort();

describe('organization names: where they start and stop', () => {
  it('runs a French name over a place whose name opens with a capitalized article', () => {
    const text = "Les étudiants de l'Université de La Rochelle rejoignent la Chambre de métiers de La Baule.";
    expect(namesOf(text, 'ORG')).toEqual(["Chambre de métiers de La Baule", "Université de La Rochelle"]);
  });

  it('reads a given name alone after "Région" as the region’s name', () => {
    expect(namesOf('La Région Sofia a signé une convention avec ses voisins.', 'ORG')).toEqual(['Région Sofia']);
  });

  it('stops a name before an English role noun in "-er"', () => {
    const text = 'The pact was signed by the Atlantic Seafood Cluster founder and Chair, Maria Lopez.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Atlantic Seafood Cluster']);
  });

  it('starts no English name at a person coordinated with it', () => {
    const text = 'It was signed by Port Authority CEO Laura Chen and Atlantic Seafood Cluster founder Omar Benali.';
    expect(namesOf(text, 'PERSON', 'en')).toContain('Laura Chen');
    expect(namesOf(text, 'ORG', 'en')).toContain('Atlantic Seafood Cluster');
  });

  it('reads "Port de X", "Port of X" and "Collectivité …" as bodies, one place after "Port of"', () => {
    expect(namesOf('Le Port de Sète et la Collectivité européenne d’Alsace ont signé.', 'ORG')).toEqual(['Collectivité européenne d’Alsace', 'Port de Sète']);
    const orgs = namesOf('On Monday the Port of Cork and Rotterdam Harbour Works signed a letter of intent.', 'ORG', 'en');
    expect(orgs).toContain('Port of Cork');
    expect(orgs.filter((n) => n.includes('Rotterdam') && n.includes('Cork'))).toEqual([]);
  });

  it('reads "X City" before its delegation or officials as the municipal body, apart from its council', () => {
    const text = 'The mayor of Gimhae hosted a Gimhae City delegation. The pact goes to Gimhae City Council next month.';
    const orgs = named(text, 'ORG');
    expect(orgs).toContain('Gimhae City');
    expect(orgs).toContain('Gimhae City Council');
    expect(named('Quebec City is cold in winter.', 'ORG')).toEqual([]);
  });

  it('reads a province followed by portfolio words as its department', () => {
    const text = 'Saskatchewan exports grew. Officials from Saskatchewan Innovation and Trade met the buyers in Regina.';
    expect(named(text, 'ORG')).toEqual(['Saskatchewan Innovation and Trade']);
    expect(named('Saskatchewan grew. Saskatchewan Energy prices rose.', 'ORG')).toEqual([]);
  });

  it('runs an English name over a portfolio list after "of", not over a list of places or bodies', () => {
    expect(named('In Alberta, the Ministry of Tourism, Culture and Sport agreed.', 'ORG')).toEqual(['Ministry of Tourism, Culture and Sport']);
    expect(named('The Government of Peru, Bolivia and Chile signed.', 'ORG')).toEqual(['Government of Peru']);
  });

  it('opens no French name at a French head inside an English capitalized run', () => {
    const text = 'The pact was signed by Tees Valley Region Combined Authority Mayor Ben Houchen.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Tees Valley Region Combined Authority']);
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Ben Houchen']);
  });

  it('reads "Hôtel de Ville de X" as the town hall, not the town’s body', () => {
    expect(namesOf("La rencontre a eu lieu à l'Hôtel de Ville de Namur.", 'ORG')).toEqual([]);
  });

  it('reads "CÉGEP de X" in capitals and "-phone" adjectives inside a French name', () => {
    expect(namesOf('Le CÉGEP de Rimouski a signé.', 'ORG')).toEqual(['CÉGEP de Rimouski']);
    expect(namesOf('Elle préside la Fédération francophone de Terre-Neuve depuis mars.', 'ORG')).toEqual(['Fédération francophone de Terre-Neuve']);
  });

  it('reads a long form over a spaced dash before its acronym', () => {
    const text = "Le Conseil de recherche de l'Ontario – Santé et société (CROSS) finance l'étude.";
    expect(namesOf(text, 'ORG')).toEqual(["Conseil de recherche de l'Ontario – Santé et société"]);
  });

  it('keeps the French adjectives "mixte" and "permanente" after a head', () => {
    expect(namesOf('Il a présidé la Commission mixte franco-tunisienne en mars.', 'ORG')).toEqual(['Commission mixte franco-tunisienne']);
  });

  it('drops the boilerplate words "About" and "SOURCE" before a name', () => {
    const text = 'Deal signed.\n\nAbout Harbour Growth Partnership\nHarbour Growth Partnership leads growth.\n\nSOURCE Harbour Growth Partnership\n';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Harbour Growth Partnership']);
  });

  it('takes no section label in capitals for an organization', () => {
    const text = 'La lettre de la chambre\n\n■ ITALIE – Une mission à Turin\nLa SODEC a conduit une mission.\n\n■ CALENDRIER\n– 3 juillet : atelier\n\nECONOMY | Monday 3 March\n';
    expect(namesOf(text, 'ORG')).toEqual(['SODEC']);
  });

  it('names no body across a blank line', () => {
    const text = 'Invest Tasmania\n\nTasmania and Victoria sign a pact. Invest Tasmania said so.';
    expect(named(text, 'ORG')).toEqual(['Invest Tasmania']);
  });
});

describe('people: roles and letters around a name', () => {
  it('reads a role over several capitalized role nouns', () => {
    const text = 'It was signed by the Chief Executive Officer Dr. Priya Natarajan and the Chief Executive Officer Tom Ellis.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Priya Natarajan', 'Tom Ellis']);
  });

  it('leaves post-nominal letters out of the name and out of the organizations', () => {
    const text = 'The minister, the Hon. Jane Roe MP, spoke first. Minister Roe then left.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Jane Roe']);
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('takes no person from dotted post-nominals ("P.C., M.P.") and keeps an initial before a surname', () => {
    expect(named('The Hon. Ana Ruiz, P.C., M.P., Minister of Trade, attended.', 'PERSON')).toEqual(['Ana Ruiz']);
    expect(named('Étaient présents M. Paul Roy et M. J. Lavoie.', 'PERSON')).toEqual(['J. Lavoie', 'Paul Roy']);
  });

  it('reads "conseiller d’État" as a role before the name', () => {
    const text = "La délégation comptait le conseiller d'État Marc Perrin, chef du département de l'économie.";
    expect(named(text, 'PERSON')).toEqual(['Marc Perrin']);
  });
});
