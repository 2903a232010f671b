import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a list of places inside what the agreement is for', () => {
  it('keeps the subject’s sides for "A et B ont signé un protocole qui jette les bases d’échanges entre X et Y"', () => {
    const text = "La Ville de Kindia et la Ville de Tours ont signé un protocole qui jette les bases d'échanges entre la Guinée et la Touraine.";
    const out = eventsFor(text, [['ORG', 'Ville de Kindia'], ['ORG', 'Ville de Tours'], ['PLACE', 'Guinée'], ['PLACE', 'Touraine']]);
    expect(out[0]).toMatchObject({ type: 'agreement', parties: ['Ville de Kindia', 'Ville de Tours'] });
  });

  it('keeps the subject’s sides for "A and B signed a letter of intent to explore a corridor between X and Y"', () => {
    const text = 'The Port of Aalborg and Bremen Ports signed a letter of intent to explore a shipping corridor between Jutland and Lower Saxony.';
    const out = eventsFor(text, [['ORG', 'Port of Aalborg'], ['ORG', 'Bremen Ports'], ['PLACE', 'Jutland'], ['PLACE', 'Lower Saxony']], [], 'en');
    expect(out[0]?.parties).toEqual(['Port of Aalborg', 'Bremen Ports']);
  });

  it('still reads the list when no subject names the sides', () => {
    const text = 'Un accord visant à relancer les échanges entre la Ville de Kindia et la Ville de Tours a été signé hier.';
    const out = eventsFor(text, [['ORG', 'Ville de Kindia'], ['ORG', 'Ville de Tours']]);
    expect(out[0]?.parties).toEqual(['Ville de Kindia', 'Ville de Tours']);
  });
});
