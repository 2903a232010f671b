import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a venue named after its town', () => {
  it('places a signing "au Yacht Club de X" in X', () => {
    const text = "La CCI de Menton et le Riviera Board ont signé le 2 mai une convention de partenariat au Yacht Club de Sanremo.";
    const [e] = eventsFor(text, [['ORG', 'CCI de Menton'], ['ORG', 'Riviera Board'], ['ORG', 'Yacht Club de Sanremo'], ['PLACE', 'Sanremo']]);
    expect(e?.place).toBe('Sanremo');
  });

  it('does not place it in the region a museum is named after', () => {
    const text = "La Ville de Rimouski et la Ville de Lorient ont signé une charte au Musée de la Bretagne.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Rimouski'], ['ORG', 'Ville de Lorient'], ['ORG', 'Musée de la Bretagne'], ['PLACE', 'Bretagne']]);
    expect(e?.place).toBeUndefined();
  });
});
