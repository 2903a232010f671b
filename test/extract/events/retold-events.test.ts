import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor, missionsFor } from './entities-for.js';

describe('an event told twice', () => {
  it('merges the headline’s trip into the body’s trip that shares a side', () => {
    const text =
      'Mission commerciale du Bas-Saint-Laurent au Nouveau-Brunswick\n\nLa Chambre de commerce de Rimouski a conduit du 4 au 6 mai une mission commerciale au Nouveau-Brunswick, menée par Julie Roy.';
    const trips = missionsFor(
      text,
      [['PLACE', 'Bas-Saint-Laurent'], ['PLACE', 'Nouveau-Brunswick'], ['ORG', 'Chambre de commerce de Rimouski'], ['PERSON', 'Julie Roy']],
      [dateFor(text, 'du 4 au 6 mai', '--05-04/--05-06')],
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]).toMatchObject({ date: '--05-04/--05-06', signatories: ['Julie Roy'] });
    expect(trips[0]!.parties).toEqual(expect.arrayContaining(['Chambre de commerce de Rimouski', 'Nouveau-Brunswick']));
  });

  it('merges two tellings of a trip on the same days', () => {
    const text =
      'The Alberta trade mission to Germany, held June 2-6, 2025, met twelve buyers. Alberta officials said the mission to Bavaria, June 2-6, 2025, opened doors.';
    expect(missionsFor(
      text,
      [['PLACE', 'Alberta'], ['PLACE', 'Germany'], ['PLACE', 'Bavaria']],
      [dateFor(text, 'June 2-6, 2025', '2025-06-02/2025-06-06'), { ...dateFor(text.replace('June 2-6, 2025', 'x'.repeat(14)), 'June 2-6, 2025', '2025-06-02/2025-06-06') }],
      'en',
    )).toHaveLength(1);
  });

  it('keeps two trips on different days apart', () => {
    const text =
      'A Nantes delegation visited Quebec City from May 3 to 5. A delegation from Quebec City will visit Nantes from October 8 to 10.';
    expect(missionsFor(
      text,
      [['PLACE', 'Nantes'], ['PLACE', 'Quebec City']],
      [dateFor(text, 'May 3 to 5', '--05-03/--05-05'), dateFor(text, 'October 8 to 10', '--10-08/--10-10')],
      'en',
    )).toHaveLength(2);
  });
});

describe('an agreement told in the headline and in the body', () => {
  it('merges the headline’s agreement into the body’s with the same noun', () => {
    const text =
      'Namur et Gatineau scellent un pacte d’amitié\n\nLe maire de Gatineau, Paul Roy, a signé avec la bourgmestre de Namur, Anne Dupuis, un pacte d’amitié entre les deux villes.';
    const out = eventsFor(text, [['PLACE', 'Namur'], ['PLACE', 'Gatineau'], ['PERSON', 'Paul Roy'], ['PERSON', 'Anne Dupuis']]);
    expect(out).toHaveLength(1);
    expect(out[0]?.signatories).toEqual(expect.arrayContaining(['Paul Roy', 'Anne Dupuis']));
  });

  it('keeps a headline’s agreement apart from a body’s plan of another kind', () => {
    const text =
      'Namur et Gatineau signent un pacte d’amitié\n\nNamur et Gatineau ont signé un pacte d’amitié. Les deux villes prévoient de signer une convention culturelle en 2026.';
    const out = eventsFor(text, [['PLACE', 'Namur'], ['PLACE', 'Gatineau']]);
    expect(out).toHaveLength(2);
  });
});

describe('a headline’s agreement whose sides no body agreement names', () => {
  it('tells the lead agreement when the headline uses short forms ("le CHU de Lomé" for "le Centre hospitalier universitaire de Lomé")', () => {
    const text = [
      'Le CHU de Lomé et le CHU de Nantes signent une convention de coopération',
      '',
      'Le Centre hospitalier universitaire de Lomé et le Centre hospitalier universitaire de Nantes ont signé lundi une convention de coopération hospitalière.',
    ].join('\n');
    const out = eventsFor(text, [
      ['ORG', 'CHU de Lomé'],
      ['ORG', 'CHU de Nantes'],
      ['ORG', 'Centre hospitalier universitaire de Lomé'],
      ['ORG', 'Centre hospitalier universitaire de Nantes'],
    ]);
    expect(out.map((e) => e.parties)).toEqual([['Centre hospitalier universitaire de Lomé', 'Centre hospitalier universitaire de Nantes']]);
  });

  it('tells the lead agreement when the headline names the towns of two bodies, and another noun', () => {
    const text = [
      'Arden and Velm hospitals sign nursing partnership',
      '',
      'The Arden General Hospital and the Velm Royal Infirmary signed a memorandum of understanding on Tuesday.',
      'The memorandum was signed by the chief executives of both hospitals.',
    ].join('\n');
    const out = eventsFor(text, [['PLACE', 'Arden'], ['PLACE', 'Velm'], ['ORG', 'Arden General Hospital'], ['ORG', 'Velm Royal Infirmary']], [], 'en');
    expect(out.map((e) => e.parties)).toEqual([['Arden General Hospital', 'Velm Royal Infirmary']]);
  });

  it('keeps it apart from a body agreement of another status', () => {
    const text = ['Arden and Velm sign friendship pact', '', 'The Arden Port Authority and the Velm Port Authority intend to sign a memorandum next year.'].join('\n');
    expect(agreementsFor(text, [['PLACE', 'Arden'], ['PLACE', 'Velm'], ['ORG', 'Arden Port Authority'], ['ORG', 'Velm Port Authority']], [], 'en')).toHaveLength(2);
  });
});

describe('an opening sentence is no headline', () => {
  it('keeps a first-line signing apart from the next agreement of other sides', () => {
    const text = [
      'The Arden Port Authority and the Velm Port Authority signed a memorandum on Monday.',
      'Separately, Arden College and Velm University signed an exchange agreement.',
    ].join('\n');
    expect(agreementsFor(
      text,
      [['ORG', 'Arden Port Authority'], ['ORG', 'Velm Port Authority'], ['ORG', 'Arden College'], ['ORG', 'Velm University']],
      [],
      'en',
    )).toHaveLength(2);
  });
});
