import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('an agreement that leads to another one', () => {
  it('tells "… ouvre la voie à une charte, que les deux villes espèrent signer" as a plan of its own', () => {
    const text =
      "La Ville de Norvalle et la Ville d'Estamir ont signé un protocole d'amitié le 4 mars. Le lendemain, l'Office de tourisme de Norvalle et l'Agence Estamir Accueil ont conclu une entente de promotion. Le protocole d'amitié ouvre la voie à une charte de jumelage, que les deux villes espèrent signer en juin 2027.";
    const out = eventsFor(
      text,
      [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"], ['ORG', 'Office de tourisme de Norvalle'], ['ORG', 'Agence Estamir Accueil']],
      [dateFor(text, '4 mars', '--03-04'), dateFor(text, 'juin 2027', '2027-06')],
    );
    expect(out).toHaveLength(3);
    expect(out[2]).toMatchObject({ kind: 'charte de jumelage', status: 'planned', parties: ['Ville de Norvalle', "Ville d'Estamir"], date: '2027-06' });
    expect(out[1]).toMatchObject({ kind: 'entente de promotion', status: 'signed' });
  });

  it('tells "Cette lettre invite les deux villes à préparer une charte" as a plan between the same sides', () => {
    const text =
      "La Ville de Norvalle et la Ville d'Estamir ont signé une lettre d'intention le 4 mars. Cette lettre d'intention invite les deux villes à préparer une charte d'amitié.";
    const out = eventsFor(text, [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"]], [dateFor(text, '4 mars', '--03-04')]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ kind: "lettre d'intention", status: 'signed' });
    expect(out[1]).toMatchObject({ kind: "charte d'amitié", status: 'planned', parties: ['Ville de Norvalle', "Ville d'Estamir"] });
  });

  it('tells "The memorandum paves the way for a twinning agreement" as a plan of its own', () => {
    const text = 'The City of Brennock Bay and the Town of Quillen signed a memorandum of understanding on May 4. The memorandum paves the way for a twinning agreement the two towns hope to sign next year.';
    const out = eventsFor(text, [['ORG', 'City of Brennock Bay'], ['ORG', 'Town of Quillen']], [dateFor(text, 'May 4', '--05-04')], 'en');
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ kind: 'twinning agreement', status: 'planned', parties: ['City of Brennock Bay', 'Town of Quillen'] });
  });

  it('keeps one plan when the second noun is told in another clause of the same plan', () => {
    const text =
      'A port partnership between the Port of Brennock Bay and the Port of Quillen was discussed; both sides agreed to prepare a cooperation agreement for signature in August 2027.';
    const out = eventsFor(text, [['ORG', 'Port of Brennock Bay'], ['ORG', 'Port of Quillen']], [dateFor(text, 'August 2027', '2027-08')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned' });
  });

  it('keeps "signent un protocole et préparent leur jumelage" one agreement (no new noun)', () => {
    const text = "La Ville de Norvalle et la Ville d'Estamir signent un protocole d'amitié et préparent leur jumelage.";
    const out = eventsFor(text, [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"]]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'signed' });
  });
});

describe('a pair of towns further back', () => {
  it('reads "the two cities" as the towns of a trip told before the latest agreement between two colleges', () => {
    const text =
      'A delegation from Norvalle visited Estamir from May 3 to 7. Kelby College and Marrow Institute signed a cooperation agreement on May 5. It covers nursing courses, short placements in local firms, joint research on cold-water fisheries, summer language schools, shared library services and an annual student conference held in turn on each campus. During a return visit the two cities plan to sign a sister city agreement in June 2027.';
    const out = eventsFor(
      text,
      [['PLACE', 'Norvalle'], ['PLACE', 'Estamir'], ['ORG', 'Kelby College'], ['ORG', 'Marrow Institute']],
      [dateFor(text, 'May 3 to 7', '--05-03/--05-07'), dateFor(text, 'May 5', '--05-05'), dateFor(text, 'June 2027', '2027-06')],
      'en',
    );
    const plan = out.find((e) => e.type === 'agreement' && e.status === 'planned');
    expect(plan?.parties).toEqual(['Norvalle', 'Estamir']);
  });

  it('does not read "les deux villes" as the two countries of a trip told before', () => {
    const text =
      "Une mission économique s'est rendue au Paraguay et en Mongolie du 3 au 9 mai. La Chambre de Normance et le Groupement d'Ostavie ont signé une lettre d'intention le 5 mai. La lettre porte sur la formation des jeunes, les stages en entreprise, les salons professionnels, la promotion des produits agricoles, l'accueil des étudiants et la mise en commun de services aux entreprises exportatrices. Le maire de Norvalle a reçu le maire d'Estamir. Un accord de jumelage entre les deux villes serait soumis aux conseils.";
    const out = eventsFor(
      text,
      [['PLACE', 'Paraguay'], ['PLACE', 'Mongolie'], ['ORG', 'Chambre de Normance'], ["ORG", "Groupement d'Ostavie"], ['PLACE', 'Norvalle'], ['PLACE', 'Estamir']],
      [dateFor(text, '3 au 9 mai', '--05-03/--05-09'), dateFor(text, '5 mai', '--05-05')],
    );
    expect(out.find((e) => e.kind === 'accord de jumelage')?.parties).toEqual(['Norvalle', 'Estamir']);
  });
});

describe('a speech tag is no signing', () => {
  it('keeps a plan planned after "« … », a conclu le maire"', () => {
    const text =
      "La Ville de Norvalle et la Ville d'Estamir prévoient de signer un protocole de jumelage en juin 2027. « Ce jumelage nous tient à cœur », a conclu le maire.";
    const out = eventsFor(text, [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"]], [dateFor(text, 'juin 2027', '2027-06')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned' });
  });

  it('still reads "ont conclu un protocole" as a signing', () => {
    const text = "La Ville de Norvalle et la Ville d'Estamir ont conclu un protocole de jumelage le 4 mars.";
    const out = eventsFor(text, [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"]], [dateFor(text, '4 mars', '--03-04')]);
    expect(out[0]).toMatchObject({ status: 'signed' });
  });
});
