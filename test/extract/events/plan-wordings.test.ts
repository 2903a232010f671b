import { describe, expect, it } from 'vitest';
import { detectStatus, hasSigningCue } from '../../../src/extract/events/detect-status.js';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { dateFor, eventsFor } from './entities-for.js';

const agreements = (out: ReturnType<typeof eventsFor>) => out.filter((e) => e.type === 'agreement');

describe('an intention with a pronoun or an adverb before the signing verb', () => {
  it.each([
    "Les deux chambres comptent y signer un protocole d'échanges commerciaux.",
    'La charte doit y être signée en août.',
    'Les deux villes comptent alors signer une convention de stages.',
  ])('is planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));

  it('leaves a signing done there signed', () => {
    expect(detectStatus('Les deux maires y ont signé la charte de jumelage.')).toBe('signed');
  });

  it('starts a planned agreement: "A et B comptent y signer un protocole"', () => {
    const text = "La Chambre de commerce de Dorvane et la Chambre de commerce d'Ostrelle comptent y signer un protocole d'échanges commerciaux.";
    const out = agreements(eventsFor(text, [['ORG', 'Chambre de commerce de Dorvane'], ['ORG', "Chambre de commerce d'Ostrelle"]]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Chambre de commerce de Dorvane', "Chambre de commerce d'Ostrelle"] });
  });
});

describe('"could" tells an agreement still to come', () => {
  const specs = [['PLACE', 'Dorvane'], ['PLACE', 'Ostrelle']] as const;

  it('is planned: "A twinning agreement between A and B could follow in 2028"', () => {
    const text = 'A twinning agreement between Dorvane and Ostrelle could follow in 2028.';
    const out = agreements(eventsFor(text, specs, [dateFor(text, '2028', '2028')], 'en'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Dorvane', 'Ostrelle'], date: '2028' });
  });

  it('leaves signed an agreement that could bring something', () => {
    const text = 'Dorvane signed an agreement with Ostrelle that could bring new jobs.';
    expect(agreements(eventsFor(text, specs, [], 'en')).map((e) => e.status)).toEqual(['signed']);
  });
});

describe('a planning verb before the partners it names with "avec"', () => {
  const specs = [['ORG', 'Ville de Dorvane'], ['ORG', "Commune d'Ostrelle"]] as const;

  it('is a plan: "Le comité prépare avec A (AA) et B une convention"', () => {
    const text = "Le comité prépare avec la Ville de Dorvane (VDD) et la Commune d'Ostrelle une convention de coopération sur l'apprentissage.";
    const out = agreements(eventsFor(text, specs));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Ville de Dorvane', "Commune d'Ostrelle"] });
  });

  it('reads no plan when the partners are not those of the verb', () => {
    const text = "Le comité prépare le salon où la Ville de Dorvane et la Commune d'Ostrelle présentent une convention de coopération.";
    expect(agreements(eventsFor(text, specs))).toEqual([]);
  });
});

describe('a plan dated after a signing', () => {
  const specs = [['PLACE', 'Dorvane'], ['PLACE', 'Ostrelle']] as const;
  const signed = "Dorvane et Ostrelle ont signé le 9 novembre 2026 un protocole d'entente touristique. ";

  it('is another agreement when newly named', () => {
    const text = signed + "Un projet d'entente de jumelage entre Dorvane et Ostrelle devrait être signé le 1er juillet 2027.";
    const dates = [dateFor(text, '9 novembre 2026', '2026-11-09'), dateFor(text, '1er juillet 2027', '2027-07-01')];
    const out = agreements(eventsFor(text, specs, dates));
    expect(out.map((e) => [e.status, e.date])).toEqual([
      ['signed', '2026-11-09'],
      ['planned', '2027-07-01'],
    ]);
  });

  it('stays the signed one when its own noun names it again', () => {
    const text = signed + 'Le protocole sera présenté aux deux conseils le 1er juillet 2027.';
    const dates = [dateFor(text, '9 novembre 2026', '2026-11-09'), dateFor(text, '1er juillet 2027', '2027-07-01')];
    expect(agreements(eventsFor(text, specs, dates)).map((e) => e.status)).toEqual(['signed']);
  });
});

describe('signing told by another phrase', () => {
  it.each([
    'The two mayors put their names to a friendship agreement on Monday.',
    'Dorvane et Ostrelle sont désormais liées par un accord de coopération.',
    'The two ports are now bound by a cooperation agreement.',
  ])('has a signing cue: %s', (clause) => expect(hasSigningCue(clause)).toBe(true));

  it('starts a signed agreement: "A et B sont désormais liées par un accord"', () => {
    const text = 'La ville de Dorvane et la commune d’Ostrelle sont désormais liées par un accord de coopération.';
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
    expect(trips("Elle avait organisé un premier voyage d'études à Ostrelle en 2024.")).toEqual(["voyage d'études"]);
    expect(trips('The council led a study tour of Ostrelle in 2019.')).toEqual(['study tour']);
    expect(trips('Il raconte son voyage en train et ses études à Ostrelle.')).toEqual([]);
  });
});

describe('a delegation newly named after one referred back to, in one sentence', () => {
  const missions = (out: ReturnType<typeof eventsFor>) => out.filter((e) => e.type === 'mission');
  const specs = [['PLACE', 'Dorvane'], ['PLACE', 'Ostrelle'], ['PERSON', 'Ada Pelling']] as const;
  const first = 'A delegation from Ostrelle visited Dorvane from May 3 to 6. ';

  it('is another trip: "who met the delegation …, plans to lead a Dorvane delegation to Ostrelle"', () => {
    const text = first + 'Mayor Ada Pelling, who met the delegation on Monday, plans to lead a Dorvane delegation to Ostrelle next spring.';
    expect(missions(eventsFor(text, specs, [], 'en'))).toHaveLength(2);
  });

  it('stays one trip when "a visit" tells what the delegation made', () => {
    const text = first + 'Mayor Ada Pelling, who met the delegation on Monday, said the group paid a visit to the harbour.';
    expect(missions(eventsFor(text, specs, [], 'en'))).toHaveLength(1);
  });
});

describe('a trip called off', () => {
  const missions = (out: ReturnType<typeof eventsFor>) => out.filter((e) => e.type === 'mission');
  const specs = [['PLACE', 'Ostrelle']] as const;

  it.each([
    'Une visite à Ostrelle, envisagée pendant la mission, a été reportée faute de temps.',
    'A visit to Ostrelle was cancelled because of the storm.',
  ])('is no trip: %s', (text) => expect(missions(eventsFor(text, specs, [], text.startsWith('A') ? 'en' : 'fr'))).toEqual([]));

  it('stays a trip when put off to a new time', () => {
    const text = 'A visit to Ostrelle was postponed to October.';
    expect(missions(eventsFor(text, specs, [], 'en'))).toHaveLength(1);
  });
});

describe('agreements of a sort, and matchmaking between firms', () => {
  const specs = [['ORG', 'Ville de Dorvane'], ['PLACE', 'Ostrelle']] as const;

  it.each([
    "C'est la première fois que la Ville de Dorvane signe une entente de ce type avec Ostrelle.",
    'It is the first time the Ville de Dorvane has signed this kind of agreement with Ostrelle.',
  ])('is no agreement: %s', (text) => expect(agreements(eventsFor(text, specs, [], text.startsWith('It') ? 'en' : 'fr'))).toEqual([]));

  it('keeps an agreement whose kind is told: "une entente de type culturel"', () => {
    const text = 'La Ville de Dorvane a signé une entente de type culturel avec Ostrelle.';
    expect(agreements(eventsFor(text, specs))).toHaveLength(1);
  });

  it('reads no twinning in "un jumelage d\'entreprises"', () => {
    const text = "La Ville de Dorvane et Ostrelle préparent un jumelage d'entreprises pour leurs artisans.";
    expect(agreements(eventsFor(text, specs))).toEqual([]);
  });
});

describe('leading a delegation "there"', () => {
  const missions = (out: ReturnType<typeof eventsFor>) => out.filter((e) => e.type === 'mission');

  it('is a trip: "Le président de la Chambre de Dorvane y conduira une délégation"', () => {
    const text = "Le salon aura lieu à Ostrelle en 2027. La Chambre de Dorvane y conduira une délégation d'artisans.";
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
    const text = signed + 'Le Fonds Vellard a apporté son soutien au renouvellement, sans être partie à la convention.';
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
