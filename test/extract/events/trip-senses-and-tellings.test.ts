import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { dateFor, eventsFor, missions, missionsFor, type Spec } from './entities-for.js';

const kinds = (text: string) => findTriggers(text, { start: 0, end: text.length }).map((t) => t.kind);

describe('a journey made in a personal capacity', () => {
  it('makes no trip of "travelled to X in a personal capacity" or "un séjour à titre personnel"', () => {
    const en = 'Councillor Ada Brennan, who travelled to Tromsø in a personal capacity, said the visit had been useful.';
    expect(missionsFor(en, [['PERSON', 'Ada Brennan'], ['PLACE', 'Tromsø']], [], 'en')).toEqual([]);
    const fr = "Les premiers liens datent d'un séjour à titre personnel d'un élu valencien à Tartu.";
    expect(missionsFor(fr, [['PLACE', 'Tartu']])).toEqual([]);
  });

  it('still reads a delegation that travelled as a trip', () => {
    const text = 'A delegation of the Dunmore Chamber travelled to Tromsø in March to meet exporters.';
    const out = eventsFor(text, [['ORG', 'Dunmore Chamber'], ['PLACE', 'Tromsø']], [], 'en');
    expect(missions(out)).toHaveLength(1);
  });
});

describe('a mission that is an embassy', () => {
  it('reads "Chile\'s diplomatic mission in Oslo" and "mission permanente" as no trip', () => {
    expect(kinds("The Embassy of Chile, the country's diplomatic mission in Oslo, sent an observer.")).toEqual([]);
    expect(kinds('La mission permanente du Togo à Genève a transmis le dossier.')).toEqual([]);
  });

  it('keeps "a diplomatic mission to Oslo" and "une mission diplomatique" as trips', () => {
    expect(kinds('The minister led a diplomatic mission to Oslo.')).toEqual(['diplomatic mission']);
    expect(kinds('Le ministre conduit une mission diplomatique au Chili.')).toEqual(['mission diplomatique']);
  });
});

describe('a headline that announces the trip the body tells', () => {
  it('folds "Une délégation X à A" (title) into "une délégation X … dans B" (body), placed where the body says', () => {
    const text =
      'Une délégation tarbaise à Rimouski\n\nMme Pujol conduisait une délégation tarbaise de dix personnes, en visite du 4 au 9 mai dans le Bas-Saint-Laurent. Elle comptait des élus de la Ville de Tarbes.';
    const out = eventsFor(
      text,
      [['PLACE', 'Rimouski'], ['PLACE', 'Bas-Saint-Laurent'], ['ORG', 'Ville de Tarbes'], ['PLACE', 'Tarbes']],
      [dateFor(text, 'du 4 au 9 mai', '--05-04/--05-09')],
    );
    expect(missions(out)).toHaveLength(1);
    expect(missions(out)[0]).toMatchObject({ place: 'Bas-Saint-Laurent' });
    expect(missions(out)[0]!.parties).not.toContain('Rimouski');
  });

  it('keeps two trips when the body names another adjective', () => {
    const text =
      'Une délégation tarbaise à Rimouski\n\nMme Pujol conduisait une délégation rimouskoise de dix personnes, en visite du 4 au 9 mai à Tarbes.';
    const out = eventsFor(text, [['PLACE', 'Rimouski'], ['PLACE', 'Tarbes']], [dateFor(text, 'du 4 au 9 mai', '--05-04/--05-09')]);
    expect(missions(out)).toHaveLength(2);
  });
});

describe('an adjective of place that differs from its name by more than its ending', () => {
  it('reads "une délégation bretonne" as Bretagne, "une délégation sarde" as Sardaigne', () => {
    const fr = 'La signature aura lieu à Vigo, et une délégation bretonne viendra à cette occasion. La Galice et la Bretagne financent le voyage ; la Galice paie les hôtels.';
    expect(missionsFor(fr, [['PLACE', 'Vigo'], ['PLACE', 'Bretagne'], ['PLACE', 'Galice']])[0]?.parties).toEqual(['Bretagne', 'Vigo']);
    const sa = 'Le texte sera signé à Bastia, et une délégation sarde viendra à cette occasion. La Corse et la Sardaigne ont donné leur accord ; la Corse paie le voyage.';
    expect(missionsFor(sa, [['PLACE', 'Bastia'], ['PLACE', 'Sardaigne'], ['PLACE', 'Corse']])[0]?.parties).toEqual(['Sardaigne', 'Bastia']);
  });

  it('reads the adjective of a compound name without its hyphens: "délégation valmontoise" → Val-Mont', () => {
    const fr = 'Val-Mont compte 4 000 habitants. Une délégation valmontoise séjourne à Tartu du 3 au 7 mai.';
    expect(missionsFor(fr, [['PLACE', 'Val-Mont'], ['PLACE', 'Tartu']])[0]?.parties[0]).toBe('Val-Mont');
  });

  it('reads no compound name into an adjective that names only its first word', () => {
    const fr = 'Mont-Joli compte 6 000 habitants. Une délégation montoise séjourne à Tartu du 3 au 7 mai.';
    expect(missionsFor(fr, [['PLACE', 'Mont-Joli'], ['PLACE', 'Tartu']])[0]?.parties[0]).not.toBe('Mont-Joli');
  });

  it('reads no place into "une nouvelle délégation" beside Nouvelle-Calédonie', () => {
    const text = 'Une nouvelle délégation viendra à Nouméa en mai. La Nouvelle-Calédonie accueille le forum.';
    const out = missionsFor(text, [['PLACE', 'Nouméa'], ['PLACE', 'Nouvelle-Calédonie']]);
    expect(out.flatMap((e) => e.parties).filter((p) => p === 'Nouvelle-Calédonie').length).toBeLessThanOrEqual(1);
    expect(out[0]?.parties[0]).not.toBe('Nouvelle-Calédonie');
  });
});

describe('a verb of travel coordinated to what the travellers did', () => {
  it('folds "The Norwegians were hosted by X and visited A" into the trip told before, X its host', () => {
    const text =
      'A trade delegation from Norway was in Galway from 3 to 6 May. The Norwegians were hosted by the Galway Chamber and visited the Marine Institute and Salthill.';
    const out = eventsFor(
      text,
      [['PLACE', 'Galway'], ['PLACE', 'Norway'], ['ORG', 'Galway Chamber'], ['ORG', 'Marine Institute'], ['PLACE', 'Salthill']],
      [dateFor(text, '3 to 6 May', '--05-03/--05-06')],
      'en',
    );
    expect(missions(out)).toHaveLength(1);
    expect(missions(out)[0]!.parties).toContain('Galway Chamber');
  });

  it('keeps a trip of its own when another subject travels', () => {
    const text =
      'A trade delegation from Norway was in Galway from 3 to 6 May. In June the Galway Chamber hosted a forum and travelled to Bergen.';
    const out = eventsFor(
      text,
      [['PLACE', 'Galway'], ['PLACE', 'Norway'], ['ORG', 'Galway Chamber'], ['PLACE', 'Bergen']],
      [dateFor(text, '3 to 6 May', '--05-03/--05-06')],
      'en',
    );
    expect(missions(out)).toHaveLength(2);
  });
});

describe('a delegation counted by its members', () => {
  it('reads "Nous étions une délégation X de douze personnes, du … au …" as a trip', () => {
    const text = 'Nous étions une délégation lorientaise de douze personnes, du 2 au 6 juin. Le port de Lorient était du voyage.';
    const out = eventsFor(text, [['PLACE', 'Lorient']], [dateFor(text, 'du 2 au 6 juin', '--06-02/--06-06')]);
    expect(missions(out)).toHaveLength(1);
    expect(missions(out)[0]).toMatchObject({ parties: ['Lorient'], date: '--06-02/--06-06' });
  });

  it('starts no trip on a heading that counts a delegation the body tells', () => {
    const text =
      'Une délégation bretonne de quinze personnes\n\nLa signature intervient pendant la visite de la délégation lorientaise, présente en Galice du 2 au 6 juin. Elle est reçue par la Ville de Vigo. La Bretagne finance. Lorient se réjouit.';
    const specs: Spec[] = [['PLACE', 'Galice'], ['PLACE', 'Lorient'], ['PLACE', 'Bretagne'], ['ORG', 'Ville de Vigo']];
    const out = missionsFor(text, specs, [dateFor(text, 'du 2 au 6 juin', '--06-02/--06-06')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ parties: ['Lorient', 'Galice', 'Ville de Vigo'], place: 'Galice' });
  });

  it('makes no trip of an uncounted "délégation X" with no verb of travel', () => {
    const text = 'Nous étions une délégation lorientaise très motivée, du 2 au 6 juin. Le port de Lorient était du voyage.';
    const out = eventsFor(text, [['PLACE', 'Lorient']], [dateFor(text, 'du 2 au 6 juin', '--06-02/--06-06')]);
    expect(missions(out)).toHaveLength(0);
  });
});

describe('a trip told in the conditional or as due', () => {
  it('reads "Une délégation finlandaise viendrait à ce moment-là" as a trip of Finland', () => {
    const text = "Une entente pourrait être signée en 2027 à Rouyn-Noranda. Une délégation finlandaise viendrait à ce moment-là. La Finlande et Rouyn-Noranda en parlent depuis 2024 ; Rouyn-Noranda paie l'accueil.";
    const out = missionsFor(text, [['PLACE', 'Rouyn-Noranda'], ['PLACE', 'Finlande']], [dateFor(text, '2027', '2027')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['Finlande', 'Rouyn-Noranda']);
  });

  it('reads "A X delegation is due to visit …" as a trip, its place unnamed', () => {
    const text = 'A Harbourside University delegation is due to visit in May 2027 to agree joint courses with Bergen.';
    const out = missionsFor(text, [['ORG', 'Harbourside University'], ['PLACE', 'Bergen']], [dateFor(text, 'May 2027', '2027-05')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ parties: ['Harbourside University', 'Bergen'], date: '2027-05' });
  });

  it('makes no trip of "a delegation is due to vote on the budget"', () => {
    const text = 'The Harbourside University delegation to the senate is due to vote on the budget in May 2027.';
    const out = missionsFor(text, [['ORG', 'Harbourside University']], [dateFor(text, 'May 2027', '2027-05')], 'en');
    expect(out).toHaveLength(0);
  });
});
