import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor } from './entities-for.js';

const SIDES = [['ORG', 'Ville de Pontcarré'], ['ORG', 'Ville de Tarnberg']] as const;

describe('a signing day told after an agreement dated by the trip it ended', () => {
  it('takes the day within the trip\'s span', () => {
    const text =
      "La Ville de Pontcarré annonce la signature d'un protocole d'entente avec la Ville de Tarnberg, au terme d'une mission menée du 2 au 6 novembre 2026. " +
      'Le protocole a été signé le 4 novembre 2026 à la mairie de Tarnberg.';
    const dates = [dateFor(text, 'du 2 au 6 novembre 2026', '2026-11-02/2026-11-06'), dateFor(text, '4 novembre 2026', '2026-11-04')];
    expect(agreementFor(text, [...SIDES], dates)?.date).toBe('2026-11-04');
  });

  it('keeps the span when the day told is outside it', () => {
    const text =
      "La Ville de Pontcarré annonce la signature d'un protocole d'entente avec la Ville de Tarnberg, au terme d'une mission menée du 2 au 6 novembre 2026. " +
      'Le protocole a été approuvé le 20 novembre 2026 par le conseil.';
    const dates = [dateFor(text, 'du 2 au 6 novembre 2026', '2026-11-02/2026-11-06'), dateFor(text, '20 novembre 2026', '2026-11-20')];
    expect(agreementFor(text, [...SIDES], dates)?.date).toBe('2026-11-02/2026-11-06');
  });
});
