import { describe, expect, it } from 'vitest';
import { detectStatus, hasSigningCue } from '../../../src/extract/events/detect-status.js';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { agreements, dateFor, eventsFor, missions } from './entities-for.js';

describe('an intention with a pronoun or an adverb before the signing verb', () => {
  it.each([
    'Les deux écoles souhaitent y signer une convention de stages.',
    'La charte doit y être signée en août.',
    'Les deux clubs veulent ensuite signer une charte sportive.',
  ])('is planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));

  it('leaves a signing done there signed', () => {
    expect(detectStatus('Les deux maires y ont signé la charte de jumelage.')).toBe('signed');
  });

  it('starts a planned agreement: "A et B entendent y signer une entente"', () => {
    const text = "La Chambre de commerce de Dorvane et la Chambre de commerce d'Ostrelle entendent y signer une entente sur les foires.";
    const out = agreements(eventsFor(text, [['ORG', 'Chambre de commerce de Dorvane'], ['ORG', "Chambre de commerce d'Ostrelle"]]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Chambre de commerce de Dorvane', "Chambre de commerce d'Ostrelle"] });
  });
});

describe('"could" tells an agreement still to come', () => {
  const specs = [['PLACE', 'Dorvane'], ['PLACE', 'Ostrelle']] as const;

  it('is planned: "A friendship charter between A and B could be ready in 2028"', () => {
    const text = 'A friendship charter between Dorvane and Ostrelle could be ready in 2028.';
    const out = agreements(eventsFor(text, specs, [dateFor(text, '2028', '2028')], 'en'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Dorvane', 'Ostrelle'], date: '2028' });
  });

  it('leaves signed an agreement that could bring something', () => {
    const text = 'Dorvane signed an agreement with Ostrelle that could bring new jobs.';
    expect(agreements(eventsFor(text, specs, [], 'en')).map((e) => e.status)).toEqual(['signed']);
  });

  it('reads nothing planned in "could" that is not about the agreement coming to be', () => {
    expect(detectStatus('The sister-city agreement between the two towns could boost tourism.')).not.toBe('planned');
    expect(detectStatus('A wider protocol could soon be ready for the two towns.')).toBe('planned');
  });
});

describe('a planning verb before the partners it names with "avec"', () => {
  const specs = [['ORG', 'Ville de Dorvane'], ['ORG', "Commune d'Ostrelle"]] as const;

  it('is a plan: "L’office négocie avec A (AA) et B un accord"', () => {
    const text = "L'office négocie avec la Ville de Dorvane (VDD) et la Commune d'Ostrelle un accord sur les stages.";
    const out = agreements(eventsFor(text, specs));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Ville de Dorvane', "Commune d'Ostrelle"] });
  });

  it("is a plan when the second partner takes an elided article: \"avec A et l'Office B un accord\"", () => {
    const text = "La chambre négocie avec la Ville de Dorvane et l'Office d'Ostrelle un accord sur les stages.";
    const out = agreements(eventsFor(text, [['ORG', 'Ville de Dorvane'], ['ORG', "Office d'Ostrelle"]]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Ville de Dorvane', "Office d'Ostrelle"] });
  });

  it('reads no plan when the partners are not those of the verb', () => {
    const text = "Le comité prépare le salon où la Ville de Dorvane et la Commune d'Ostrelle présentent une convention de coopération.";
    expect(agreements(eventsFor(text, specs))).toEqual([]);
  });
});

describe('a plan dated after a signing', () => {
  const specs = [['PLACE', 'Dorvane'], ['PLACE', 'Ostrelle']] as const;
  const signed = 'Dorvane et Ostrelle ont signé le 3 mars 2025 un protocole culturel. ';

  it('is another agreement when newly named', () => {
    const text = signed + 'Un projet d’entente d’amitié entre Dorvane et Ostrelle devrait être paraphé le 14 mai 2026.';
    const dates = [dateFor(text, '3 mars 2025', '2025-03-03'), dateFor(text, '14 mai 2026', '2026-05-14')];
    const out = agreements(eventsFor(text, specs, dates));
    expect(out.map((e) => [e.status, e.date])).toEqual([
      ['signed', '2025-03-03'],
      ['planned', '2026-05-14'],
    ]);
  });

  it('stays the signed one when its own noun names it again', () => {
    const text = signed + 'Le protocole sera présenté aux deux conseils le 14 mai 2026.';
    const dates = [dateFor(text, '3 mars 2025', '2025-03-03'), dateFor(text, '14 mai 2026', '2026-05-14')];
    expect(agreements(eventsFor(text, specs, dates)).map((e) => e.status)).toEqual(['signed']);
  });
});

describe('signing told by another phrase', () => {
  it.each([
    'Both chairs put their names to the charter on Friday.',
    'Les deux écoles sont désormais liées par une convention de stages.',
    'The two ports are now bound by a pilotage protocol.',
  ])('has a signing cue: %s', (clause) => expect(hasSigningCue(clause)).toBe(true));

  it('starts a signed agreement: "A et B sont désormais liées par un accord"', () => {
    const text = 'La ville de Dorvane et la commune d’Ostrelle sont désormais liées par une convention culturelle.';
    const out = agreements(eventsFor(text, [['PLACE', 'Dorvane'], ['ORG', 'commune d’Ostrelle']]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'signed', parties: ['Dorvane', 'commune d’Ostrelle'] });
  });

  it('reads no agreement in "liées par" a river, with no "désormais"', () => {
    const text = 'La ville de Dorvane et la commune d’Ostrelle, liées par la même rivière, parlent souvent de coopération et d’accord.';
    expect(agreements(eventsFor(text, [['PLACE', 'Dorvane'], ['ORG', 'commune d’Ostrelle']]))).toEqual([]);
  });
});

describe('a study trip named by its noun', () => {
  it('is a mission: "voyage d\'études", "study tour"', () => {
    const trips = (text: string) => findTriggers(text, { start: 0, end: text.length }).filter((t) => t.type === 'mission').map((t) => t.kind);
    expect(trips("Le club prépare un voyage d'études à Ostrelle pour ses entraîneurs.")).toEqual(["voyage d'études"]);
    expect(trips('The council led a study tour of Ostrelle in 2019.')).toEqual(['study tour']);
    expect(trips('Il raconte son voyage en train et ses études à Ostrelle.')).toEqual([]);
  });
});

describe('a delegation newly named after one referred back to, in one sentence', () => {
  const specs = [['PLACE', 'Dorvane'], ['PLACE', 'Ostrelle'], ['PERSON', 'Ada Quorrin']] as const;
  const first = 'A delegation from Ostrelle visited Dorvane from May 3 to 6. ';

  it('is another trip: "who greeted the delegation …, will take a Dorvane delegation to Ostrelle"', () => {
    const text = first + 'Reeve Ada Quorrin, who greeted the delegation at the airport, will take a Dorvane delegation to Ostrelle in May.';
    expect(missions(eventsFor(text, specs, [], 'en'))).toHaveLength(2);
  });

  it('stays one trip when "a visit" tells what the delegation made', () => {
    const text = first + 'Reeve Ada Quorrin, who greeted the delegation at the airport, said the group paid a visit to the harbour.';
    expect(missions(eventsFor(text, specs, [], 'en'))).toHaveLength(1);
  });
});

describe('a trip called off', () => {
  const specs = [['PLACE', 'Ostrelle']] as const;

  it.each([
    'Un séjour à Ostrelle, prévu en juin, a été reporté sans date.',
    'A visit to Ostrelle was called off after the floods.',
  ])('is no trip: %s', (text) => expect(missions(eventsFor(text, specs, [], text.startsWith('A') ? 'en' : 'fr'))).toEqual([]));

  it('stays a trip when put off to a new time', () => {
    const text = 'A visit to Ostrelle was postponed to October.';
    expect(missions(eventsFor(text, specs, [], 'en'))).toHaveLength(1);
  });

  it.each([
    "Une visite à Ostrelle, prévue en juin, a été reportée à l'automne.",
    "La mission à Ostrelle a été reportée jusqu'à la fin des travaux.",
  ])('stays a trip when put off to a new time: %s', (text) => expect(missions(eventsFor(text, specs))).toHaveLength(1));
});

describe('agreements of a sort, and matchmaking between firms', () => {
  const specs = [['ORG', 'Ville de Dorvane'], ['PLACE', 'Ostrelle']] as const;

  it.each([
    'La Ville de Dorvane signe volontiers un protocole de ce genre avec des villes comme Ostrelle.',
    'The Ville de Dorvane gladly signs this sort of memorandum with towns like Ostrelle.',
  ])('is no agreement: %s', (text) => expect(agreements(eventsFor(text, specs, [], text.startsWith('The') ? 'en' : 'fr'))).toEqual([]));

  it('keeps an agreement whose kind is told: "une entente de type culturel"', () => {
    const text = 'La Ville de Dorvane a signé une entente de type culturel avec Ostrelle.';
    expect(agreements(eventsFor(text, specs))).toHaveLength(1);
  });

  it('reads no twinning in "un jumelage d\'affaires"', () => {
    const text = "La Ville de Dorvane et Ostrelle préparent un jumelage d'affaires pour leurs artisans.";
    expect(agreements(eventsFor(text, specs))).toEqual([]);
  });
});

describe('leading a delegation "there"', () => {
  it('is a trip: "La Chambre de Dorvane y mènera une délégation"', () => {
    const text = "Le salon aura lieu à Ostrelle en 2027. La Chambre de Dorvane y mènera une délégation d'artisans.";
    const out = missions(eventsFor(text, [['PLACE', 'Ostrelle'], ['ORG', 'Chambre de Dorvane']]));
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toContain('Chambre de Dorvane');
  });

  it('reads no trip in "y conduira les débats"', () => {
    const text = "Le salon aura lieu à Ostrelle en 2027. La Chambre de Dorvane y conduira les débats sur une délégation de compétences.";
    expect(missions(eventsFor(text, [['PLACE', 'Ostrelle'], ['ORG', 'Chambre de Dorvane']]))).toEqual([]);
  });
});

describe('a body that helped "sans être partie" to the agreement', () => {
  const specs = [['ORG', 'Ville de Dorvane'], ['ORG', 'Mairie d’Ostrelle'], ['ORG', 'Fonds Vellard']] as const;
  const signed = 'La Ville de Dorvane et la Mairie d’Ostrelle ont renouvelé leur convention de coopération. ';

  it('adds no agreement of its own', () => {
    const text = signed + 'Le Fonds Vellard a financé les frais de voyage, sans être partie à la convention.';
    const out = agreements(eventsFor(text, specs));
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['Ville de Dorvane', 'Mairie d’Ostrelle']);
  });

  it('keeps the agreement a body signs "sans être partie prenante" of something else', () => {
    const text = 'Le Fonds Vellard, sans être partie prenante du jumelage, a signé une convention avec la Ville de Dorvane.';
    const out = agreements(eventsFor(text, [['ORG', 'Fonds Vellard'], ['ORG', 'Ville de Dorvane']]));
    expect(out).toHaveLength(1);
  });

  it('reads "without being a party to the agreement" alike', () => {
    const text = 'Dorvane Council and Ostrelle Council renewed their cooperation agreement. The Vellard Fund supported the renewal without being a party to the agreement.';
    const out = agreements(eventsFor(text, [['ORG', 'Dorvane Council'], ['ORG', 'Ostrelle Council'], ['ORG', 'Vellard Fund']], [], 'en'));
    expect(out.map((e) => e.parties)).toEqual([['Dorvane Council', 'Ostrelle Council']]);
  });
});
