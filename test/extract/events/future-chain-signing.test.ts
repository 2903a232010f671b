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
