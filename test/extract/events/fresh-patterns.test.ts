import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../src/extract/dates/extract-dates.js';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import type { Language } from '../../../src/extract/types.js';
import { dateFor, entitiesFor, eventsFor, firstOfType, type Spec } from './entities-for.js';

const events = eventsFor;

describe('datelines of wire services', () => {
  it('keeps the wire tag and the dateline city out of the parties, and the dateline date out of the event', () => {
    const text =
      'WINNIPEG, Jan. 9, 2025 /NEWSWIRE/ – Manitoba Hydro and Hydro-Québec signed a memorandum of understanding on grid interconnection on Jan. 8 in Montréal.';
    const [e, ...rest] = events(
      text,
      [['PLACE', 'WINNIPEG'], ['ORG', 'NEWSWIRE'], ['ORG', 'Manitoba Hydro'], ['ORG', 'Hydro-Québec'], ['PLACE', 'Montréal']],
      [dateFor(text, 'Jan. 9, 2025', '2025-01-09'), dateFor(text, 'Jan. 8', '2025-01-08')],
      'en',
    );
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ parties: ['Manitoba Hydro', 'Hydro-Québec'], date: '2025-01-08', place: 'Montréal' });
  });

  it('reads a dateline whose date is in brackets after a state abbreviation', () => {
    const text = 'PORTLAND, Ore. (March 3, 2025) – A trade mission led by Governor Ann Reyes returned from Vietnam, where firms met buyers in Hanoi from Feb. 24-28.';
    const [e] = events(
      text,
      [['PLACE', 'PORTLAND'], ['PLACE', 'Vietnam'], ['PLACE', 'Hanoi'], ['PERSON', 'Ann Reyes']],
      [dateFor(text, 'March 3, 2025', '2025-03-03'), dateFor(text, 'Feb. 24-28', '2025-02-24/2025-02-28')],
      'en',
    );
    expect(e?.date).toBe('2025-02-24/2025-02-28');
    expect(e?.parties).not.toContain('PORTLAND');
  });
});

describe('negated agreements', () => {
  it('makes no agreement of "no agreements were signed"', () => {
    const text = 'The delegation from Glasgow met officials in Lyon. No agreements were signed during the visit, but Glasgow and Lyon will keep talking.';
    const out = events(text, [['PLACE', 'Glasgow'], ['PLACE', 'Lyon']], [], 'en');
    expect(out.filter((e) => e.type === 'agreement')).toHaveLength(0);
  });

  it('makes no agreement of "aucune entente n’a été signée"', () => {
    const text = 'La Ville de Namur et la Ville de Gatineau ont discuté de tourisme, mais aucune entente n’a été signée à cette occasion.';
    const out = events(text, [['ORG', 'Ville de Namur'], ['ORG', 'Ville de Gatineau']]);
    expect(out.filter((e) => e.type === 'agreement')).toHaveLength(0);
  });

  it('reads "n’a pas encore été signée" as planned', () => {
    const text = 'La convention entre la Ville de Namur et la Ville de Gatineau n’a pas encore été signée.';
    const [e] = events(text, [['ORG', 'Ville de Namur'], ['ORG', 'Ville de Gatineau']]);
    expect(e).toMatchObject({ type: 'agreement', status: 'planned' });
  });
});

describe('a mission that is a purpose', () => {
  it('makes no trip of "La mission de X est de …"', () => {
    const text = 'La mission de Montréal International est d’attirer des entreprises étrangères, de Laval à Longueuil.';
    const out = events(text, [['ORG', 'Montréal International'], ['PLACE', 'Laval'], ['PLACE', 'Longueuil']]);
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(0);
  });

  it('makes no trip of "the mission of X was to"', () => {
    const text = 'The mission of Invest Ottawa was to bring companies to Ottawa.';
    const out = events(text, [['ORG', 'Invest Ottawa'], ['PLACE', 'Ottawa']], [], 'en');
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(0);
  });
});

describe('names that are not agreements or destinations', () => {
  it('makes no agreement of a capitalized Convention after a name (a gathering)', () => {
    const text = 'Researchers from Mila will attend the World Mobile Convention in Barcelona next March, where Québec will host a booth.';
    const out = events(text, [['ORG', 'Mila'], ['PLACE', 'Barcelona'], ['PLACE', 'Québec']], [], 'en');
    expect(out.filter((e) => e.type === 'agreement')).toHaveLength(0);
  });

  it('does not send a trip to the seat of a consulate', () => {
    const text = 'The Halifax visit is supported by the Consulate General of France in Campbellton.';
    const out = events(text, [['PLACE', 'Halifax'], ['PLACE', 'France'], ['PLACE', 'Campbellton']], [], 'en');
    expect(out.flatMap((e) => e.parties)).not.toContain('Campbellton');
    expect(out.map((e) => e.place)).not.toContain('Campbellton');
  });

  it('does not take a consul’s post as the place of a signing', () => {
    const text = 'Le consul général de France à Vancouver, Marc Dubois, a salué l’entente signée entre la Ville de Nantes et la Ville de Victoria.';
    const [e] = events(text, [['PLACE', 'France'], ['PLACE', 'Vancouver'], ['PERSON', 'Marc Dubois'], ['ORG', 'Ville de Nantes'], ['ORG', 'Ville de Victoria']]);
    expect(e?.place).toBeUndefined();
  });
});

function geoPlace(name: string, country: string) {
  return ['PLACE', name, country] as const;
}

/** Entities with gazetteer-like geo for the places ("Irlande", "IE"). */
function eventsGeo(text: string, specs: readonly (Spec | ReturnType<typeof geoPlace>)[], dates: DateMention[] = [], language: Language = 'fr') {
  const plain = specs.map((s) => (s[0] === 'PLACE' && s.length === 3 && /^[A-Z]{2}$/.test(s[2]!) ? (['PLACE', s[1]] as Spec) : (s as Spec)));
  const entities = entitiesFor(text, plain).map((e, i) => {
    const s = specs[i]!;
    return s[0] === 'PLACE' && s.length === 3 && /^[A-Z]{2}$/.test(s[2]!) ? { ...e, geo: { lat: 0, lon: 0, country: s[2]! } } : e;
  });
  return extractEvents({ text, language, sentences: splitSentences(text), entities, dates });
}

describe('one host per trip', () => {
  it('keeps the country of a trip and drops the cities visited in it', () => {
    const text =
      'Mission économique en Écosse pour les entreprises bretonnes. Une délégation conduite par la Chambre de commerce de Rennes a effectué une mission économique à Glasgow et à Édimbourg, en Écosse.';
    const [e] = eventsGeo(text, [geoPlace('Écosse', 'GB'), ['ORG', 'Chambre de commerce de Rennes'], geoPlace('Glasgow', 'GB'), geoPlace('Édimbourg', 'GB')]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Chambre de commerce de Rennes', 'Écosse'], place: 'Écosse' });
  });

  it('drops the cities joined to a stop ("in A and B") and keeps a trip to two countries whole', () => {
    const text =
      'A Manitoba trade mission to Vietnam met buyers in Hanoi and Haiphong last week. The province is planning a similar mission to Japan and South Korea in the spring.';
    const out = eventsGeo(text, [geoPlace('Manitoba', 'CA'), geoPlace('Vietnam', 'VN'), geoPlace('Hanoi', 'VN'), geoPlace('Haiphong', 'VN'), geoPlace('Japan', 'JP'), geoPlace('South Korea', 'KR')], [], 'en');
    expect(out[0]).toMatchObject({ type: 'mission', parties: ['Manitoba', 'Vietnam'], place: 'Vietnam' });
    expect(out[1]?.parties).toEqual(expect.arrayContaining(['Japan', 'South Korea']));
  });

  it('does not make a party of a state set off by commas after the travellers’ city, nor of a city passed through', () => {
    const text = 'A delegation from Tulsa, Oklahoma, arrived in Québec today. The delegation travels to Montréal on Friday before flying home via Toronto.';
    const out = eventsGeo(text, [geoPlace('Tulsa', 'US'), geoPlace('Oklahoma', 'US'), geoPlace('Québec', 'CA'), geoPlace('Montréal', 'CA'), geoPlace('Toronto', 'CA')], [], 'en');
    expect(out[0]?.parties).toEqual(['Tulsa', 'Québec']);
    expect(out.flatMap((e) => e.parties)).not.toContain('Toronto');
  });
});

describe('agreement sides', () => {
  it('leaves out a state that only locates a signing body', () => {
    const text = 'The City of Timmins and the City of Mount Isa, Queensland, signed a friendship agreement on May 2.';
    const [e] = eventsGeo(text, [['ORG', 'City of Timmins'], ['ORG', 'City of Mount Isa'], geoPlace('Queensland', 'AU')], [], 'en');
    expect(e?.parties).toEqual(['City of Timmins', 'City of Mount Isa']);
  });

  it('reads "X Consolidated Government" and "X City Council" as the side named X', () => {
    const text =
      'Halifax and Mobile to sign a friendship agreement. At city hall in Halifax, the City of Halifax and the Mobile Consolidated Government will sign a letter of intent.';
    const [e, ...rest] = events(text, [['PLACE', 'Halifax'], ['PLACE', 'Mobile'], ['ORG', 'City of Halifax'], ['ORG', 'Mobile Consolidated Government']], [], 'en');
    expect(rest.filter((x) => x.type === 'agreement')).toHaveLength(0);
    expect(e?.parties).toEqual(['City of Halifax', 'Mobile Consolidated Government']);
  });

  it('takes only the partner coordinated after "with", not a place in the purpose that follows', () => {
    const text = 'On May 6, the Alliance française de Lyon will sign a partnership with the University of Regina to recruit teachers for Saskatchewan schools.';
    const [e] = events(text, [['ORG', 'Alliance française de Lyon'], ['ORG', 'University of Regina'], ['PLACE', 'Saskatchewan']], [], 'en');
    expect(e?.parties).toEqual(['Alliance française de Lyon', 'University of Regina']);
  });

  it('takes no side from a relative clause about a signer', () => {
    const text =
      'The City of Campbellton and the City of Lafayette signed an agreement on May 2. The agreement was signed by Mayor Ann Roy and by Mayor Paul Guidry, who is leading a delegation from the Acadiana region on a visit to New Brunswick.';
    const out = events(
      text,
      [['ORG', 'City of Campbellton'], ['ORG', 'City of Lafayette'], ['PERSON', 'Ann Roy'], ['PERSON', 'Paul Guidry'], ['PLACE', 'Acadiana'], ['PLACE', 'New Brunswick']],
      [],
      'en',
    );
    const agreement = firstOfType(out, 'agreement');
    expect(agreement?.parties).toEqual(['City of Campbellton', 'City of Lafayette']);
    expect(agreement?.signatories).toEqual(['Ann Roy', 'Paul Guidry']);
  });

  it('dates "le même jour" by the event told before, not by a later month in between', () => {
    const text =
      'La Ville de Lyon et la Ville de Québec ont signé le 3 mars une entente. Elle prévoit un salon en octobre 2025. Dans la foulée, deux entreprises ont conclu une convention de partenariat. La convention a été signée le même jour par le président de Optel, M. Jean Roy, et par Anne Blanc, directrice générale de Lumio.';
    const out = events(
      text,
      [['ORG', 'Ville de Lyon'], ['ORG', 'Ville de Québec'], ['ORG', 'Optel'], ['PERSON', 'Jean Roy'], ['PERSON', 'Anne Blanc'], ['ORG', 'Lumio']],
      [dateFor(text, '3 mars', '2025-03-03'), dateFor(text, 'octobre 2025', '2025-10')],
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ parties: ['Optel', 'Lumio'], signatories: ['Jean Roy', 'Anne Blanc'], date: '2025-03-03' });
  });
});

describe('signatories', () => {
  // Who is to sign a planned agreement has signed nothing yet: the newer golds and GOLD_FORMAT ("people who signed") name none.
  it('names nobody as the signatory of a planned charter', () => {
    const text = 'Les deux villes signeront la charte de jumelage le 24 mai. La charte sera paraphée par le bourgmestre de Namur, Paul Roy, et par la mairesse de Gatineau, Mme Anne Blanc.';
    const out = events(text, [['PLACE', 'Namur'], ['PLACE', 'Gatineau'], ['PERSON', 'Paul Roy'], ['PERSON', 'Anne Blanc']], [dateFor(text, '24 mai', '2025-05-24')]);
    expect(out[0]).toMatchObject({ status: 'planned', signatories: [] });
  });

  it('names nobody for "the letter is to be signed by" and "X will sign"', () => {
    const text =
      'Tomorrow the City of Campbellton and the City of Tours will sign a letter of intent. The letter is to be signed by Mayor Ann Roy and Mayor Paul Blanc. Separately, Acadie Nouvelle director Marc Hébert will sign a partnership with the Université de Tours.';
    const out = events(
      text,
      [['ORG', 'City of Campbellton'], ['ORG', 'City of Tours'], ['PERSON', 'Ann Roy'], ['PERSON', 'Paul Blanc'], ['ORG', 'Acadie Nouvelle'], ['PERSON', 'Marc Hébert'], ['ORG', 'Université de Tours']],
      [],
      'en',
    );
    expect(out[0]?.signatories).toEqual([]);
    expect(out[1]?.signatories).toEqual([]);
  });

  it('reads signers introduced by their body and title, and leaves a witness out', () => {
    const text =
      'Invest Alberta and KOTRA signed a memorandum of understanding on June 3. The MOU was signed by Invest Alberta CEO Rick Christiaanse and KOTRA President Yoo Jeong-yeol, with Minister Matt Jones as a witness.';
    const out = events(
      text,
      [['ORG', 'Invest Alberta'], ['ORG', 'KOTRA'], ['PERSON', 'Rick Christiaanse'], ['PERSON', 'Yoo Jeong-yeol'], ['PERSON', 'Matt Jones']],
      [],
      'en',
    );
    expect(out[0]?.signatories).toEqual(['Rick Christiaanse', 'Yoo Jeong-yeol']);
  });

  it('reads a long list of signers with their titles', () => {
    const text =
      'Une convention a été signée entre la Ville de Lyon, la Ville de Sfax, la Région Sud et Business France. Le document a été paraphé par M. Ali Ben, président de la Ville de Sfax, Mme Leïla Amri, directrice générale de la Ville de Lyon, M. Karim Saïd, directeur général de la Région Sud, et Mme Sophie Roux, directrice générale de Business France.';
    const [e] = events(text, [
      ['ORG', 'Ville de Lyon'],
      ['ORG', 'Ville de Sfax'],
      ['ORG', 'Région Sud'],
      ['ORG', 'Business France'],
      ['PERSON', 'Ali Ben'],
      ['PERSON', 'Leïla Amri'],
      ['PERSON', 'Karim Saïd'],
      ['PERSON', 'Sophie Roux'],
    ]);
    expect(e?.signatories).toEqual(['Ali Ben', 'Leïla Amri', 'Karim Saïd', 'Sophie Roux']);
  });
});

describe('event dates', () => {
  it('prefers the finer date of the same month, and a trip’s range over its first day', () => {
    const text =
      'Namur et Gatineau signeront une charte en mai. Les deux villes signeront la charte le 24 mai prochain à Namur. Les démarches ont commencé en octobre 2024, lorsqu’une délégation de Gatineau a séjourné à Namur du 14 au 18 octobre.';
    const out = events(
      text,
      [['PLACE', 'Namur'], ['PLACE', 'Gatineau']],
      [dateFor(text, 'en mai', '2025-05'), dateFor(text, '24 mai', '2025-05-24'), dateFor(text, 'octobre 2024', '2024-10'), dateFor(text, 'du 14 au 18 octobre', '2024-10-14/2024-10-18')],
    );
    expect(firstOfType(out, 'agreement')?.date).toBe('2025-05-24');
    expect(firstOfType(out, 'mission')?.date).toBe('2024-10-14/2024-10-18');
  });

  it('reads a day with no year as a day of the month just named', () => {
    const text = 'Tout a commencé en octobre 2024, lorsqu’une délégation de Gatineau a séjourné à Namur du 14 au 18 octobre.';
    const out = events(text, [['PLACE', 'Namur'], ['PLACE', 'Gatineau']], [dateFor(text, 'octobre 2024', '2024-10'), dateFor(text, 'du 14 au 18 octobre', '2025-10-14/2025-10-18')]);
    expect(firstOfType(out, 'mission')?.date).toBe('2024-10-14/2024-10-18');
  });

  it('dates a plan by the year of its deadline', () => {
    const text = 'La Ville de Namur et la Ville de Gatineau envisagent la signature d’une entente d’ici la fin de 2026.';
    const [e] = events(text, [['ORG', 'Ville de Namur'], ['ORG', 'Ville de Gatineau']], [dateFor(text, '2026', '2026')]);
    expect(e?.date).toBe('2026');
  });

  it('dates "ont signé lundi" by the dateline when the dateline falls on that weekday', () => {
    const signed = 'Metz, le 9 janvier 2023 – La Région Grand Est et la Sarre ont signé lundi une convention. Elle remplace l’accord signé en 2014.';
    const [e] = events(signed, [['PLACE', 'Metz'], ['ORG', 'Région Grand Est'], ['PLACE', 'Sarre']], [dateFor(signed, '9 janvier 2023', '2023-01-09'), dateFor(signed, '2014', '2014')]);
    expect(e?.date).toBe('2023-01-09');
  });

  it('does not date a renewal by the period it covers', () => {
    const text = 'La Commune de Kindia et la Ville de Tours ont renouvelé leur convention de coopération pour la période 2025-2027.';
    const [e] = events(text, [['ORG', 'Commune de Kindia'], ['ORG', 'Ville de Tours']], [dateFor(text, '2025-2027', '2025/2027')]);
    expect(e?.date).toBeUndefined();
  });
});

describe('trips told over several sentences', () => {
  it('takes the leader from "Elle était menée par …" right after the trip', () => {
    const text =
      'Une délégation de la Chambre de commerce de Lévis a effectué une mission économique en Islande. Elle était menée par le président de la Chambre, M. Paul Roy. Le marché islandais est petit.';
    const [e] = events(text, [['ORG', 'Chambre de commerce de Lévis'], ['PLACE', 'Islande'], ['PERSON', 'Paul Roy']]);
    expect(e).toMatchObject({ type: 'mission', signatories: ['Paul Roy'] });
  });

  it('takes the leader from "Elle était placée sous la conduite du président …, X" right after the trip', () => {
    const text =
      'Une délégation de la Chambre de commerce de Kassel a effectué une mission économique à Lecce. Elle était placée sous la conduite du président de la Chambre, M. Jonas Reindl. Le marché est petit.';
    const [e] = events(text, [['ORG', 'Chambre de commerce de Kassel'], ['PLACE', 'Lecce'], ['PERSON', 'Jonas Reindl']]);
    expect(e).toMatchObject({ type: 'mission', signatories: ['Jonas Reindl'] });
  });

  it('takes the leader from "Under the leadership of Mayor X, it …" right after the trip', () => {
    const text = 'A delegation from the Kassel Chamber of Commerce made a trade mission to Lecce. Under the leadership of Mayor Jonas Reindl, it met port officials.';
    const [e] = events(text, [['ORG', 'Kassel Chamber of Commerce'], ['PLACE', 'Lecce'], ['PERSON', 'Jonas Reindl']], [], 'en');
    expect(e).toMatchObject({ type: 'mission', signatories: ['Jonas Reindl'] });
  });

  it('leaves alone "Sous la conduite de X, le port a grandi" two sentences on, once a leader is named', () => {
    const text =
      'Une délégation de la Chambre de commerce de Kassel, menée par M. Paul Verhagen, a effectué une mission économique à Lecce. Sous la conduite de M. Jonas Reindl, le port de Lecce a doublé son trafic.';
    const [e] = events(text, [['ORG', 'Chambre de commerce de Kassel'], ['PLACE', 'Lecce'], ['PERSON', 'Paul Verhagen'], ['PERSON', 'Jonas Reindl']]);
    expect(e).toMatchObject({ type: 'mission', signatories: ['Paul Verhagen'] });
  });

  it('reads the adjective of a delegation that "est attendue" as the travelling side', () => {
    const text = 'Une délégation mexicaine est attendue en Estrie au printemps. Le Mexique est un partenaire de longue date.';
    const [e] = events(text, [['PLACE', 'Mexique'], ['PLACE', 'Estrie']]);
    expect(e?.parties).toEqual(['Mexique', 'Estrie']);
  });
});

describe('the travellers’ seat', () => {
  it('does not make a host of the region that locates the travelling body', () => {
    const text = 'Une délégation de la Ville de Sherbrooke, au Québec, s’est rendue à Besançon et à Dijon, en France, du 4 au 8 juin.';
    const [e] = eventsGeo(text, [['ORG', 'Ville de Sherbrooke'], geoPlace('Québec', 'CA'), geoPlace('Besançon', 'FR'), geoPlace('Dijon', 'FR'), geoPlace('France', 'FR')]);
    expect(e).toMatchObject({ type: 'mission', parties: ['Ville de Sherbrooke', 'France'], place: 'France' });
  });
});

describe('people present at a signing', () => {
  it('does not make a signatory of who attended the signing', () => {
    const text = 'Le consul général de France à Québec, M. Paul Durand, a assisté à la signature de l’entente entre la Ville de Lévis et la Ville de Rennes.';
    const [e] = events(text, [['PLACE', 'France'], ['PLACE', 'Québec'], ['PERSON', 'Paul Durand'], ['ORG', 'Ville de Lévis'], ['ORG', 'Ville de Rennes']]);
    expect(e?.signatories).toEqual([]);
  });

  it('reads a signer after a body, a committee and a title', () => {
    const text = 'Ottawa and Hanoi signed an agreement on May 3. The agreement was signed by Mayor Mark Sutcliffe and Hanoi People’s Committee Chairman Tran Sy Thanh.';
    const [e] = events(text, [['PLACE', 'Ottawa'], ['PLACE', 'Hanoi'], ['PERSON', 'Mark Sutcliffe'], ['PERSON', 'Tran Sy Thanh']], [], 'en');
    expect(e?.signatories).toEqual(['Mark Sutcliffe', 'Tran Sy Thanh']);
  });
});

describe('a pair named in the agreement’s purpose', () => {
  it('does not make a second agreement of "en vue d’une liaison entre X et Y"', () => {
    const text =
      'La signature d’une lettre d’intention entre le Port de Brest et le Port de Vigo en vue de l’ouverture d’une liaison régulière entre la Bretagne et la Galice a eu lieu le 3 mai.';
    const out = events(text, [['ORG', 'Port de Brest'], ['ORG', 'Port de Vigo'], ['PLACE', 'Bretagne'], ['PLACE', 'Galice']]);
    expect(out.filter((e) => e.type === 'agreement').map((e) => e.parties)).toEqual([['Port de Brest', 'Port de Vigo']]);
  });
});

describe('territories beside two signing bodies', () => {
  it('drops the regions that only locate two signing towns', () => {
    const text =
      "La Ville de Rimouski et la Ville de Lorient ont renouvelé leur jumelage. Les deux maires ont signé la charte en marge du Salon de la mer, qui célèbre les liens entre le Bas-Saint-Laurent et la Bretagne.";
    const [e] = events(text, [['ORG', 'Ville de Rimouski'], ['PLACE', 'Bas-Saint-Laurent'], ['ORG', 'Ville de Lorient'], ['PLACE', 'Bretagne']]);
    expect(e?.parties).toEqual(['Ville de Rimouski', 'Ville de Lorient']);
  });

  it('keeps a territory that is the other side of one body', () => {
    const text = 'La Région Bretagne et le Québec ont signé une entente de coopération.';
    const [e] = events(text, [['ORG', 'Région Bretagne'], ['PLACE', 'Québec']]);
    expect(e?.parties).toEqual(['Région Bretagne', 'Québec']);
  });
});

describe('the place of a trip', () => {
  it('is its host territory when the text gives no other', () => {
    const text = 'La Chambre de commerce de Lévis mènera une mission commerciale dans le nord de la Bavière, à Nuremberg, Bamberg et Bayreuth, du 3 au 6 juin.';
    const [e] = events(text, [['ORG', 'Chambre de commerce de Lévis'], ['PLACE', 'Bavière'], ['PLACE', 'Nuremberg'], ['PLACE', 'Bamberg'], ['PLACE', 'Bayreuth']]);
    expect(e).toMatchObject({ type: 'mission', place: 'Bavière' });
  });
});
