import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('members of a trip told without a role word', () => {
  it('reads "Il y avait des élus, l’Office X et la Chambre Y" beside a trip', () => {
    const text =
      'Nous étions une délégation de douze personnes, du 3 au 6 mai, à Tarragone. Il y avait des élus, l’Office de tourisme de Lorval et la Chambre de commerce de Lorval. La Ville de Tarragone nous a reçus.';
    const trip = missionFor(text, [['ORG', 'Office de tourisme de Lorval'], ['ORG', 'Chambre de commerce de Lorval'], ['ORG', 'Ville de Tarragone'], ['PLACE', 'Tarragone']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Office de tourisme de Lorval', 'Chambre de commerce de Lorval']));
  });

  it('reads "En faisaient partie des échevins, la Maison X et la Maison Y"', () => {
    const text =
      'Le bourgmestre conduisait une délégation de neuf personnes, présente en Acadie du 19 au 25 septembre. En faisaient partie des échevins, la Maison de la Poterie et la Maison du Tourisme de Lorval.';
    const trip = missionFor(text, [['ORG', 'Maison de la Poterie'], ['ORG', 'Maison du Tourisme de Lorval'], ['PLACE', 'Acadie']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Maison de la Poterie', 'Maison du Tourisme de Lorval']));
  });

  it('reads "La Fanfare X en faisait partie"', () => {
    const text =
      "Une délégation de 40 personnes, conduite par le maire Jean Tremblay, s'était rendue à Tarragone du 2 au 11 juillet 1996. La Fanfare de Lorval en faisait partie.";
    const trip = missionFor(text, [['ORG', 'Fanfare de Lorval'], ['PERSON', 'Jean Tremblay'], ['PLACE', 'Tarragone']]);
    expect(trip?.parties).toContain('Fanfare de Lorval');
  });

  it('does not read a body after "il y avait" far from any trip', () => {
    const text =
      "Une délégation de 40 personnes s'était rendue à Tarragone du 2 au 11 juillet 1996. Le soleil brillait. Le marché était plein. Les rues étaient calmes. En 2020, il y avait encore la Fanfare de Lorval au festival.";
    const trip = missionFor(text, [['ORG', 'Fanfare de Lorval'], ['PLACE', 'Tarragone']]);
    expect(trip?.parties ?? []).not.toContain('Fanfare de Lorval');
  });

  it('reads the body of a fronted "Outre X," before "le groupe comptait …"', () => {
    const text =
      'La délégation partie en Catalogne du 13 au 19 septembre est rentrée. Outre la Municipalité de Lorval, le groupe comptait des représentants de la Société de développement de Lorval.';
    const trip = missionFor(text, [['ORG', 'Municipalité de Lorval'], ['ORG', 'Société de développement de Lorval'], ['PLACE', 'Catalogne']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Municipalité de Lorval', 'Société de développement de Lorval']));
  });

  it('does not read "Outre X," when the trip is not the subject of the list', () => {
    const text =
      'La délégation partie en Catalogne du 13 au 19 septembre est rentrée. Outre la Municipalité de Lorval, le budget comptait des subventions de la Société de développement de Lorval.';
    const trip = missionFor(text, [['ORG', 'Municipalité de Lorval'], ['ORG', 'Société de développement de Lorval'], ['PLACE', 'Catalogne']]);
    expect(trip?.parties ?? []).not.toContain('Municipalité de Lorval');
  });

  it('gains the host body’s town after the travelling bodies joined the trip', () => {
    const text =
      'Nous étions une délégation nantaise de douze personnes, du 3 au 6 mai. Il y avait des élus, l’Office de tourisme de Nantes et la Chambre de commerce de Nantes. La Comune di Ravello nous a reçus.';
    const trip = missionFor(text, [['ORG', 'Office de tourisme de Nantes'], ['ORG', 'Chambre de commerce de Nantes'], ['ORG', 'Comune di Ravello'], ['PLACE', 'Nantes'], ['PLACE', 'Ravello']]);
    expect(trip?.parties).toEqual(expect.arrayContaining(['Comune di Ravello', 'Ravello']));
  });

  it('does not add a host body’s town to a trip that names both its places', () => {
    const text =
      'Une délégation de Lorval a séjourné à Amalfi du 3 au 6 mai. Il y avait des élus et l’Office de tourisme de Lorval. La Comune di Ravello a reçu la délégation.';
    const trip = missionFor(text, [['ORG', 'Office de tourisme de Lorval'], ['ORG', 'Comune di Ravello'], ['PLACE', 'Lorval'], ['PLACE', 'Amalfi'], ['PLACE', 'Ravello']]);
    expect(trip?.parties).not.toContain('Ravello');
  });
});
