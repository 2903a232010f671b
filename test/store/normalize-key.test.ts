import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/store/normalize-key.js';

describe('normalizeKey', () => {
  it.each([
    ['Ministère des Relations internationales', 'MINISTERE  DES RELATIONS-INTERNATIONALES'],
    ['M.R.I.F.', 'mrif'],
    ["l’Université d'Ottawa", 'L‘Universite d Ottawa.'],
    ['Œuvre Saint–Jean', 'oeuvre saint jean'],
    ['« Québec »', 'Quebec'],
    ['Ville\u00a0de\tLévis', 'ville de levis'],
    ['Jean-François', 'jean francois'],
    ['Jean-Franc\u0327ois', 'Jean-François'],
  ])('gives %j and %j one key', (a, b) => {
    expect(normalizeKey(a)).toBe(normalizeKey(b));
  });

  it('folds to lower-case, accent-free words separated by single spaces', () => {
    expect(normalizeKey('  Société  de l’Énergie (SDE) ')).toBe('societe de l energie sde');
  });

  it('keeps what tells names apart: digits with their decimal point, ampersands, distinct words', () => {
    expect(normalizeKey('Plan 2.0')).toBe('plan 2.0');
    expect(normalizeKey('AT&T')).toBe('at&t');
    expect(normalizeKey('Ville de Laval')).not.toBe(normalizeKey('Ville de Lava'));
  });

  it('gives an empty key to a name with no letters or digits', () => {
    expect(normalizeKey(' .-’ ')).toBe('');
  });
});
