import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip led by a mayor is a trip of the town’s council too', () => {
  it('adds "Ville de X" when the leader is "le maire de X"', () => {
    const text =
      "Le maire de Vernelles, M. Paul Rivard, a rencontré la Ville de Vernelles hier. Une délégation vernelloise, conduite par M. Rivard, séjourne à Corbeil-Essonnes du 4 au 8 juin.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['ORG', 'Ville de Vernelles'], ['PLACE', 'Corbeil-Essonnes'], ['PERSON', 'Paul Rivard', 'Rivard']]);
    expect(trip?.parties).toContain('Ville de Vernelles');
    expect(trip?.parties).toContain('Vernelles');
  });

  it('adds "X City Council" when the leader is "X Mayor Y"', () => {
    const text =
      'The Brantwood City Council approved the trip in May. A Brantwood delegation led by Brantwood Mayor Alice Monroe visited Fukuyama from June 3 to 7.';
    const trip = missionFor(text, [['ORG', 'Brantwood City Council'], ['PLACE', 'Brantwood'], ['PLACE', 'Fukuyama'], ['PERSON', 'Alice Monroe']]);
    expect(trip?.parties).toContain('Brantwood City Council');
  });

  it('takes a lower-case "commune de X" the mayor heads as the body, beside the town', () => {
    const text =
      "Paul Rivard, maire de la commune de Vernelles, conduit une délégation vernelloise qui séjourne à Corbeil-Essonnes du 4 au 8 juin.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['ORG', 'commune de Vernelles'], ['PLACE', 'Corbeil-Essonnes'], ['PERSON', 'Paul Rivard']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['commune de Vernelles', 'Vernelles']));
  });

  it('adds the body the leader heads when it is named after the travellers’ town', () => {
    const text =
      "Le président de Vernelles Métropole, M. Paul Rivard, conduit une délégation de Vernelles qui séjourne à Arles du 2 au 6 mai. Elle réunit des représentants de l'Institut du Riz.";
    const trip = missionFor(text, [['ORG', 'Vernelles Métropole'], ['PLACE', 'Vernelles'], ['PLACE', 'Arles'], ['ORG', 'Institut du Riz'], ['PERSON', 'Paul Rivard']]);
    expect(trip?.parties).toContain('Vernelles Métropole');
  });

  it('adds the town\u2019s council when a mayor whose title names no town leads the town\u2019s delegation', () => {
    const text =
      'The City of Harrowgate renewed its ties with Kanazu this year. A Harrowgate delegation led by Mayor Lena Ortiz visited Kanazu from May 4 to 9.';
    const trip = missionFor(text, [['ORG', 'City of Harrowgate'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu'], ['PERSON', 'Lena Ortiz']]);
    expect(trip?.parties).toContain('City of Harrowgate');
  });

  it('leaves the council out when the leader is a deputy mayor', () => {
    const text =
      'The City of Harrowgate renewed its ties with Kanazu this year. A Harrowgate delegation led by Deputy Mayor Lena Ortiz visited Kanazu from May 4 to 9.';
    const trip = missionFor(text, [['ORG', 'City of Harrowgate'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu'], ['PERSON', 'Lena Ortiz']]);
    expect(trip?.parties).not.toContain('City of Harrowgate');
  });
});
