import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { agreements, agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('a release listing several signings', () => {
  it('makes each bulleted item after "The following were signed" an agreement', () => {
    const text = [
      'Ministers closed the Baltic–Iberian Forum in Tartu on Friday.',
      '',
      'The following were signed at the forum:',
      '',
      '- a letter of intent between Tartu Science Park and Coimbra Innovation Hub on start-up exchanges;',
      '- a supply agreement between Nordvind Turbines Ltd, of Pärnu, and Atlantico Energia SA.',
    ].join('\n');
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Tartu'], ['ORG', 'Tartu Science Park'], ['ORG', 'Coimbra Innovation Hub'], ['ORG', 'Nordvind Turbines Ltd'], ['PLACE', 'Pärnu'], ['ORG', 'Atlantico Energia SA']],
        [],
        'en',
      ),
    );
    expect(out.map((e) => e.parties)).toEqual([
      ['Tartu Science Park', 'Coimbra Innovation Hub'],
      ['Nordvind Turbines Ltd', 'Atlantico Energia SA'],
    ]);
    expect(out.every((e) => e.status === 'signed')).toBe(true);
  });

  it('reads the items of one sentence after "… were signed:"', () => {
    const text =
      'Two texts were signed in Bergen: an MoU between the Port of Bergen and the Port of Gdynia on shore power; a letter of intent between Bergen Chamber and Gdynia Chamber.';
    const out = agreements(
      eventsFor(text, [['PLACE', 'Bergen'], ['ORG', 'Port of Bergen'], ['ORG', 'Port of Gdynia'], ['ORG', 'Bergen Chamber'], ['ORG', 'Gdynia Chamber']], [], 'en'),
    );
    expect(out.map((e) => e.parties)).toEqual([
      ['Port of Bergen', 'Port of Gdynia'],
      ['Bergen Chamber', 'Gdynia Chamber'],
    ]);
  });

  it('makes each numbered item after "par la signature de deux textes" a signed agreement, whatever its content says', () => {
    const text = [
      "Le forum s'est clos à Lille par la signature de deux textes.",
      '',
      "1. Une convention de recherche entre l'Université de Lille et l'Université de Liège.",
      '',
      "2. Une lettre d'intention entre l'agence Nord Tech et Wallonie Export, qui prévoit l'accueil de jeunes pousses.",
    ].join('\n');
    const out = agreements(
      eventsFor(text, [['PLACE', 'Lille'], ['ORG', "Université de Lille"], ['ORG', "Université de Liège"], ['ORG', 'Nord Tech'], ['ORG', 'Wallonie Export']]),
    );
    expect(out).toHaveLength(2);
    expect(out.map((e) => e.status)).toEqual(['signed', 'signed']);
  });

  it('reads "Le premier, un protocole d’accord, lie A à B. Il a été signé par …"', () => {
    const text = [
      'Deux textes ont été paraphés lundi à Tartu.',
      '',
      "Le premier, un protocole d'accord, lie la Chambre de Tartu au Port de Klaipėda. Il a été signé par le président de la chambre.",
    ].join('\n');
    const out = agreementsFor(text, [['PLACE', 'Tartu'], ['ORG', 'Chambre de Tartu'], ['ORG', 'Port de Klaipėda']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'signed', parties: ['Chambre de Tartu', 'Port de Klaipėda'] });
  });

  it('keeps an agreement with no signing told next to it out', () => {
    const text = "Le protocole d'accord entre la Chambre de Tartu et le Port de Klaipėda est évoqué depuis des années. Il reste à écrire.";
    expect(agreementsFor(text, [['ORG', 'Chambre de Tartu'], ['ORG', 'Port de Klaipėda']])).toHaveLength(0);
  });

  it('does not make the count of the listed texts an agreement of its own', () => {
    const text = [
      'Two of Lviv’s universities yesterday signed agreements with partners from Scotland.',
      'Lviv Polytechnic and the University of Dundee signed a memorandum of understanding on robotics.',
      'Ivan Franko University and the University of Strathbeg signed an exchange agreement.',
    ].join('\n');
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Lviv'], ['PLACE', 'Scotland'], ['ORG', 'Lviv Polytechnic'], ['ORG', 'University of Dundee'], ['ORG', 'Ivan Franko University'], ['ORG', 'University of Strathbeg']],
        [],
        'en',
      ),
    );
    expect(out.map((e) => e.parties)).toEqual([
      ['Lviv Polytechnic', 'University of Dundee'],
      ['Ivan Franko University', 'University of Strathbeg'],
    ]);
  });
});

describe('renewals told next to the text they renew', () => {
  it('keeps "… ont renouvelé leur protocole" of two other bodies apart from the item before it', () => {
    const text = [
      'Deux ententes ont été signées lors de la même cérémonie :',
      "• l'Université de Tartu et l'Université de Coimbra ont signé un accord-cadre de coopération;",
      '• la Chambre de Tartu et la Chambre de Coimbra ont renouvelé leur protocole de collaboration.',
    ].join('\n');
    const out = agreements(
      eventsFor(text, [['ORG', 'Université de Tartu'], ['ORG', 'Université de Coimbra'], ['ORG', 'Chambre de Tartu'], ['ORG', 'Chambre de Coimbra']]),
    );
    expect(out.map((e) => e.parties)).toEqual([
      ['Université de Tartu', 'Université de Coimbra'],
      ['Chambre de Tartu', 'Chambre de Coimbra'],
    ]);
  });

  it('makes a dated renewal of a charter told earlier a signing of its own', () => {
    const text =
      'Le 3 mai 1990, les maires de Bergen et de Coimbra signent la charte de jumelage entre Bergen et Coimbra. En 2010, les deux villes renouvellent la charte à Coimbra.';
    const out = agreements(
      eventsFor(text, [['PLACE', 'Bergen'], ['PLACE', 'Coimbra']], [dateFor(text, '3 mai 1990', '1990-05-03'), dateFor(text, '2010', '2010')]),
    );
    expect(out).toHaveLength(2);
    expect(out.map((e) => e.date)).toEqual(['1990-05-03', '2010']);
    expect(out[1]?.parties).toEqual(['Bergen', 'Coimbra']);
  });

  it('finds "The original letter was signed in …" beside "renewed their 2019 letter of cooperation"', () => {
    const text =
      'The Port of Tallinn and the Port of Gdańsk renewed their 2019 letter of cooperation on Monday. The original letter was signed in Gdynia in April 2019.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Port of Tallinn'], ['ORG', 'Port of Gdańsk'], ['PLACE', 'Gdynia']],
        [dateFor(text, '2019', '2019'), dateFor(text, 'April 2019', '2019-04')],
        'en',
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ date: '2019-04', place: 'Gdynia', parties: ['Port of Tallinn', 'Port of Gdańsk'] });
  });

  it('reads "ont reconduit leur convention" as a signing', () => {
    const text = "L'Université de Tartu et l'Université de Coimbra ont reconduit pour cinq ans leur convention de coopération.";
    const [e] = agreementsFor(text, [['ORG', 'Université de Tartu'], ['ORG', 'Université de Coimbra']]);
    expect(e).toMatchObject({ status: 'signed', parties: ['Université de Tartu', 'Université de Coimbra'] });
  });
});

describe('agreement nouns of varied shapes', () => {
  it('reads "une déclaration de coopération signée à …"', () => {
    const text = 'La Bretagne et la Galice sont liées par une déclaration de coopération signée à Vigo en mai 2019.';
    const [e] = agreementsFor(text, [['PLACE', 'Bretagne'], ['PLACE', 'Galice'], ['PLACE', 'Vigo']], [dateFor(text, 'mai 2019', '2019-05')]);
    expect(e).toMatchObject({ kind: 'déclaration de coopération', parties: ['Bretagne', 'Galice'], date: '2019-05' });
  });

  it('reads "a letter of cooperation"', () => {
    const text = 'The Port of Tallinn and the Port of Gdańsk signed a letter of cooperation on Monday.';
    const [e] = agreementsFor(text, [['ORG', 'Port of Tallinn'], ['ORG', 'Port of Gdańsk']], [], 'en');
    expect(e?.kind).toBe('letter of cooperation');
  });

  it('reads "un avenant à la charte devrait être signé" as a planned agreement', () => {
    const text = 'Bergen et Coimbra sont jumelées. Un avenant à la charte entre Bergen et Coimbra devrait être signé au printemps 2027.';
    const out = agreementsFor(text, [['PLACE', 'Bergen'], ['PLACE', 'Coimbra']], [dateFor(text, 'printemps 2027', '2027')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', kind: 'avenant à la charte', date: '2027' });
  });
});

describe('traps beside listed signings', () => {
  it('makes no agreement of "without signing a single memorandum"', () => {
    const text = 'A business delegation from Ghent wrapped up a visit to Lagos on Friday without signing a single memorandum with Lagos.';
    expect(agreementsFor(text, [['PLACE', 'Ghent'], ['PLACE', 'Lagos']], [], 'en')).toHaveLength(0);
  });

  it('reads "l’accord de <body>" as the body’s consent, not an agreement', () => {
    const text = "Il faut aussi l'accord de Wallonie Culture, qui finance une partie des projets.";
    expect(findTriggers(text, { start: 0, end: text.length }).filter((t) => t.type === 'agreement')).toHaveLength(0);
    const kind = "Ils ont signé l'accord de coopération.";
    expect(findTriggers(kind, { start: 0, end: kind.length }).filter((t) => t.type === 'agreement')).toHaveLength(1);
  });
});

describe('an earlier agreement told with its own time', () => {
  it('keeps "had started with a link agreement signed in … in 2014" apart from the agreement named before', () => {
    const text =
      'Tartu University and the University of Dundee signed an exchange agreement on robotics. Their cooperation had started with a link agreement signed in Dundee in 2014.';
    const out = agreements(
      eventsFor(text, [['ORG', 'Tartu University'], ['ORG', 'University of Dundee'], ['PLACE', 'Dundee']], [dateFor(text, '2014', '2014')], 'en'),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ date: '2014', place: 'Dundee' });
  });
});
