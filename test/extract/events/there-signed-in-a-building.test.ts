import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('"y ont signé" after a building and its town', () => {
  it('reads the town the building stands in, not the building', () => {
    const text =
      "La visite s'est achevée jeudi au château des comtes de Vermandrie, à Valmorin. La Ville de Brassac et la Ville de Valmorin y ont signé un accord de coopération.";
    expect(agreementFor(text, [['PLACE', 'château des comtes de Vermandrie'], ['PLACE', 'Valmorin'], ['ORG', 'Ville de Brassac'], ['ORG', 'Ville de Valmorin']])?.place).toBe('Valmorin');
  });

  it('keeps the building when the sentence names no town', () => {
    const text =
      "La visite s'est achevée jeudi au château des comtes de Vermandrie. La Ville de Brassac et la Ville de Valmorin y ont signé un accord de coopération.";
    expect(agreementFor(text, [['PLACE', 'château des comtes de Vermandrie'], ['ORG', 'Ville de Brassac'], ['ORG', 'Ville de Valmorin']])?.place).toBe('château des comtes de Vermandrie');
  });
});
