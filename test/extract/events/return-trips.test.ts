import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, missions } from './entities-for.js';

describe('words of a mission that name no trip', () => {
  it('makes no trip of a post, a kind of work or a stated purpose', () => {
    const text =
      "Sa chargée de mission Amérique latine, jointe à Lima, a salué l'accord. Le texte prévoit des missions d'enseignement à Cusco. La mission de ce centre est simple : former à Arequipa.";
    const out = eventsFor(text, [['PLACE', 'Lima'], ['PLACE', 'Cusco'], ['PLACE', 'Arequipa']]);
    expect(missions(out)).toHaveLength(0);
  });

  it('makes no trip of a visit listed in a programme', () => {
    const text = 'Au programme : rencontres d’affaires, visite de la base navale de Gdynia et dîner à Gdańsk.';
    const out = eventsFor(text, [['PLACE', 'Gdynia'], ['PLACE', 'Gdańsk']]);
    expect(missions(out)).toHaveLength(0);
  });

  it('reads "la délégation spéciale de la commune" as the body that receives, not as a trip', () => {
    const text = 'Elle a été reçue par la délégation spéciale de la commune de Kaya, que préside M. Ali Sawadogo.';
    const out = eventsFor(text, [['ORG', 'commune de Kaya'], ['PERSON', 'Ali Sawadogo']]);
    expect(missions(out)).toHaveLength(0);
  });
});

describe('a trip only raised', () => {
  it('makes no trip of a visit "évoquée" or "discussed" with no date set', () => {
    const text =
      "Une visite d'élus polonais à Nantes a été évoquée ; aucune date n'a été arrêtée. A return visit by Chilean firms to Leeds has been discussed for the spring, but no dates have been set.";
    const out = eventsFor(text, [['PLACE', 'Nantes'], ['PLACE', 'Leeds']]);
    expect(missions(out)).toHaveLength(0);
  });

  it('makes no trip of a visit whose merits a board "debates", nor one "dont le conseil doit débattre du coût"', () => {
    const en = 'Next week the Valbrise board debates the merits of an exchange visit to Tornhavn.';
    expect(missions(eventsFor(en, [['PLACE', 'Valbrise'], ['PLACE', 'Tornhavn']], [], 'en'))).toHaveLength(0);
    const fr = "Le conseil de Valbrise doit débattre du coût d'une visite d'élus à Tornhavn en janvier.";
    expect(missions(eventsFor(fr, [['PLACE', 'Valbrise'], ['PLACE', 'Tornhavn']]))).toHaveLength(0);
  });

  it('keeps a return visit that councillors debated and approved', () => {
    const en = 'Councillors in Valbrise debated the cost, then approved a return visit by municipal officials to Tornhavn from 4 to 9 May.';
    expect(missions(eventsFor(en, [['PLACE', 'Valbrise'], ['PLACE', 'Tornhavn']], [], 'en'))).toHaveLength(1);
  });

  it('keeps a trip announced or under study', () => {
    const text = "Une mission d'affaires de la Chambre de commerce de Sfax à Lyon est à l'étude pour le printemps 2027.";
    const out = eventsFor(text, [['ORG', 'Chambre de commerce de Sfax'], ['PLACE', 'Lyon']], [dateFor(text, 'printemps 2027', '2027')]);
    expect(missions(out)).toHaveLength(1);
  });
});

describe('verbs of travel and of leading a delegation', () => {
  it('reads "a parcouru X", "came to X" and "était venue découvrir X" as trips', () => {
    const text =
      'Une délégation de Kaya a parcouru Bobo-Dioulasso. In 1998 a Leeds delegation came to Temuco. En 1990, une délégation de Sfax était venue découvrir la Bretagne.';
    const out = eventsFor(text, [['PLACE', 'Kaya'], ['PLACE', 'Bobo-Dioulasso'], ['PLACE', 'Leeds'], ['PLACE', 'Temuco'], ['PLACE', 'Sfax'], ['PLACE', 'Bretagne']]);
    expect(missions(out).map((e) => e.parties)).toEqual([
      ['Kaya', 'Bobo-Dioulasso'],
      ['Leeds', 'Temuco'],
      ['Sfax', 'Bretagne'],
    ]);
  });
});

describe('return visits', () => {
  it('keeps "une première délégation" apart from the trip of the news', () => {
    const text =
      'La délégation namuroise a séjourné à Kolda du 3 au 6 mai. Tout a commencé il y a trente ans : une première délégation de Namur, menée par son bourgmestre, s’était rendue à Kolda.';
    const out = eventsFor(text, [['PLACE', 'Namur'], ['PLACE', 'Kolda']], [dateFor(text, 'du 3 au 6 mai', '--05-03/--05-06')]);
    expect(missions(out)).toHaveLength(2);
  });

  it('reads a delegation that makes the trip for the signing told before as the return trip, with its date and place', () => {
    const text =
      'Une délégation de Kolda a séjourné à Namur du 3 au 6 mai. Les deux villes renouvelleront leur charte en 2027, à Kolda. Une délégation namuroise fera le voyage pour l’occasion.';
    const out = eventsFor(text, [['PLACE', 'Namur'], ['PLACE', 'Kolda']], [dateFor(text, 'du 3 au 6 mai', '--05-03/--05-06'), dateFor(text, '2027', '2027')]);
    const trips = missions(out);
    expect(trips).toHaveLength(2);
    expect(trips[1]).toMatchObject({ parties: ['Namur', 'Kolda'], date: '2027', place: 'Kolda' });
  });

  it('reads "la délégation de B" after a trip of A to B as B\'s own trip', () => {
    const text =
      'Les chambres se retrouveront lors d’une mission lyonnaise à Tunis en 2027. La délégation de Sfax, conduite par Ali Ben Salah, séjourne à Lyon du 2 au 5 mai.';
    const out = eventsFor(
      text,
      [['PLACE', 'Lyon'], ['PLACE', 'Tunis'], ['PLACE', 'Sfax'], ['PERSON', 'Ali Ben Salah']],
      [dateFor(text, '2027', '2027'), dateFor(text, 'du 2 au 5 mai', '--05-02/--05-05')],
    );
    expect(missions(out).map((e) => e.parties)).toEqual([
      ['Lyon', 'Tunis'],
      ['Sfax', 'Lyon'],
    ]);
  });

  it('keeps a business delegation of the host town apart from the visit it returns', () => {
    const text =
      'The City of Perth and Leeds City Council intend to sign a friendship agreement in Perth in May 2027, the mayor said at the close of a visit by a delegation from Perth. The Perth delegation was in Leeds from 3 to 7 October. A Leeds business delegation will travel to Perth for the signing.';
    const out = eventsFor(
      text,
      [['ORG', 'City of Perth'], ['ORG', 'Leeds City Council'], ['PLACE', 'Perth'], ['PLACE', 'Leeds']],
      [dateFor(text, 'May 2027', '2027-05'), dateFor(text, '3 to 7 October', '--10-03/--10-07')],
      'en',
    );
    const trips = missions(out);
    expect(trips).toHaveLength(2);
    expect(trips[0]).toMatchObject({ date: '--10-03/--10-07' });
    expect(trips[1]).toMatchObject({ date: '2027-05' });
    expect(trips[1]!.parties).toContain('Leeds');
  });
});

describe('the stops of a trip', () => {
  it('reads "The group visited X" as the trip already told', () => {
    const text = 'A trade mission from Leeds spent four days in Chile from 3 to 6 March. The group visited Santiago and Valparaíso.';
    const out = eventsFor(text, [['PLACE', 'Leeds'], ['PLACE', 'Chile'], ['PLACE', 'Santiago'], ['PLACE', 'Valparaíso']], [dateFor(text, '3 to 6 March', '--03-03/--03-06')], 'en');
    expect(missions(out)).toHaveLength(1);
  });
});
