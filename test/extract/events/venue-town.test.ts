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

  it('places a signing at a venue read as a place in its town, not in the venue', () => {
    const text = "La Ville de Rimouski et la Ville de Lorient ont signé une charte le 3 mai à la Cité de la voile, à Lorient.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Rimouski'], ['ORG', 'Ville de Lorient'], ['PLACE', 'Lorient'], ['PLACE', 'Cité de la voile']]);
    expect(e?.place).toBe('Lorient');
  });

  it('places a signing in the town a venue read as a place is named after', () => {
    const text = "La MRC de Matane et la Ville de Vannes ont signé une convention le 3 mai au Centre des congrès de Vannes.";
    const [e] = eventsFor(text, [['ORG', 'MRC de Matane'], ['ORG', 'Ville de Vannes'], ['PLACE', 'Centre des congrès de Vannes'], ['PLACE', 'Vannes']]);
    expect(e?.place).toBe('Vannes');
  });
});
