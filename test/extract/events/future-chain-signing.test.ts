import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a signing joined to a future vote by "et" / "and"', () => {
  it('reads "sera soumise au conseil et signée en mai" as planned', () => {
    const fr =
      "Les deux maires sont convenus de préparer une entente de jumelage entre la Ville de Lorval et la Ville de Vennes, qui sera soumise au conseil municipal et signée à Lorval en mai 2031.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes'], ['PLACE', 'Lorval']], [dateFor(fr, 'mai 2031', '2031-05')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', date: '2031-05' });
  });

  it('reads "will be submitted to council and signed in May" as planned', () => {
    expect(detectStatus('The friendship agreement will be submitted to both councils and signed in May.')).toBe('planned');
    expect(detectStatus('La charte devrait être approuvée par les deux conseils et paraphée en juin.')).toBe('planned');
  });

  it('keeps a text already voted on and signed, signed', () => {
    expect(detectStatus('La convention a été soumise au conseil en mai et signée en juin.')).toBe('signed');
    expect(detectStatus('The memorandum was submitted to council and signed on Monday.')).toBe('signed');
  });
});

describe('a text still to be finalised', () => {
  it('is planned', () => {
    expect(detectStatus('Un protocole de coopération entre les deux services doit être finalisé dans les prochains mois.')).toBe('planned');
    expect(detectStatus('La convention sera finalisée au printemps.')).toBe('planned');
  });

  it('is signed when the finalised text was then signed', () => {
    expect(detectStatus('Le protocole, finalisé en mai, a été signé lundi.')).toBe('signed');
  });
});

describe('a noun of the signing family after "et" / "and"', () => {
  it('does not make a future presentation to the signatories a planned signing', () => {
    expect(detectStatus('Le rapport sera présenté aux élus et signataires de la charte signée en 2019.')).toBe('signed');
    expect(detectStatus('The agreement signed in 2020 will be reviewed by staff and signage installed at both town halls.')).toBe('signed');
  });

  it('still reads the participle after "et" / "and" as the second future verb', () => {
    expect(detectStatus('La charte sera présentée aux élus et signée en mars.')).toBe('planned');
    expect(detectStatus('The charter will be reviewed by staff and ratified in March.')).toBe('planned');
  });
});
