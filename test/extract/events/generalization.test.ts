import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { dateFor, entitiesFor, eventsFor, firstOfType, type Spec } from './entities-for.js';

const events = eventsFor;

describe('received delegations', () => {
  it('takes the travelling side from the adjective, the host from the subject, the leader from "conduite par"', () => {
    const text =
      'Le maire de Sherbrooke, Paul Tremblay, a accueilli lundi une délégation belge conduite par la ministre wallonne de l’Économie et du Commerce extérieur, Anne Lambotte. La Belgique est un partenaire de longue date.';
    const [e, ...rest] = events(text, [
      ['PLACE', 'Sherbrooke'],
      ['PLACE', 'Belgique'],
      ['PERSON', 'Paul Tremblay'],
      ['PERSON', 'Anne Lambotte'],
    ]);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'mission', signatories: ['Anne Lambotte'] });
    expect([...e!.parties].sort()).toEqual(['Belgique', 'Sherbrooke']);
  });

  it('places a delegation received with no place named where the news was filed', () => {
    const text =
      'Lyon, 3 avril 2024 – La présidente de la Région Auvergne-Rhône-Alpes, Julie Marchand, a reçu une délégation mexicaine menée par le gouverneur Luis Ortega. Le Mexique cherche des partenaires.';
    const [e] = events(text, [
      ['PLACE', 'Lyon'],
      ['ORG', 'Région Auvergne-Rhône-Alpes'],
      ['PLACE', 'Mexique'],
      ['PERSON', 'Julie Marchand'],
      ['PERSON', 'Luis Ortega'],
    ]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Mexique', 'Région Auvergne-Rhône-Alpes'], signatories: ['Luis Ortega'], place: 'Lyon' });
  });

  it('reads "a visit by a Norwegian trade delegation" and takes the host from the agreement signed then', () => {
    const text =
      'Nova Scotia and Norway signed a memorandum of understanding on ocean research on May 2. The memorandum was signed in Halifax during a visit by a Norwegian trade delegation.';
    const out = events(
      text,
      [['PLACE', 'Nova Scotia'], ['PLACE', 'Norway'], ['PLACE', 'Halifax']],
      [dateFor(text, 'May 2', '--05-02')],
      'en',
    );
    const mission = firstOfType(out, 'mission');
    expect(mission?.parties).toEqual(['Norway', 'Nova Scotia']);
    expect(mission?.place).toBe('Halifax');
    expect(out.filter((e) => e.type === 'agreement')).toHaveLength(1);
  });

  it('keeps a delegation that travels: its complement is the travelling side, the place visited the host', () => {
    const text = 'Une délégation de la Ville de Namur, menée par la bourgmestre Claire Dumont, est à Gatineau pour une visite de travail.';
    const [e] = events(text, [['ORG', 'Ville de Namur'], ['PLACE', 'Gatineau'], ['PERSON', 'Claire Dumont']]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Ville de Namur', 'Gatineau'], signatories: ['Claire Dumont'], place: 'Gatineau' });
  });
});

describe('received delegations: sides from titles and occasions', () => {
  it('takes the travelling side from the leader’s title, and places an agreement signed "à cette occasion" where the visit was', () => {
    const text =
      'Sept-Îles, 9 octobre 2023 – La mairesse de Sept-Îles, Marie Proulx, a reçu mardi une délégation menée par le bourgmestre de Dinant, Paul Lecomte. Les deux villes ont signé à cette occasion un pacte d’amitié.';
    const out = events(
      text,
      [['PLACE', 'Sept-Îles'], ['PLACE', 'Dinant'], ['PERSON', 'Marie Proulx'], ['PERSON', 'Paul Lecomte']],
      [dateFor(text, '9 octobre 2023', '2023-10-09')],
    );
    const trip = firstOfType(out, 'mission');
    expect(trip).toMatchObject({ parties: ['Dinant', 'Sept-Îles'], signatories: ['Paul Lecomte'], place: 'Sept-Îles' });
    const deal = firstOfType(out, 'agreement');
    expect(deal).toMatchObject({ status: 'signed', parties: ['Dinant', 'Sept-Îles'], place: 'Sept-Îles' });
  });

  it('dates a trip by its own dates, not by the dateline’s, unless the text says "today"', () => {
    const text = 'HALIFAX, May 2, 2022 — A delegation from Bergen is visiting Halifax from May 4 to 7, 2022.';
    const [e] = events(
      text,
      [['PLACE', 'Bergen'], ['PLACE', 'Halifax', 'HALIFAX']],
      [dateFor(text, 'May 2, 2022', '2022-05-02'), dateFor(text, 'May 4 to 7, 2022', '2022-05-04/2022-05-07')],
      'en',
    );
    expect(e).toMatchObject({ type: 'mission', date: '2022-05-04/2022-05-07', place: 'Halifax' });
    const today = 'HALIFAX, May 2, 2022 — Nova Scotia and Norway signed an agreement today, a year after talks began in 2021.';
    const [f] = events(
      today,
      [['PLACE', 'Nova Scotia'], ['PLACE', 'Norway'], ['PLACE', 'Halifax', 'HALIFAX']],
      [dateFor(today, 'May 2, 2022', '2022-05-02'), dateFor(today, '2021', '2021')],
      'en',
    );
    expect(f).toMatchObject({ type: 'agreement', date: '2022-05-02' });
  });
});

describe('a received delegation with both an adjective and a complement', () => {
  it('prefers the town of "délégation française de Pau" to the country of the adjective', () => {
    const text = 'Thetford Mines a accueilli une délégation française de Pau. La France et le Québec coopèrent depuis 1965.';
    const [e] = events(text, [['PLACE', 'Thetford Mines'], ['PLACE', 'Pau'], ['PLACE', 'France'], ['PLACE', 'Québec']]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Pau', 'Thetford Mines'] });
  });
});

describe('a delegation received in the passive', () => {
  it('takes the travelling side from the adjective and the host from the title of who received it', () => {
    const text = 'Une délégation sénégalaise a été reçue à Lyon par le maire de Lyon, Paul Roux. Le Sénégal veut des partenaires.';
    const [e] = events(text, [['PLACE', 'Lyon'], ['PLACE', 'Sénégal'], ['PERSON', 'Paul Roux']]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Sénégal', 'Lyon'], place: 'Lyon' });
  });
});

describe('received delegations in headlines', () => {
  it('reads the adjective of the headline, not a dateline on the next line', () => {
    const text = 'Manitoba welcomes Vietnamese trade mission\n\nBRANDON – Vietnam is a growing market for Manitoba farmers.';
    const [e] = events(text, [['PLACE', 'Manitoba'], ['PLACE', 'Vietnam'], ['PLACE', 'Brandon', 'BRANDON']], [], 'en');
    expect(e).toMatchObject({ type: 'mission', parties: ['Vietnam', 'Manitoba'] });
  });
});

describe('received delegations in English', () => {
  it('takes the side of "led by Bordeaux Mayor X" before a demonym', () => {
    const text = 'Gatineau Mayor Anne Roy welcomed a French delegation led by Bordeaux Mayor Pierre Hurmic on Monday. France is a key partner.';
    const [e] = events(
      text,
      [['PLACE', 'Gatineau'], ['PLACE', 'Bordeaux'], ['PLACE', 'France'], ['PERSON', 'Anne Roy'], ['PERSON', 'Pierre Hurmic']],
      [],
      'en',
    );
    expect(e).toMatchObject({ type: 'mission', parties: ['Bordeaux', 'Gatineau'], signatories: ['Pierre Hurmic'] });
  });

  it('reads a name inside the noun phrase as the travelling side and the place visited as the host', () => {
    const text = 'The festival opened in Umeå during a visit by a Saskatchewan trade delegation. Saskatoon sent three companies.';
    const [e] = events(text, [['PLACE', 'Umeå'], ['PLACE', 'Saskatchewan'], ['PLACE', 'Saskatoon']], [], 'en');
    expect(e).toMatchObject({ type: 'mission', parties: ['Saskatchewan', 'Umeå'], place: 'Umeå' });
  });
});

describe('a headline trip to a country, told in the body with its city', () => {
  it('is one trip, placed in the city', () => {
    const text =
      'Une mission économique québécoise au Maroc\n\nUne mission économique de la Ville de Québec se déroule à Casablanca du 14 au 18 novembre 2022.';
    const geo = { Maroc: { lat: 32, lon: -6, country: 'MA' }, Casablanca: { lat: 33.6, lon: -7.6, country: 'MA' } } as const;
    const entities = entitiesFor(text, [['PLACE', 'Maroc'], ['PLACE', 'Casablanca'], ['PLACE', 'Québec'], ['ORG', 'Ville de Québec']]).map((e) =>
      e.name in geo ? { ...e, geo: geo[e.name as keyof typeof geo] } : e,
    );
    const out = extractEvents({
      text,
      language: 'fr',
      sentences: splitSentences(text),
      entities,
      dates: [dateFor(text, 'du 14 au 18 novembre 2022', '2022-11-14/2022-11-18')],
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'mission', place: 'Casablanca', date: '2022-11-14/2022-11-18' });
    expect(out[0]!.parties).not.toContain('Maroc');
  });
});

describe('two trips in one sentence', () => {
  it('keeps "après une mission économique à Paris, … une mission commerciale en Chine" apart', () => {
    const text =
      'Après une mission économique à Paris en mai 2023, la délégation de la Ville de Laval effectuera une mission commerciale en Chine en octobre 2023.';
    const out = events(
      text,
      [['PLACE', 'Paris'], ['PLACE', 'Chine'], ['ORG', 'Ville de Laval']],
      [dateFor(text, 'mai 2023', '2023-05'), dateFor(text, 'octobre 2023', '2023-10')],
    );
    expect(out.map((e) => [e.kind, e.date, e.place])).toEqual([
      ['mission économique', '2023-05', 'Paris'],
      ['mission commerciale', '2023-10', 'Chine'],
    ]);
  });
});

describe('itineraries', () => {
  it('adds the leader of "the delegation" to the trip already named, not the stops as parties', () => {
    const text =
      'A Manitoba trade mission arrived in Lyon on May 3. The delegation, led by Jean Roy, will also travel to Grenoble and Annecy before returning to Winnipeg on May 12.';
    const out = events(
      text,
      [['PLACE', 'Manitoba'], ['PLACE', 'Lyon'], ['PLACE', 'Grenoble'], ['PLACE', 'Annecy'], ['PLACE', 'Winnipeg'], ['PERSON', 'Jean Roy']],
      [dateFor(text, 'May 3', '--05-03'), dateFor(text, 'May 12', '--05-12')],
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'mission', parties: ['Manitoba', 'Lyon'], signatories: ['Jean Roy'], date: '--05-03', place: 'Lyon' });
  });
});

describe('itineraries told with a verb', () => {
  it('reads "Elle se rendra ensuite à A et à B" as more stops of the trip already named', () => {
    const text =
      'Une mission commerciale de la Ville de Laval est arrivée à Lyon le 3 mai 2023. Elle se rendra ensuite à Grenoble et à Annecy avant de regagner Montréal.';
    const out = events(
      text,
      [['ORG', 'Ville de Laval'], ['PLACE', 'Lyon'], ['PLACE', 'Grenoble'], ['PLACE', 'Annecy'], ['PLACE', 'Montréal']],
      [dateFor(text, '3 mai 2023', '2023-05-03')],
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'mission', parties: ['Ville de Laval', 'Lyon'], place: 'Lyon', date: '2023-05-03' });
  });
});

describe('what an agreement contains', () => {
  it('reads "L’entente prévoit des échanges entre A et B" as content, not a new agreement', () => {
    const text =
      'La Ville de Trois-Rivières et la Ville de Tours ont signé une entente de coopération. L’entente, d’une durée de cinq ans, prévoit des échanges entre le Cégep de Trois-Rivières et l’Université de Tours.';
    const out = events(text, [
      ['ORG', 'Ville de Trois-Rivières'],
      ['ORG', 'Ville de Tours'],
      ['ORG', 'Cégep de Trois-Rivières'],
      ['ORG', 'Université de Tours'],
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]?.parties).toEqual(['Ville de Trois-Rivières', 'Ville de Tours']);
  });

  it('reads "Under the agreement, X and Y will …" as content', () => {
    const text =
      'Manitoba and Iceland signed a memorandum of understanding on geothermal energy. Under the agreement, the University of Manitoba and Reykjanes University will create a joint program.';
    const out = events(
      text,
      [['PLACE', 'Manitoba'], ['PLACE', 'Iceland'], ['ORG', 'University of Manitoba'], ['ORG', 'Reykjanes University']],
      [],
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.parties).toEqual(['Manitoba', 'Iceland']);
  });
});

describe('pair anaphors', () => {
  it('takes "les deux villes" from the sides of the previous agreement, as the towns\' bodies named there, and leaves out a backer', () => {
    const text =
      'La Ville de Gatineau et la Ville d’Angoulême ont signé un pacte d’amitié. Les deux villes prévoient de signer un accord de coopération économique, en lien avec la Société de développement régional.';
    const out = events(text, [
      ['ORG', 'Ville de Gatineau'],
      ['ORG', 'Ville d’Angoulême'],
      ['PLACE', 'Gatineau'],
      ['PLACE', 'Angoulême'],
      ['ORG', 'Société de développement régional'],
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ kind: 'pacte d’amitié', status: 'signed', parties: ['Ville de Gatineau', 'Ville d’Angoulême'] });
    expect(out[1]).toMatchObject({ status: 'planned', parties: ['Ville de Gatineau', 'Ville d’Angoulême'] });
  });

  it('takes "both provinces" from the headline when no event named them', () => {
    const text = 'Alberta and Saskatchewan to cooperate on carbon capture\n\nBoth provinces will sign a memorandum of understanding next month, officials said.';
    const [e] = events(text, [['PLACE', 'Alberta'], ['PLACE', 'Saskatchewan']], [], 'en');
    expect(e).toMatchObject({ type: 'agreement', status: 'planned', parties: ['Alberta', 'Saskatchewan'] });
  });

  it('resolves "les deux gouvernements" to the sides of a received delegation, and dates and places the signing by the visit', () => {
    const text =
      'Rennes, 12 mai 2024 – Le président de la Région Bretagne, Yann Le Meur, a accueilli cette semaine une délégation québécoise. À l’issue de cette visite, les deux gouvernements ont signé une déclaration d’intention sur la mer. Le Québec y voit un signal fort.';
    const out = events(
      text,
      [['PLACE', 'Rennes'], ['ORG', 'Région Bretagne'], ['PLACE', 'Québec'], ['PERSON', 'Yann Le Meur']],
      [dateFor(text, '12 mai 2024', '2024-05-12')],
    );
    const deal = firstOfType(out, 'agreement');
    expect(deal).toMatchObject({ status: 'signed', kind: 'déclaration d’intention sur la mer', place: 'Rennes' });
    expect([...deal!.parties].sort()).toEqual(['Québec', 'Région Bretagne']);
  });

  it('does not read "des gens d’affaires des deux pays" as the parties', () => {
    const text = 'La Ville de Lévis et la Ville de Thiès ont signé une entente. Il souhaite une convention entre gens d’affaires des deux pays.';
    const out = events(text, [['ORG', 'Ville de Lévis'], ['ORG', 'Ville de Thiès']]);
    expect(out.flatMap((e) => e.parties)).not.toContain(undefined);
    expect(out.every((e) => e.parties.length <= 2)).toBe(true);
    expect(out).toHaveLength(1);
  });
});

describe('pair anaphors naming people', () => {
  it('reads "les deux maires ont signé" as the two town bodies already paired', () => {
    const text = 'La Ville de Lévis et la Ville de Saumur ont signé une entente en 2015. Les deux maires ont signé hier un pacte d’amitié.';
    const out = events(text, [['ORG', 'Ville de Lévis'], ['ORG', 'Ville de Saumur'], ['PLACE', 'Lévis'], ['PLACE', 'Saumur']], [dateFor(text, '2015', '2015')]);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ kind: 'pacte d’amitié', parties: ['Ville de Lévis', 'Ville de Saumur'] });
  });
});

describe('descriptive places and renewals', () => {
  // "la commune de X" beside a named body is the commune itself (three later annotated sets; one earlier set named the place).
  it('keeps "la commune de X" beside a named body and a renewal with a recalled year as one event', () => {
    const text =
      'La Ville de Rouen et la commune de Kindia, en Guinée, ont renouvelé le 3 juin 2021 leur jumelage, signé pour la première fois en 1985.';
    const out = events(
      text,
      [['ORG', 'Ville de Rouen'], ['ORG', 'commune de Kindia'], ['PLACE', 'Kindia'], ['PLACE', 'Guinée']],
      [dateFor(text, '3 juin 2021', '2021-06-03'), dateFor(text, '1985', '1985')],
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ parties: ['Ville de Rouen', 'commune de Kindia'], date: '2021-06-03' });
  });
});

describe('signing ceremonies told after the agreement', () => {
  it('reads "qui ont paraphé le document" as the signatories of the agreement just named, at the town hall’s town', () => {
    const text =
      'La Ville de Rouen et la commune de Kindia, en Guinée, ont renouvelé le 3 juin 2021 leur convention de jumelage. La cérémonie s’est tenue à l’hôtel de ville de Rouen en présence de Jean Morel et de Sékou Camara, qui ont signé le document.';
    const out = events(
      text,
      [['ORG', 'Ville de Rouen'], ['ORG', 'commune de Kindia'], ['PLACE', 'Kindia'], ['PLACE', 'Guinée'], ['PLACE', 'Rouen'], ['PERSON', 'Jean Morel'], ['PERSON', 'Sékou Camara']],
      [dateFor(text, '3 juin 2021', '2021-06-03')],
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'convention de jumelage', signatories: ['Jean Morel', 'Sékou Camara'], place: 'Rouen' });
  });

  it('does not read a document with no signing word as an agreement', () => {
    const text = 'La Ville de Rouen et la Ville de Kindia ont publié le document de synthèse du forum.';
    expect(events(text, [['ORG', 'Ville de Rouen'], ['ORG', 'Ville de Kindia']])).toEqual([]);
  });
});

describe('backers', () => {
  it('leaves out "avec l’appui de X" but keeps the partner after it', () => {
    const text = 'La Ville de Chambly a signé, avec l’appui du Fonds régional, une entente avec la Ville de Colmar.';
    const [e] = events(text, [['ORG', 'Ville de Chambly'], ['ORG', 'Fonds régional'], ['ORG', 'Ville de Colmar']]);
    expect(e?.parties).toEqual(['Ville de Chambly', 'Ville de Colmar']);
  });

  it('reads an agreement first named under "Under the agreement signed …" with its parties', () => {
    const text = 'Under the agreement signed Tuesday between Ontario and Bavaria, researchers will share data.';
    const [e] = events(text, [['PLACE', 'Ontario'], ['PLACE', 'Bavaria']], [], 'en');
    expect(e?.parties).toEqual(['Ontario', 'Bavaria']);
  });
});

describe('signatories’ titles', () => {
  it('reads the sides of "X, maire de A, a signé avec le maire de B, Y, un pacte d’amitié"', () => {
    const text = 'Le maire de Bayonne, Luc Martin, a signé avec le maire de Sherbrooke, Paul Tremblay, un pacte d’amitié.';
    const [e] = events(text, [['PLACE', 'Bayonne'], ['PLACE', 'Sherbrooke'], ['PERSON', 'Luc Martin'], ['PERSON', 'Paul Tremblay']]);
    expect(e).toMatchObject({ type: 'agreement', status: 'signed', parties: ['Bayonne', 'Sherbrooke'], signatories: ['Luc Martin', 'Paul Tremblay'] });
  });
});

describe('dates from a trip', () => {
  it('dates a signing during a trip by the trip’s range', () => {
    const text =
      'Une mission commerciale de la Nouvelle-Écosse s’est rendue à Boston du 4 au 7 mai 2022. Lors de cette mission, la Nouvelle-Écosse a signé une entente avec le Massachusetts.';
    const out = events(
      text,
      [['PLACE', 'Nouvelle-Écosse'], ['PLACE', 'Boston'], ['PLACE', 'Massachusetts']],
      [dateFor(text, 'du 4 au 7 mai 2022', '2022-05-04/2022-05-07')],
    );
    const deal = firstOfType(out, 'agreement');
    expect(deal).toMatchObject({ parties: ['Nouvelle-Écosse', 'Massachusetts'], date: '2022-05-04/2022-05-07', place: 'Boston' });
  });
});

describe('plans and trips', () => {
  it('places a plan "lors de cette visite" on the trip, not a plan merely told beside a trip', () => {
    const during =
      'Une délégation de la Ville de Lévis séjourne à Liège du 2 au 6 mai 2024. Lors de cette visite, la Ville de Lévis signera une entente avec la Ville de Liège.';
    const specs: Spec[] = [['ORG', 'Ville de Lévis'], ['ORG', 'Ville de Liège'], ['PLACE', 'Liège']];
    const a = events(during, specs, [dateFor(during, 'du 2 au 6 mai 2024', '2024-05-02/2024-05-06')]).find((e) => e.type === 'agreement');
    expect(a).toMatchObject({ status: 'planned', place: 'Liège', date: '2024-05-02/2024-05-06' });
    const beside = 'En visite à Liège du 2 au 6 mai 2024, le maire de Lévis souhaite une entente entre la Ville de Lévis et la Ville de Liège.';
    const b = events(beside, specs, [dateFor(beside, 'du 2 au 6 mai 2024', '2024-05-02/2024-05-06')]).find((e) => e.type === 'agreement');
    expect(b).toMatchObject({ status: 'planned', parties: ['Ville de Lévis', 'Ville de Liège'] });
    expect(b?.place).toBeUndefined();
  });
});

describe('planned agreements', () => {
  it('reads "envisagent la signature" and "is expected to be signed" as planned, with no date borrowed from before', () => {
    const text =
      'Le 2 mars 2023, la Ville de Laval a reçu des élus. La Ville de Laval et la Ville de Nantes envisagent la signature d’une entente de jumelage.';
    const [e] = events(text, [['ORG', 'Ville de Laval'], ['ORG', 'Ville de Nantes']], [dateFor(text, '2 mars 2023', '2023-03-02')]);
    expect(e).toMatchObject({ status: 'planned', parties: ['Ville de Laval', 'Ville de Nantes'] });
    expect(e?.date).toBeUndefined();
    const en = 'An agreement between Yukon and Alaska is expected to be signed in the fall.';
    const [f] = events(en, [['PLACE', 'Yukon'], ['PLACE', 'Alaska']], [], 'en');
    expect(f).toMatchObject({ status: 'planned', parties: ['Yukon', 'Alaska'] });
  });
});

describe('bounded time', () => {
  it('reads hundreds of received delegations among thousands of places quickly', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Lieu${String.fromCharCode(97 + (i % 26))}${i}`);
    const sentences = names.slice(0, 400).map((n, i) => `${n} a accueilli une délégation ${names[(i + 1) % names.length]!.toLowerCase()}aise menée par la ministre. Les deux villes prévoient de signer une entente.`);
    const text = `${sentences.join(' ')} ${names.slice(400).join(', ')}.`;
    const entities = names.map((name) => {
      const start = text.indexOf(name);
      return { type: 'PLACE' as const, name, confidence: 1, mentions: [{ start, end: start + name.length }] };
    });
    const t0 = performance.now();
    const out = extractEvents({ text, language: 'fr', sentences: splitSentences(text), entities, dates: [] });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(out.length).toBeGreaterThan(0);
  });
});
