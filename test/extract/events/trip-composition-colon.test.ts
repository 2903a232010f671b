import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip’s members given after a head count and a colon', () => {
  it('reads "Nous étions huit : des élus, des gens de X et deux agents de Y"', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Nous étions huit : des élus, des gens de la Société des eaux du Brumois et deux agents de l'Institut agricole de Vernelles.";
    const e = missionFor(text, [
      ['ORG', 'Société des eaux du Brumois'],
      ['ORG', 'Institut agricole de Vernelles'],
      ['PLACE', 'Vernelles'],
      ['PLACE', 'Colvant'],
    ]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Société des eaux du Brumois', 'Institut agricole de Vernelles']));
  });

  it('reads "Nineteen delegates took part: six staff of X and two officials of Y"', () => {
    const text =
      'A delegation from Harrowgate visited Kanazu from May 4 to 9. Nineteen delegates took part: six staff of the Harrowgate Rowing Club and two officials of the Fenmoor Port Authority.';
    const e = missionFor(text, [['ORG', 'Harrowgate Rowing Club'], ['ORG', 'Fenmoor Port Authority'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Harrowgate Rowing Club', 'Fenmoor Port Authority']));
  });

  it('leaves out the bodies after a colon that no head count opens', () => {
    const text =
      'A delegation from Harrowgate visited Kanazu from May 4 to 9. The programme was simple: talks with staff of the Kanazu Rowing Club.';
    const e = missionFor(text, [['ORG', 'Kanazu Rowing Club'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).not.toContain('Kanazu Rowing Club');
  });
});

describe('the hosts of a trip told by its travellers: "X nous a reçus"', () => {
  it('adds "La Ville de X et la MRC de Y nous ont reçus" as hosts', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. « La Ville de Colvant et la MRC des Brumes nous ont reçus au quai municipal », raconte la mairesse.";
    const e = missionFor(text, [['ORG', 'Ville de Colvant'], ['ORG', 'MRC des Brumes'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Colvant', 'MRC des Brumes']));
  });

  it('leaves out a body that wrote to the travellers ("X nous a écrit")', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. « La Fondation des Brumes nous a écrit la semaine suivante », raconte la mairesse.";
    const e = missionFor(text, [['ORG', 'Fondation des Brumes'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']]);
    expect(e?.parties ?? []).not.toContain('Fondation des Brumes');
  });
});

describe('a trip told with one side that gains the body of another town', () => {
  it('adds the town of "La Ville de X nous a reçus" beside the body (a trip named by its demonym)', () => {
    const text =
      "Le maire de Lyon revient sur le voyage. Nous étions une délégation lyonnaise de dix personnes, du 9 au 11 octobre. La Ville de Colvant nous a reçus au port. Colvant compte neuf mille habitants, et Colvant vit de la pêche.";
    const e = missionFor(text, [['ORG', 'Ville de Colvant'], ['PLACE', 'Lyon'], ['PLACE', 'Colvant']]);
    expect(e?.parties).toEqual(['Lyon', 'Colvant', 'Ville de Colvant']);
  });

  it('adds no town when the trip already names both sides', () => {
    const text =
      "Une délégation de Vernelles a séjourné en Ostrie du 3 au 8 mai. « La Ville de Colvant nous a reçus au quai municipal », raconte la mairesse. Colvant compte neuf mille habitants, et Colvant vit de la pêche.";
    const e = missionFor(text, [['ORG', 'Ville de Colvant'], ['PLACE', 'Vernelles'], ['PLACE', 'Ostrie'], ['PLACE', 'Colvant']]);
    expect(e?.parties).toEqual(['Vernelles', 'Ostrie', 'Ville de Colvant']);
  });
});

describe('a trip’s member named by its mayor', () => {
  it('adds the body of "elle comprenait la maire de la Commune de X"', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Elle comprenait la maire de la Commune de Brumes-Nord, Léa Marchand, et des formateurs de l'Institut agricole de Vernelles.";
    const e = missionFor(text, [['ORG', 'Commune de Brumes-Nord'], ['ORG', 'Institut agricole de Vernelles'], ['PERSON', 'Léa Marchand'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']]);
    expect(e?.parties).toContain('Commune de Brumes-Nord');
  });

  it('leaves out the mayor’s body of a meeting: "It included a meeting with the mayor of X"', () => {
    const text = 'A delegation from Harrowgate visited Kanazu from May 4 to 9. It included a meeting with the mayor of the City of Orrin.';
    const e = missionFor(text, [['ORG', 'City of Orrin'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).not.toContain('City of Orrin');
  });
});
