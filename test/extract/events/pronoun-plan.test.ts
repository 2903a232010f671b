import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a plan whose subject is a plural pronoun', () => {
  it('is a new agreement between the sides named before it', () => {
    const fr =
      "La Ville de Lorval et la Municipalité de Vennes ont signé une charte d'amitié. Les deux maires ne comptent pas en rester là. " +
      'Ils ont annoncé leur intention de signer une convention de jumelage en mai 2031.';
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'Municipalité de Vennes']], [dateFor(fr, 'mai 2031', '2031-05')]);
    expect(out.map((e) => [e.kind, e.status, e.parties])).toEqual([
      ["charte d'amitié", 'signed', ['Ville de Lorval', 'Municipalité de Vennes']],
      ['convention de jumelage', 'planned', ['Ville de Lorval', 'Municipalité de Vennes']],
    ]);
  });

  it('leaves a pronoun that stands for the clause’s own subject to that subject', () => {
    const en =
      'Arden University and Nordby College signed a memorandum of understanding. ' +
      'Arden Council and Nordby Municipality also announced that they will sign a friendship agreement in 2031.';
    const out = agreementsFor(
      en,
      [['ORG', 'Arden University'], ['ORG', 'Nordby College'], ['ORG', 'Arden Council'], ['ORG', 'Nordby Municipality']],
      [dateFor(en, '2031', '2031')],
      'en',
    );
    expect(out.map((e) => [e.status, e.parties])).toEqual([
      ['signed', ['Arden University', 'Nordby College']],
      ['planned', ['Arden Council', 'Nordby Municipality']],
    ]);
  });
});
