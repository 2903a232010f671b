import { describe, expect, it } from 'vitest';
import { agreements, dateFor, eventsFor } from './entities-for.js';

describe('a signed agreement told as a first step toward another one', () => {
  it('tells "the MOU is a first step toward a sister city agreement" as a plan of its own', () => {
    const text =
      'On May 4, the City of Brennock Bay and the Town of Quillen signed a memorandum of understanding. Earlier that week, Brennock Mills and Quillen Grains signed a supply contract. Both mayors say the MOU is a first step toward a formal sister city agreement between Brennock Bay and Quillen, which they hope to sign in 2027.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'City of Brennock Bay'], ['ORG', 'Town of Quillen'], ['ORG', 'Brennock Mills'], ['ORG', 'Quillen Grains'], ['PLACE', 'Brennock Bay'], ['PLACE', 'Quillen']],
        [dateFor(text, 'May 4', '--05-04'), dateFor(text, '2027', '2027')],
        'en',
      ),
    );
    expect(out).toHaveLength(3);
    expect(out[2]).toMatchObject({ kind: 'sister city agreement', status: 'planned', date: '2027' });
    expect(out[1]).toMatchObject({ kind: 'supply contract', status: 'signed' });
    expect(out[1]!.date).not.toBe('2027');
  });

  it('gives "… une charte d\'amitié, première étape vers un jumelage" the charter\'s sides, and "Cette charte" back to the charter', () => {
    const text =
      "Le maire de Norvalle et le maire d'Estamir y ont signé une charte d'amitié entre Norvalle et Estamir, première étape vers un jumelage que les deux conseils pourraient approuver en 2028. Cette charte engage les services culturels. Le lendemain, la Chambre de Norvalle et la Chambre du comté d'Estamir ont signé une convention de partenariat avec Estamir.";
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Norvalle'], ['PLACE', 'Estamir'], ['ORG', 'Chambre de Norvalle'], ['ORG', "Chambre du comté d'Estamir"]],
        [dateFor(text, '2028', '2028')],
      ),
    );
    expect(out.map((e) => [e.kind, e.status])).toEqual([
      ["charte d'amitié", 'signed'],
      ['jumelage', 'planned'],
      ['convention de partenariat', 'signed'],
    ]);
    expect(out[1]).toMatchObject({ parties: ['Norvalle', 'Estamir'], date: '2028' });
    expect(out[2]!.parties).toContain('Chambre de Norvalle');
  });

  it('reads "the protocol is described as the \\"first step\\" towards a charter" past the quotes, with the protocol\'s sides', () => {
    const text =
      'On 18 November, the Brennock Council and the City of Quillen signed a "friendship protocol". Brennock College and Quillen University signed their own student exchange agreement during the same week. But the protocol is described as the "first step" towards a full twinning charter, which the council hopes to sign in November 2027.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Brennock Council'], ['ORG', 'City of Quillen'], ['ORG', 'Brennock College'], ['ORG', 'Quillen University']],
        [dateFor(text, '18 November', '--11-18'), dateFor(text, 'November 2027', '2027-11')],
        'en',
      ),
    );
    const plan = out.find((e) => e.status === 'planned');
    expect(plan).toMatchObject({ kind: 'twinning charter', parties: ['Brennock Council', 'City of Quillen'], date: '2027-11' });
  });

  it('keeps "signed a protocol and took a step toward it" one agreement (no second noun)', () => {
    const text = 'The Brennock Council and the City of Quillen signed a friendship protocol on 18 November, a first step toward closer ties.';
    const out = agreements(eventsFor(text, [['ORG', 'Brennock Council'], ['ORG', 'City of Quillen']], [dateFor(text, '18 November', '--11-18')], 'en'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'signed' });
  });
});

describe('a letter told in the lead and again in the body', () => {
  const lead = "Une mission d'affaires de l'Agglo Norvalle à Estamir a débouché sur un accord technique et une lettre d'intention.\n\n";
  const middle =
    "Ils étaient quatorze à prendre l'avion, du 3 au 6 novembre, pour une mission conduite par le vice-président de l'Agglo Norvalle. Les industriels ont visité des ateliers, des laboratoires et deux salons professionnels, rencontré des acheteurs et présenté leurs savoir-faire en fonderie, en chaudronnerie et en usinage de précision. Plusieurs rendez-vous d'affaires ont été organisés avec des entreprises de la région, et un séminaire sur la formation des apprentis a réuni une soixantaine de participants. ";
  const body =
    "Le résultat le plus concret est un accord de partenariat technique entre les Fonderies Brisson et l'École d'Estamir, signé le jeudi 5 novembre sur le stand de l'entreprise. Le même jour, l'Agglo Norvalle et la Ville d'Estamir ont signé une lettre d'intention pour une coopération économique.";
  const specs = [['ORG', 'Agglo Norvalle'], ['PLACE', 'Estamir'], ["ORG", "Ville d'Estamir"], ['ORG', 'Fonderies Brisson'], ["ORG", "École d'Estamir"]] as const;

  it('keeps a lead letter of intent told again with its sides apart from the signing dated that day, and dates it that day', () => {
    const text = lead + middle + body;
    const out = agreements(eventsFor(text, specs, [dateFor(text, 'du 3 au 6 novembre', '--11-03/--11-06'), dateFor(text, 'jeudi 5 novembre', '--11-05')]));
    expect(out.find((e) => e.kind === "lettre d'intention")).toMatchObject({ status: 'signed', parties: ['Agglo Norvalle', "Ville d'Estamir"], date: '--11-05' });
    expect(out.find((e) => e.kind === 'accord de partenariat technique')?.parties).toEqual(['Fonderies Brisson', "École d'Estamir"]);
  });

  it('still folds a lead signing told in the body only by its day into that signing', () => {
    const text = lead.replace(" et une lettre d'intention", '') + middle + "Le jeudi 5 novembre, les Fonderies Brisson et l'École d'Estamir ont signé un accord de partenariat technique.";
    const out = agreements(eventsFor(text, specs.filter(([, name]) => name !== "Ville d'Estamir"), [dateFor(text, 'du 3 au 6 novembre', '--11-03/--11-06'), dateFor(text, 'jeudi 5 novembre', '--11-05')]));
    expect(out).toHaveLength(1);
  });

  it('keeps the days of the trip for a signing "le même jour" when no single day was told before', () => {
    const text = lead + middle + "Le même jour, l'Agglo Norvalle et la Ville d'Estamir ont signé une lettre d'intention pour une coopération économique.";
    const out = agreements(eventsFor(text, specs.filter(([, name]) => !name.includes('cole') && !name.includes('Brisson')), [dateFor(text, 'du 3 au 6 novembre', '--11-03/--11-06')]));
    expect(out.find((e) => e.kind === "lettre d'intention")?.date).toBe('--11-03/--11-06');
  });
});

describe('a plan signed "that" later', () => {
  it('dates a plan by "Our goal is to sign that here in X in May 2027"', () => {
    const text =
      'The letter of intent between the City of Brennock Bay and the Quillen Corporation says we will work toward a friendship city agreement. Our goal is to sign that here in Brennock Bay in May 2027.';
    const out = agreements(
      eventsFor(text, [['ORG', 'City of Brennock Bay'], ['ORG', 'Quillen Corporation'], ['PLACE', 'Brennock Bay']], [dateFor(text, 'May 2027', '2027-05')], 'en'),
    );
    expect(out.find((e) => e.status === 'planned')).toMatchObject({ date: '2027-05' });
  });

  it('does not read "signalled that in May 2027 …" as the plan\'s signing', () => {
    const text =
      'The letter of intent between the City of Brennock Bay and the Quillen Corporation says we will work toward a friendship city agreement. The mayor signalled that in May 2027 a delegation could visit Brennock Bay.';
    const out = agreements(
      eventsFor(text, [['ORG', 'City of Brennock Bay'], ['ORG', 'Quillen Corporation'], ['PLACE', 'Brennock Bay']], [dateFor(text, 'May 2027', '2027-05')], 'en'),
    );
    const plan = out.find((e) => e.status === 'planned');
    expect(plan).toBeDefined();
    expect(plan?.date).toBeUndefined();
  });
});
