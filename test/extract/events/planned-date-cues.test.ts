import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

const SIDES = [['ORG', 'Musée de Lunel'], ['ORG', 'Musée de Larache'], ['PLACE', 'Larache'], ['PLACE', 'Lunel']] as const;

describe('a planned agreement dated by the trip it is signed on', () => {
  it('takes the date of the trip before "Cette mission sera l\'occasion de signer"', () => {
    const text =
      "Une délégation de Lunel se rendra à Larache en mars 2027. Cette mission sera l'occasion de signer un accord de partenariat entre le Musée de Lunel et le Musée de Larache, actuellement en préparation.";
    const [e] = agreementsFor(text, SIDES, [dateFor(text, 'mars 2027', '2027-03')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2027-03');
  });

  it('leaves undated a plan whose sentence names no trip', () => {
    const text =
      "Une délégation de Lunel se rendra à Larache en mars 2027. Le Musée de Lunel et le Musée de Larache préparent un accord de partenariat, actuellement en préparation.";
    const [e] = agreementsFor(text, SIDES, [dateFor(text, 'mars 2027', '2027-03')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBeUndefined();
  });
});

describe('a planned agreement dated by "une signature possible" in the next sentence', () => {
  const specs = [['ORG', 'Cégep de Pointe-Laurier'], ['ORG', 'Lycée de Brest'], ['PERSON', 'Anne Roy']] as const;
  it('takes the date of "une signature possible au printemps 2027"', () => {
    const text =
      "Le Cégep de Pointe-Laurier et le Lycée de Brest veulent préparer un protocole d'échange d'enseignants. La directrice, Anne Roy, parle d'une signature possible au printemps 2027.";
    const [e] = eventsFor(text, specs, [dateFor(text, '2027', '2027')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2027');
  });

  it('leaves it undated when the next sentence tells no signing', () => {
    const text =
      "Le Cégep de Pointe-Laurier et le Lycée de Brest veulent préparer un protocole d'échange d'enseignants. La directrice, Anne Roy, parle d'une rencontre possible au printemps 2027.";
    const [e] = eventsFor(text, specs, [dateFor(text, '2027', '2027')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBeUndefined();
  });
});

describe('a planned agreement dated by the signing to come told in the next sentence, beside the visit it is for', () => {
  const fr = [['ORG', 'collège de Pirlande'], ['ORG', "lycée d'Orvaleau"], ['PLACE', 'Orvaleau'], ['PLACE', 'Pirlande']] as const;

  it('reads "les directions envisagent de le faire en mars 2027", a visit told with it', () => {
    const text =
      "Le collège de Pirlande et le lycée d'Orvaleau ont rédigé une convention d'échanges d'élèves. Rien n'est encore signé : les directions envisagent de le faire en mars 2027, quand une délégation de Pirlande ira à Orvaleau.";
    const [e] = agreementsFor(text, fr, [dateFor(text, 'mars 2027', '2027-03')]);
    expect(e).toMatchObject({ status: 'planned', date: '2027-03' });
  });

  it('reads "<sujet> visent une signature en octobre 2027"', () => {
    const text =
      "Le collège de Pirlande et le lycée d'Orvaleau rédigent une convention d'échanges d'élèves. Les deux directions visent une signature en octobre 2027.";
    const [e] = agreementsFor(text, fr, [dateFor(text, 'octobre 2027', '2027-10')]);
    expect(e).toMatchObject({ status: 'planned', date: '2027-10' });
  });

  it('leaves the plan undated when the next sentence tells another agreement to be signed', () => {
    const text =
      "Le collège de Pirlande prépare une convention d'échanges avec le lycée d'Orvaleau. La Ville d'Orvaleau et la Ville de Pirlande prévoient de signer un pacte d'amitié en mars 2027.";
    const specs = [...fr, ['ORG', "Ville d'Orvaleau"], ['ORG', 'Ville de Pirlande']] as const;
    const deal = agreementsFor(text, specs, [dateFor(text, 'mars 2027', '2027-03')]).find((e) => e.parties.includes('collège de Pirlande'));
    expect(deal?.status).toBe('planned');
    expect(deal?.date).toBeUndefined();
  });
});

describe('a planned agreement whose sentence opens "On that trip"', () => {
  it('takes the date of the trip told just before', () => {
    const text =
      'In August 2027 a Stenbury youth delegation goes to Kestovo under Ada Brannock. On that trip, a trade memorandum is planned between the Stenbury Chamber of Commerce and the Kestovo Business Council.';
    const specs = [['PERSON', 'Ada Brannock'], ['PLACE', 'Stenbury'], ['PLACE', 'Kestovo'], ['ORG', 'Stenbury Chamber of Commerce'], ['ORG', 'Kestovo Business Council']] as const;
    const deal = agreementsFor(text, specs, [dateFor(text, 'August 2027', '2027-08')], 'en').find((e) => e.parties.includes('Kestovo Business Council'));
    expect(deal).toMatchObject({ status: 'planned', date: '2027-08' });
  });
});
