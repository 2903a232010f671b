import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

describe('a host named by its bare head noun ("reçue par la Ville et par …")', () => {
  it('stands for the document’s one body of that kind', () => {
    const text =
      'La Ville de Sornac prépare un jumelage. Une délégation de Brivelle a séjourné à Sornac en mai. Elle a été reçue par la Ville et par la MRC de Valbois.';
    const trip = missionFor(text, [['ORG', 'Ville de Sornac'], ['ORG', 'MRC de Valbois'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Ville de Sornac', 'MRC de Valbois']));
  });

  it('in English, "hosted by the Council and by …"', () => {
    const text =
      'Kestel District Council runs the harbour. A delegation from Dunmere visited Kestel in May. The group was hosted by the Council and by the University of Kestel.';
    const trip = missionFor(
      text,
      [['ORG', 'Kestel District Council'], ['ORG', 'University of Kestel'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestel']],
      [],
      'en',
    );
    expect(trip?.parties).toEqual(expect.arrayContaining(['Kestel District Council', 'University of Kestel']));
  });

  it('stands for none when the document names two bodies of that kind', () => {
    const text =
      'La Ville de Sornac et la Ville de Brivelle préparent un jumelage. Une délégation de Brivelle a séjourné à Sornac en mai. Elle a été reçue par la Ville et par la MRC de Valbois.';
    const trip = eventsFor(text, [['ORG', 'Ville de Sornac'], ['ORG', 'Ville de Brivelle'], ['ORG', 'MRC de Valbois'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]).find(
      (x) => x.type === 'mission',
    );
    expect(trip?.parties).toContain('MRC de Valbois');
    expect(trip?.parties).not.toContain('Ville de Sornac');
  });
});

describe('a member body named by its bare head noun ("des élus de la Ville et …")', () => {
  it('stands for the document’s one body of that kind among the members', () => {
    const text =
      'La Ville de Brivelle prépare un jumelage avec Sornac. Une délégation de Brivelle a séjourné à Sornac en mai. Elle comprenait des élus de la Ville et des représentants de la Chambre de commerce de Brivelle.';
    const trip = eventsFor(text, [['ORG', 'Ville de Brivelle'], ['ORG', 'Chambre de commerce de Brivelle'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]).find(
      (x) => x.type === 'mission',
    );
    expect(trip?.parties).toEqual(expect.arrayContaining(['Ville de Brivelle', 'Chambre de commerce de Brivelle']));
  });

  it('not the town written in lower case ("des élus de la ville")', () => {
    const text =
      'La Ville de Brivelle prépare un jumelage avec Sornac. Une délégation de Brivelle a séjourné à Sornac en mai. Elle comprenait des élus de la ville et des représentants de la Chambre de commerce de Brivelle.';
    const trip = eventsFor(text, [['ORG', 'Ville de Brivelle'], ['ORG', 'Chambre de commerce de Brivelle'], ['PLACE', 'Brivelle'], ['PLACE', 'Sornac']]).find(
      (x) => x.type === 'mission',
    );
    expect(trip?.parties).not.toContain('Ville de Brivelle');
  });
});

describe('a trip’s participants received by a body', () => {
  const entities = [
    ['ORG', 'Chambre de commerce de Brivelle'],
    ['ORG', 'Agence de développement de Sornac'],
    ['PLACE', 'Sornac'],
  ] as const;

  it('"les participants ont été reçus par X": X hosts the trip', () => {
    const text =
      'La Chambre de commerce de Brivelle a organisé une mission commerciale à Sornac en mai. Sur place, les participants ont été reçus par l’Agence de développement de Sornac.';
    const trip = missionFor(text, entities);
    expect(trip?.parties).toContain('Agence de développement de Sornac');
  });

  it('not participants of something else ("les participants au forum")', () => {
    const text =
      'La Chambre de commerce de Brivelle a organisé une mission commerciale à Sornac en mai. Les participants au forum local ont été reçus par l’Agence de développement de Sornac.';
    const trip = missionFor(text, entities);
    expect(trip?.parties).not.toContain('Agence de développement de Sornac');
  });
});
