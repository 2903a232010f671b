import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('agreement nouns', () => {
  it('reads a bare "protocole" named with a plan', () => {
    const text = "L'Université Laval et l'Université de Liège ont signé un accord de coopération. Les deux universités envisagent de conclure un protocole d'échange doctoral.";
    const out = eventsFor(text, [['ORG', 'Université Laval'], ['ORG', 'Université de Liège']]);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ status: 'planned', parties: ['Université Laval', 'Université de Liège'] });
  });

  it('reads a "contrat de coentreprise" being negotiated by the two companies named before', () => {
    const text =
      'Bois Nordik inc. et Sylva Group ont signé une lettre d’intention le 4 mai. Les deux sociétés ont entamé des négociations en vue de la signature d’un contrat de coentreprise.';
    const out = eventsFor(text, [['ORG', 'Bois Nordik inc.'], ['ORG', 'Sylva Group']], [dateFor(text, '4 mai', '--05-04')]);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ status: 'planned', kind: expect.stringContaining('contrat de coentreprise'), parties: ['Bois Nordik inc.', 'Sylva Group'] });
  });
});

describe('an agreement approved by a council', () => {
  it('reads "a approuvé une convention avec" as the agreement, its signers in the next sentence', () => {
    const text =
      'Le conseil de la Ville de Joliette a approuvé mardi une convention de coopération avec la Commune de Kolda. Le document a été signé le jour même par Anne Giroux et Moussa Ba.';
    const out = eventsFor(text, [['ORG', 'Ville de Joliette'], ['ORG', 'Commune de Kolda'], ['PERSON', 'Anne Giroux'], ['PERSON', 'Moussa Ba']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'agreement', status: 'signed', parties: ['Ville de Joliette', 'Commune de Kolda'], signatories: ['Anne Giroux', 'Moussa Ba'] });
  });

  it('reads an approval "in principle" as planned', () => {
    const text = 'The Dieppe Town Council approved in principle a twinning agreement with the City of Saintes.';
    const [e] = eventsFor(text, [['ORG', 'Dieppe Town Council'], ['ORG', 'City of Saintes']], [], 'en');
    expect(e).toMatchObject({ type: 'agreement', status: 'planned' });
  });
});

describe('pairs and titles as sides', () => {
  it('takes "the two governments" from the latest agreement, not from a trip told since', () => {
    const text =
      'Alberta and Montana renewed their memorandum of understanding. A delegation of Montana firms, including Big Sky Grain Ltd, visited Calgary. The two governments also agreed to prepare a letter of intent on wildfires.';
    const out = eventsFor(text, [['PLACE', 'Alberta'], ['PLACE', 'Montana'], ['ORG', 'Big Sky Grain Ltd'], ['PLACE', 'Calgary']], [], 'en');
    const plan = out.find((e) => e.status === 'planned');
    expect(plan?.parties).toEqual(['Alberta', 'Montana']);
  });

  it('takes no side from a body named with a title ("UHI Principal")', () => {
    const text = 'The memorandum was signed by Tay College Principal Ann Bell and Kea Institute.';
    const [e] = eventsFor(text, [['ORG', 'Tay College Principal'], ['ORG', 'Kea Institute'], ['PERSON', 'Ann Bell']], [], 'en');
    expect(e?.parties ?? []).not.toContain('Tay College Principal');
  });
});

describe('each side once', () => {
  it('names a body once when its acronym was also found as an entity of its own', () => {
    const text = "L'UQAR et l'Université de Brest signent un accord. L'Université du Québec à Rimouski (UQAR) et l'Université de Brest ont signé un accord-cadre.";
    const [e] = eventsFor(text, [['ORG', 'Université du Québec à Rimouski', 'UQAR'], ['ORG', 'UQAR'], ['ORG', 'Université de Brest']]);
    expect(e?.parties).toEqual(['Université du Québec à Rimouski', 'Université de Brest']);
  });
});

describe('a council signs for its town', () => {
  it('names the town’s body rather than its council when the text names both', () => {
    const text =
      'Bulletin de la Ville de Magog. Le conseil municipal de Magog a approuvé une entente de jumelage avec la Commune de Ziguinchor.';
    const [e] = eventsFor(text, [['ORG', 'Ville de Magog'], ['ORG', 'conseil municipal de Magog'], ['ORG', 'Commune de Ziguinchor']]);
    expect(e?.parties).toEqual(['Ville de Magog', 'Commune de Ziguinchor']);
  });
});

describe('a plan with a partner the text does not name', () => {
  it('makes no agreement of "espère conclure un partenariat avec un distributeur de Lyon"', () => {
    const text = 'Le président de Boréalis inc., Marc Roy, espère conclure prochainement un partenariat commercial avec un distributeur de Lyon.';
    expect(eventsFor(text, [['ORG', 'Boréalis inc.'], ['PERSON', 'Marc Roy'], ['PLACE', 'Lyon']])).toEqual([]);
  });

  it('keeps a plan with a named partner', () => {
    const text = 'Boréalis inc. espère conclure prochainement un partenariat commercial avec Lumen SA.';
    expect(eventsFor(text, [['ORG', 'Boréalis inc.'], ['ORG', 'Lumen SA']])).toHaveLength(1);
  });
});
