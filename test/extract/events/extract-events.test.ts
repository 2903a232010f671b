import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, type Spec } from './entities-for.js';

const events = eventsFor;

describe('agreements (French)', () => {
  it('reads parties, date, place, occasion and a signed status from one sentence', () => {
    const text =
      'Le 12 avril 2022, la Ville de Chambly et la Ville de Tulle ont signé une entente de jumelage à Chambly, dans le cadre du Festival des cultures.';
    const [e, ...rest] = events(
      text,
      [['ORG', 'Ville de Chambly'], ['ORG', 'Ville de Tulle'], ['PLACE', 'Chambly']],
      [dateFor(text, '12 avril 2022', '2022-04-12')],
    );
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({
      type: 'agreement',
      status: 'signed',
      parties: ['Ville de Chambly', 'Ville de Tulle'],
      date: '2022-04-12',
      place: 'Chambly',
      occasion: 'Festival des cultures',
    });
    expect(e!.kind).toBe('entente de jumelage');
  });

  it('takes the parties of "entre X et Y" and leaves out where they sit', () => {
    const text =
      "Un accord de coopération a été signé à Québec entre l'Université Laval, située à Québec, et l'Université de Liège, en Belgique.";
    const [e] = events(text, [['ORG', 'Université Laval'], ['ORG', 'Université de Liège'], ['PLACE', 'Québec'], ['PLACE', 'Belgique']]);
    expect(e?.parties).toEqual(['Université Laval', 'Université de Liège']);
    expect(e?.place).toBe('Québec');
    expect(e?.status).toBe('signed');
  });

  it('reads the future and intentions as planned, with no signatories yet', () => {
    const text = "La Chambre de commerce de Lévis signera prochainement un protocole d'accord avec l'Agence régionale de Nantes.";
    const [e] = events(text, [['ORG', 'Chambre de commerce de Lévis'], ['ORG', 'Agence régionale de Nantes']]);
    expect(e).toMatchObject({ status: 'planned', signatories: [], parties: ['Chambre de commerce de Lévis', 'Agence régionale de Nantes'] });
    const text2 = "La Ville de Magog travaille avec la Ville de Dinan en vue d'établir un jumelage.";
    const [p] = events(text2, [['ORG', 'Ville de Magog'], ['ORG', 'Ville de Dinan']]);
    expect(p?.status).toBe('planned');
  });

  it('takes the signatories from the subject and the title affiliations as parties', () => {
    const text =
      'Le maire de Rimouski, Paul Tremblay, et la ministre responsable des Affaires municipales et de la Culture du Manitoba, Anne Roy, ont signé une entente.';
    const [e] = events(text, [
      ['PERSON', 'Paul Tremblay'],
      ['PERSON', 'Anne Roy'],
      ['PLACE', 'Rimouski'],
      ['PLACE', 'Manitoba'],
      ['ORG', 'Affaires municipales'],
    ]);
    expect(e?.signatories).toEqual(['Paul Tremblay', 'Anne Roy']);
    expect(e?.parties).toEqual(['Rimouski', 'Manitoba']);
  });

  it('merges a later "cette convention" into the agreement it names', () => {
    const text =
      "Le Conseil régional de Bretagne et la Province de Namur ont signé une convention de partenariat. Cette convention prévoit des échanges d'étudiants avec la Province de Namur.";
    const found = events(text, [['ORG', 'Conseil régional de Bretagne'], ['ORG', 'Province de Namur']]);
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toHaveLength(2);
  });

  it('keeps a renewal and the original signing as two events', () => {
    const text = 'Signée le 2 mai 1975, la charte de jumelage entre Gaspé et Saint-Malo a été renouvelée le 9 juin 2023 à Gaspé.';
    const found = events(
      text,
      [['PLACE', 'Gaspé'], ['PLACE', 'Saint-Malo']],
      [dateFor(text, '2 mai 1975', '1975-05-02'), dateFor(text, '9 juin 2023', '2023-06-09')],
    );
    expect(found.map((e) => e.date)).toEqual(['1975-05-02', '2023-06-09']);
    expect(found[1]!.place).toBe('Gaspé');
  });

  it('splits "a signé des partenariats avec A, B et C" into one agreement per partner', () => {
    const text = 'La Région Bourgogne a signé de nouveaux partenariats avec les régions de Souss-Massa, de Tanger et de Rabat.';
    const found = events(text, [['ORG', 'Région Bourgogne'], ['PLACE', 'Souss-Massa'], ['PLACE', 'Tanger'], ['PLACE', 'Rabat']]);
    expect(found.map((e) => e.parties)).toEqual([
      ['Région Bourgogne', 'Souss-Massa'],
      ['Région Bourgogne', 'Tanger'],
      ['Région Bourgogne', 'Rabat'],
    ]);
  });
});

describe('traps (French)', () => {
  it.each([
    ['La démarche ACCORD de la Ville de Rimouski soutient les entreprises.', [['ORG', 'Ville de Rimouski']]],
    ["Nous sommes d'accord avec la Ville de Rimouski sur ce point.", [['ORG', 'Ville de Rimouski']]],
    ['La mission de la Société de développement de Sherbrooke est de soutenir les entreprises.', [['ORG', 'Société de développement de Sherbrooke']]],
    ['Visitez le site de la Société de transport de Laval pour en savoir plus.', [['ORG', 'Société de transport de Laval']]],
    ['La Délégation générale du Québec à Tokyo organise un colloque.', [['ORG', 'Délégation générale du Québec à Tokyo'], ['PLACE', 'Tokyo']]],
    ['Le Québec souhaite établir des partenariats solides avec la Corée.', [['PLACE', 'Québec'], ['PLACE', 'Corée']]],
  ] as [string, Spec[]][])('finds no event in %s', (text, specs) => {
    expect(events(text, specs)).toEqual([]);
  });
});

describe('missions', () => {
  it('reads the travelling side, the host place and the dates of a qualified mission', () => {
    const text = 'Une délégation de la Ville de Sherbrooke effectuera une mission économique à Lyon du 3 au 7 octobre.';
    const [e, ...rest] = events(
      text,
      [['ORG', 'Ville de Sherbrooke'], ['PLACE', 'Lyon']],
      [dateFor(text, 'du 3 au 7 octobre', '--10-03/--10-07')],
    );
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'mission', kind: 'mission économique', parties: ['Ville de Sherbrooke', 'Lyon'], place: 'Lyon', date: '--10-03/--10-07' });
    expect(e?.status).toBeUndefined();
  });

  it('folds later mentions of "la délégation" into the same mission', () => {
    const text = 'La Ville de Victoriaville était en mission à Dakar. La délégation a ensuite rencontré la Chambre de commerce de Thiès.';
    const found = events(text, [['ORG', 'Ville de Victoriaville'], ['PLACE', 'Dakar'], ['ORG', 'Chambre de commerce de Thiès']]);
    expect(found).toHaveLength(1);
    expect(found[0]!.parties).toEqual(expect.arrayContaining(['Ville de Victoriaville', 'Dakar']));
  });
});

describe('English', () => {
  it('reads a signed memorandum with place and occasion', () => {
    const text =
      'On March 3, 2021, the City of Campbellton and the City of Lafayette signed a memorandum of understanding in Campbellton during the Acadian Trade Forum.';
    const [e] = events(
      text,
      [['ORG', 'City of Campbellton'], ['ORG', 'City of Lafayette'], ['PLACE', 'Campbellton']],
      [dateFor(text, 'March 3, 2021', '2021-03-03')],
      'en',
    );
    expect(e).toMatchObject({
      status: 'signed',
      kind: 'memorandum of understanding',
      parties: ['City of Campbellton', 'City of Lafayette'],
      date: '2021-03-03',
      place: 'Campbellton',
      occasion: 'Acadian Trade Forum',
    });
  });

  it('reads "will sign" as planned', () => {
    const text = 'The Port of Halifax will sign a partnership agreement with the Port of Antwerp next year.';
    const [e] = events(text, [['ORG', 'Port of Halifax'], ['ORG', 'Port of Antwerp']], [], 'en');
    expect(e).toMatchObject({ status: 'planned', parties: ['Port of Halifax', 'Port of Antwerp'] });
  });

  it('reads a trade mission with its leader and destination', () => {
    const text = 'Nova Scotia Premier Jane Doe led a trade mission to Japan last spring.';
    const [e] = events(text, [['PLACE', 'Nova Scotia'], ['PERSON', 'Jane Doe'], ['PLACE', 'Japan']], [], 'en');
    expect(e).toMatchObject({ type: 'mission', parties: ['Nova Scotia', 'Japan'], signatories: ['Jane Doe'], place: 'Japan' });
  });

  it('keeps two agreements with different signatories apart', () => {
    const text =
      'Governor Ann Lee and Ontario Premier Tom Hall signed an agreement on trade. In 2015, Governor Bob Dunn and Tom Hall signed a memorandum of understanding.';
    const found = events(
      text,
      [['PERSON', 'Ann Lee'], ['PERSON', 'Tom Hall'], ['PERSON', 'Bob Dunn'], ['PLACE', 'Ontario']],
      [dateFor(text, '2015', '2015')],
      'en',
    );
    expect(found).toHaveLength(2);
    expect(found.map((e) => e.signatories)).toEqual([['Ann Lee', 'Tom Hall'], ['Bob Dunn', 'Tom Hall']]);
  });
});

describe('mentions of one event across sentences', () => {
  it('reads "L\'entente a été signée par X et Y" as the agreement just named', () => {
    const text =
      "La Ville de Gatineau et la Ville de Namur ont conclu un accord de coopération. L'entente a été signée par la mairesse Lise Roy et le maire de Namur, Marc Dubois.";
    const found = events(text, [
      ['ORG', 'Ville de Gatineau'],
      ['ORG', 'Ville de Namur'],
      ['PLACE', 'Namur'],
      ['PERSON', 'Lise Roy'],
      ['PERSON', 'Marc Dubois'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ parties: ['Ville de Gatineau', 'Ville de Namur'], signatories: ['Lise Roy', 'Marc Dubois'] });
  });

  it('keeps two trips of the same town apart by destination and date', () => {
    const text =
      'Une délégation de la Ville de Joliette a effectué une mission exploratoire à Tours du 2 au 5 mai. La Ville de Joliette prépare aussi une mission économique en 2025.';
    const found = events(
      text,
      [['ORG', 'Ville de Joliette'], ['PLACE', 'Tours']],
      [dateFor(text, 'du 2 au 5 mai', '--05-02/--05-05'), dateFor(text, '2025', '2025')],
    );
    expect(found.map((e) => [e.kind, e.date])).toEqual([
      ['mission exploratoire', '--05-02/--05-05'],
      ['mission économique', '2025'],
    ]);
  });

  it('reads a received delegation as a mission', () => {
    const text = 'The University of Campbellton hosted a delegation from the University of Poitiers last week.';
    const [e] = events(text, [['ORG', 'University of Campbellton'], ['ORG', 'University of Poitiers']], [], 'en');
    // The travelling side first, then the host (GOLD_FORMAT: "the travelling side and the host side").
    expect(e).toMatchObject({ type: 'mission', parties: ['University of Poitiers', 'University of Campbellton'] });
  });

  it('does not take a person of a later clause as a signatory', () => {
    const text =
      "La Ville de Lévis a signé une entente avec la Région Bretagne à l'occasion de la visite du président du conseil régional, Loïc Martin.";
    const [e] = events(text, [['ORG', 'Ville de Lévis'], ['ORG', 'Région Bretagne'], ['PERSON', 'Loïc Martin']]);
    expect(e?.signatories).toEqual([]);
    expect(e?.parties).toEqual(['Ville de Lévis', 'Région Bretagne']);
  });
});

describe('clause structure', () => {
  it('takes the signing side after "announced that", reads "(MOU)" as the same noun, and leaves the occasion out', () => {
    const text =
      'Premier Ann Lee announced today that the Province of Manitoba has signed a Memorandum of Understanding (MOU) with the State of Ohio during the Great Lakes Forum of Canada.';
    const found = events(
      text,
      [['PERSON', 'Ann Lee'], ['PLACE', 'Manitoba'], ['PLACE', 'Ohio'], ['PLACE', 'Canada'], ['ORG', 'Memorandum of Understanding']],
      [],
      'en',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'Memorandum of Understanding', parties: ['Manitoba', 'Ohio'], signatories: [], occasion: 'Great Lakes Forum of Canada' });
  });

  it('starts a planned agreement whose sides the document names elsewhere', () => {
    const text =
      "La Ville de Sept-Îles et la Ville de Brest ont paraphé une lettre d'intention. Une convention de partenariat sera signée en mars prochain.";
    const found = events(text, [['ORG', 'Ville de Sept-Îles'], ['ORG', 'Ville de Brest']]);
    expect(found.map((e) => [e.kind, e.status, e.parties])).toEqual([
      ["lettre d'intention", 'signed', ['Ville de Sept-Îles', 'Ville de Brest']],
      ['convention de partenariat', 'planned', ['Ville de Sept-Îles', 'Ville de Brest']],
    ]);
  });

  it('leaves a bracketed aside out of the parties', () => {
    const text = 'En visite au Mali, le président de la Chambre de commerce de Laval (la troisième ville du Québec) a rencontré ses homologues.';
    const [e] = events(text, [['PLACE', 'Mali'], ['ORG', 'Chambre de commerce de Laval'], ['PLACE', 'Québec']]);
    expect(e?.parties).toEqual(['Chambre de commerce de Laval', 'Mali']);
  });
});

describe('trips told with a verb', () => {
  it('reads "s\'est rendu à X" as a mission led by the subject', () => {
    const text = 'Le président du Conseil départemental, Luc Martin, s’est rendu à Thiès du 4 au 8 mai pour rencontrer ses partenaires.';
    const [e, ...rest] = events(text, [['PERSON', 'Luc Martin'], ['PLACE', 'Thiès']], [dateFor(text, 'du 4 au 8 mai', '--05-04/--05-08')]);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'mission', place: 'Thiès', signatories: ['Luc Martin'], date: '--05-04/--05-08' });
  });

  it('lets the mission noun name the trip when both appear', () => {
    const text = 'Une délégation de la Ville de Chambly s’est rendue à Tulle.';
    const [e] = events(text, [['ORG', 'Ville de Chambly'], ['PLACE', 'Tulle']]);
    expect(e).toMatchObject({ kind: 'délégation', parties: ['Ville de Chambly', 'Tulle'], place: 'Tulle' });
  });

  it('reads "la mission de la Chambre au Mali" as a trip, "la mission de la Chambre est de" as a mandate', () => {
    const trip = 'La mission de la Chambre de commerce de Laval au Mali a permis de nouer des contacts.';
    expect(events(trip, [['ORG', 'Chambre de commerce de Laval'], ['PLACE', 'Mali']])).toHaveLength(1);
    const mandate = 'La mission de la Chambre de commerce de Laval est de soutenir les entreprises.';
    expect(events(mandate, [['ORG', 'Chambre de commerce de Laval']])).toEqual([]);
  });
});

describe('signatories named with a demonstrative', () => {
  const specs: Spec[] = [['ORG', 'Ville de Laval'], ['ORG', 'Ville de Nantes'], ['PERSON', 'Rita Cole'], ['PERSON', 'Jean Petit']];

  it('adds who signed "cette entente"', () => {
    const text = 'La Ville de Laval et la Ville de Nantes ont conclu une entente de coopération. Rita Cole, directrice générale, a signé cette entente.';
    expect(events(text, specs.slice(0, 3))[0]?.signatories).toEqual(['Rita Cole']);
  });

  it('does not add who merely welcomed its signature', () => {
    const text =
      'La Ville de Laval et la Ville de Nantes ont conclu une entente de coopération. Jean Petit s’est réjoui de la signature de cette entente.';
    expect(events(text, [...specs.slice(0, 2), specs[3]!])[0]?.signatories).toEqual([]);
  });
});

describe('visiting delegations', () => {
  it('reads "accompagné d\'une délégation venue de X, Y …" as a trip led by Y', () => {
    const text = 'Accompagné d’une délégation venue du Bénin, Paul Houngbo, maire de Cotonou, a visité les installations du port de Rimouski.';
    const found = events(text, [['PLACE', 'Bénin'], ['PERSON', 'Paul Houngbo'], ['PLACE', 'Cotonou'], ['PLACE', 'Rimouski']]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'mission', signatories: ['Paul Houngbo'] });
    expect(found[0]!.parties).toContain('Bénin');
  });
});

describe('where a trip went', () => {
  it('takes the place after "reçue à" over the delegation\'s origin', () => {
    const text = 'Une délégation de la province de Hué, au Vietnam, a été reçue à l’hôtel de ville de Sherbrooke lundi.';
    const [e] = events(text, [['PLACE', 'Hué'], ['PLACE', 'Vietnam'], ['PLACE', 'Sherbrooke']]);
    expect(e?.place).toBe('Sherbrooke');
  });
});

describe('ordinals are not titles', () => {
  it('keeps "le premier accord de coopération" as an agreement', () => {
    const text = "La Ville de Rouyn-Noranda et la Ville de Lens ont signé le premier accord de coopération entre les deux régions.";
    const [e] = events(text, [['ORG', 'Ville de Rouyn-Noranda'], ['ORG', 'Ville de Lens']]);
    expect(e).toMatchObject({ type: 'agreement', parties: ['Ville de Rouyn-Noranda', 'Ville de Lens'] });
  });
});

describe('headlines', () => {
  it('folds a headline with no side named into the agreement the body tells', () => {
    const text =
      'Mayors sign accord\n\nMayor Ann Lee of Bangor and Mayor Luc Roy of Campbellton signed a memorandum of understanding on Friday.';
    const found = events(text, [['PERSON', 'Ann Lee'], ['PERSON', 'Luc Roy'], ['PLACE', 'Bangor'], ['PLACE', 'Campbellton']], [], 'en');
    expect(found).toHaveLength(1);
    expect(found[0]!.signatories).toEqual(['Ann Lee', 'Luc Roy']);
  });
});
