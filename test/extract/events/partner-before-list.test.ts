import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a list after the partner named by "with" / "avec"', () => {
  it('is what the agreement is for, not its sides', () => {
    const text =
      'Arden University has signed a memorandum of understanding with Nordby College, opening the way for joint research between Arden and the northern region of Velmark.';
    const [e] = eventsFor(text, [['ORG', 'Arden University'], ['ORG', 'Nordby College'], ['PLACE', 'Arden'], ['PLACE', 'Velmark']], [], 'en');
    expect(e?.parties).toEqual(['Arden University', 'Nordby College']);
  });

  it('still names the sides when "avec" brings no body', () => {
    const text = "Un protocole a été signé avec enthousiasme entre l'Université de Varenne et le Collège de Montclar.";
    const [e] = eventsFor(text, [['ORG', 'Université de Varenne'], ['ORG', 'Collège de Montclar']]);
    expect(e?.parties).toEqual(['Université de Varenne', 'Collège de Montclar']);
  });
});
