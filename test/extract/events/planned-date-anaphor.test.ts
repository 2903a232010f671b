import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

const TRIP_FR = 'Une délégation de Morvaux se rendra à Tessan en juillet 2027, pour la foire agricole.';
const TRIP_EN = 'A Quarrow delegation will travel to Eldham in August 2027, during the harbour festival.';
const SIDES_FR = [['ORG', 'Ville de Morvaux'], ['ORG', 'Ville de Tessan'], ['PLACE', 'Tessan'], ['PLACE', 'Morvaux']] as const;
const SIDES_EN = [['ORG', 'Quarrow Town Council'], ['ORG', 'Eldham City Council'], ['PLACE', 'Eldham'], ['PLACE', 'Quarrow']] as const;

/** The date of the planned agreement read after the French trip; fails when no agreement is read at all. */
function frPlan(second: string): string | undefined {
  const text = `${TRIP_FR} ${second}`;
  const [plan] = agreementsFor(text, [...SIDES_FR], [dateFor(text, 'juillet 2027', '2027-07')]);
  expect(plan).toBeDefined();
  return plan!.date;
}

/** The date of the planned agreement read after the English trip; fails when no agreement is read at all. */
function enPlan(second: string): string | undefined {
  const text = `${TRIP_EN} ${second}`;
  const [plan] = agreementsFor(text, [...SIDES_EN], [dateFor(text, 'August 2027', '2027-08')], 'en');
  expect(plan).toBeDefined();
  return plan!.date;
}

describe('a planned agreement whose signing points back to the trip just told', () => {
  it('"intend to sign a twinning charter there" takes the trip\'s date', () => {
    expect(enPlan('Quarrow Town Council and Eldham City Council intend to sign a twinning charter there.')).toBe('2027-08');
  });

  it.each(['there is', "there's"])('"sign … if %s support" takes no trip\'s date', (there) => {
    expect(enPlan(`Quarrow Town Council and Eldham City Council intend to sign a twinning charter if ${there} support for it.`)).toBeUndefined();
  });

  it('"y serait signé" takes the trip\'s date', () => {
    expect(frPlan("Un protocole d'échanges entre la Ville de Morvaux et la Ville de Tessan y serait signé.")).toBe('2027-07');
  });

  it('"y envisagent la signature" takes the trip\'s date', () => {
    expect(frPlan("La Ville de Morvaux et la Ville de Tessan y envisagent la signature d'une entente de jumelage.")).toBe('2027-07');
  });

  it('"comptent alors signer" takes the trip\'s date', () => {
    expect(frPlan("La Ville de Morvaux et la Ville de Tessan comptent alors signer une convention d'échanges.")).toBe('2027-07');
  });

  it('"During the festival … intend to sign" takes the trip\'s date', () => {
    expect(enPlan('During the festival Quarrow Town Council and Eldham City Council intend to sign a joint marketing agreement.')).toBe('2027-08');
  });

  it('"While they\'re in Eldham, … plan to sign" takes the trip\'s date', () => {
    expect(enPlan("While they're in Eldham, Quarrow Town Council and Eldham City Council plan to sign a research agreement.")).toBe('2027-08');
  });

  it('leaves undated a plan that neither points back nor opens on the occasion', () => {
    expect(enPlan('Quarrow Town Council and Eldham City Council intend to sign a twinning charter one day.')).toBeUndefined();
    expect(frPlan("Un jour, la Ville de Morvaux et la Ville de Tessan prévoient de signer une convention de partenariat.")).toBeUndefined();
  });
});
