import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip’s members named by one person’s role in their body', () => {
  it('adds the bodies of "la directrice générale du X, Mme Y" and "des formateurs du Z"', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Elle réunissait la directrice générale du Centre de formation des Brumes, Léa Marchand, et des formateurs de l'Institut agricole de Vernelles.";
    const e = missionFor(text, [
      ['ORG', 'Centre de formation des Brumes'],
      ['ORG', 'Institut agricole de Vernelles'],
      ['PERSON', 'Léa Marchand'],
      ['PLACE', 'Vernelles'],
      ['PLACE', 'Colvant'],
    ]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Centre de formation des Brumes', 'Institut agricole de Vernelles']));
  });

  it('adds the body of "the president of X" and "a lecturer at Y" in English', () => {
    const text =
      'A delegation from Harrowgate visited Kanazu from May 4 to 9. It included the president of the Harrowgate Rowing Club and a lecturer at Fenmoor University.';
    const e = missionFor(text, [['ORG', 'Harrowgate Rowing Club'], ['ORG', 'Fenmoor University'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Harrowgate Rowing Club', 'Fenmoor University']));
  });

  it('leaves out a body named after a role with no membership verb before it', () => {
    const text =
      'A delegation from Harrowgate visited Kanazu from May 4 to 9. The president of the Kanazu Rowing Club gave a speech.';
    const e = missionFor(text, [['ORG', 'Kanazu Rowing Club'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).not.toContain('Kanazu Rowing Club');
  });
});

describe('the hosts of a trip named before a pronoun that stands for it', () => {
  it('adds "La Ville de X et la MRC de Y l\u2019ont accueillie" as hosts', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. La Ville de Colvant et la MRC des Brumes l'ont accueillie au quai municipal.";
    const e = missionFor(text, [['ORG', 'Ville de Colvant'], ['ORG', 'MRC des Brumes'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Colvant', 'MRC des Brumes']));
  });

  it('leaves out a body whose verb has no pronoun object', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. La MRC des Brumes a reçu une subvention pour son port.";
    const e = missionFor(text, [['ORG', 'MRC des Brumes'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']]);
    expect(e?.parties).not.toContain('MRC des Brumes');
  });
});

describe('the body a trip went to at the invitation of hosts it', () => {
  it('adds "à l\u2019invitation de la Ville de X" and "at the invitation of the City of X"', () => {
    const fr = "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Conduite par le maire, elle y était à l'invitation de la Ville de Colvant.";
    expect(missionFor(fr, [['ORG', 'Ville de Colvant'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']])?.parties).toContain('Ville de Colvant');
    const en = 'A delegation from Harrowgate was in Kanazu from May 4 to 9. Led by the mayor, it came at the invitation of the Kanazu Trade Board.';
    expect(missionFor(en, [['ORG', 'Kanazu Trade Board'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en')?.parties).toContain('Kanazu Trade Board');
  });

  it('leaves out an invitation told with another event', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. En 2019, le lycée de Vernelles avait signé une convention avec Colvant, à l'invitation de la Fondation Rive.";
    expect(missionFor(text, [['ORG', 'Fondation Rive'], ['ORG', 'lycée de Vernelles'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']])?.parties).not.toContain('Fondation Rive');
  });
});

describe('sentences that keep the trip as their subject are read past the first two', () => {
  const specs = [
    ['ORG', 'Harrowgate Rowing Club'],
    ['ORG', 'Kanazu Trade Board'],
    ['PLACE', 'Harrowgate'],
    ['PLACE', 'Kanazu'],
  ] as const;

  it('adds the hosts of "They were hosted by X" told third after the trip', () => {
    const text =
      'A delegation from Harrowgate arrived in Kanazu on Monday. The visitors stayed five days. The group included officials of the Harrowgate Rowing Club. They were hosted by the Kanazu Trade Board.';
    expect(missionFor(text, specs, [], 'en')?.parties).toContain('Kanazu Trade Board');
  });

  it('stops at a third sentence whose subject is not the trip', () => {
    const text =
      'A delegation from Harrowgate arrived in Kanazu on Monday. The visitors stayed five days. The group included officials of the Harrowgate Rowing Club. Last spring the Kanazu Trade Board welcomed the visitors of another town.';
    expect(missionFor(text, specs, [], 'en')?.parties).not.toContain('Kanazu Trade Board');
  });
});
