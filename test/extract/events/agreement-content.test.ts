import { describe, expect, it } from 'vitest';
import { agreementFor, agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('a list of places inside what the agreement is for', () => {
  it('keeps the subject’s sides for "A et B ont signé un protocole qui jette les bases d’échanges entre X et Y"', () => {
    const text = "La Ville de Kindia et la Ville de Tours ont signé un protocole qui jette les bases d'échanges entre la Guinée et la Touraine.";
    const out = eventsFor(text, [['ORG', 'Ville de Kindia'], ['ORG', 'Ville de Tours'], ['PLACE', 'Guinée'], ['PLACE', 'Touraine']]);
    expect(out[0]).toMatchObject({ type: 'agreement', parties: ['Ville de Kindia', 'Ville de Tours'] });
  });

  it('keeps the subject’s sides for "A and B signed a letter of intent to explore a corridor between X and Y"', () => {
    const text = 'The Port of Aalborg and Bremen Ports signed a letter of intent to explore a shipping corridor between Jutland and Lower Saxony.';
    const out = eventsFor(text, [['ORG', 'Port of Aalborg'], ['ORG', 'Bremen Ports'], ['PLACE', 'Jutland'], ['PLACE', 'Lower Saxony']], [], 'en');
    expect(out[0]?.parties).toEqual(['Port of Aalborg', 'Bremen Ports']);
  });

  it('still reads the list when no subject names the sides', () => {
    const text = 'Un accord visant à relancer les échanges entre la Ville de Kindia et la Ville de Tours a été signé hier.';
    const out = eventsFor(text, [['ORG', 'Ville de Kindia'], ['ORG', 'Ville de Tours']]);
    expect(out[0]?.parties).toEqual(['Ville de Kindia', 'Ville de Tours']);
  });
});

describe('an agreement named again as its renewal', () => {
  it('reads "The renewal was signed Oct. 2 … by A and B" as the agreement renewed, with its day and signers', () => {
    const text =
      'A delegation from Tacoma returned Sunday from Galicia, where Mayor Ruth Lane renewed the sister-city agreement that links Tacoma and Lugo. The renewal was signed Oct. 2 in Lugo by Lane and Lugo Mayor Xosé Varela.';
    const agreements = agreementsFor(
      text,
      [['PERSON', 'Ruth Lane', 'Lane'], ['PERSON', 'Xosé Varela'], ['PLACE', 'Tacoma'], ['PLACE', 'Galicia'], ['PLACE', 'Lugo']],
      [dateFor(text, 'Oct. 2', '--10-02')],
      'en',
    );
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ date: '--10-02', signatories: ['Ruth Lane', 'Xosé Varela'] });
    expect(agreements[0]?.parties).toEqual(expect.arrayContaining(['Tacoma', 'Lugo']));
  });

  it('keeps "le renouvellement de la charte" a charter, and a renewal with no signing word no agreement', () => {
    const text = 'Le renouvellement du jumelage entre Tulle et Wels est à l’étude. The renewal of the fleet was approved.';
    expect(eventsFor(text, [['PLACE', 'Tulle'], ['PLACE', 'Wels']]).filter((e) => e.kind === 'renouvellement' || e.kind === 'renewal')).toEqual([]);
  });
});

describe('the side a title names', () => {
  const signers = (text: string, specs: Parameters<typeof eventsFor>[1]) => agreementFor(text, specs)?.parties;

  it('is the body for a university, a chamber or a region council, the territory for a government', () => {
    expect(
      signers("La convention a été signée par le recteur de l'Université de Tulear, Paul Rabe, et la présidente de la Chambre de Nantes, Anne Roux.", [
        ['ORG', "Université de Tulear"], ['PLACE', 'Tulear'], ['PERSON', 'Paul Rabe'], ['ORG', 'Chambre de Nantes'], ['PLACE', 'Nantes'], ['PERSON', 'Anne Roux'],
      ]),
    ).toEqual(["Université de Tulear", 'Chambre de Nantes']);
    expect(
      signers('Une entente a été signée par la présidente de la Région Bretagne, Anne Roux, et le ministre des Finances du Québec, Paul Rabe.', [
        ['ORG', 'Région Bretagne'], ['PLACE', 'Bretagne'], ['PERSON', 'Anne Roux'], ['PLACE', 'Québec'], ['PERSON', 'Paul Rabe'],
      ]),
    ).toEqual(['Région Bretagne', 'Québec']);
  });
});

describe('a sentence that opens on the agreement just named', () => {
  it('dates and places a plan by "Celle-ci devrait être signée à X au printemps 2026" and "Sa signature est envisagée à Y"', () => {
    const text =
      "L'École de Thiès et l'École de Namur ont amorcé la rédaction d'une entente de codiplomation. Celle-ci devrait être signée à Dakar au printemps 2026, lors d'un colloque.";
    const out = eventsFor(text, [['ORG', 'École de Thiès'], ['ORG', 'École de Namur'], ['PLACE', 'Dakar']], [dateFor(text, '2026', '2026')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', date: '2026', place: 'Dakar' });
    const fr = "La visite a permis d'avancer sur un accord entre le Port de Sète et le Port de Bizerte. Sa signature est envisagée à l'automne, à Tunis.";
    const fout = eventsFor(fr, [['ORG', 'Port de Sète'], ['ORG', 'Port de Bizerte'], ['PLACE', 'Tunis']]);
    expect(fout).toHaveLength(1);
    expect(fout[0]).toMatchObject({ status: 'planned', place: 'Tunis' });
  });

  it('reads nothing into "Celle-ci" with no signing word', () => {
    const text = "L'École de Thiès et l'École de Namur ont signé une entente. Celle-ci accueille 40 étudiants à Dakar.";
    const out = eventsFor(text, [['ORG', 'École de Thiès'], ['ORG', 'École de Namur'], ['PLACE', 'Dakar']]);
    expect(out).toHaveLength(1);
    expect(out[0]?.place).toBeUndefined();
  });
});
