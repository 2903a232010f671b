import { describe, expect, it } from 'vitest';
import { agreementsFor, eventsFor } from './entities-for.js';


describe('what an agreement clause names as its sides', () => {
  it('leaves out the bodies of a clause of time ("…, when a Lusk delegation will travel to Velm")', () => {
    const text = [
      'The Lusk City Council voted on Tuesday to pursue a friendship agreement with the Municipality of Arden.',
      'The agreement is expected to be signed in Arden next May, when a Lusk delegation will travel to Velm.',
    ].join(' ');
    const out = agreementsFor(text, [['ORG', 'Lusk City Council'], ['ORG', 'Municipality of Arden'], ['PLACE', 'Arden'], ['PLACE', 'Lusk'], ['PLACE', 'Velm']], [], 'en');
    expect(out.map((e) => [e.status, e.parties])).toEqual([['planned', ['Lusk City Council', 'Municipality of Arden']]]);
  });

  it('reads a commercial contract between two firms as an agreement, and "le contrat" as that one again', () => {
    const fr = "La jeune entreprise Kora Santé a signé un contrat de distribution avec la société Medivo Canada. Le contrat a été signé par les deux fondateurs.";
    const out = agreementsFor(fr, [['ORG', 'Kora Santé'], ['ORG', 'Medivo Canada']]);
    expect(out.map((e) => [e.kind, e.parties])).toEqual([['contrat de distribution', ['Kora Santé', 'Medivo Canada']]]);
    const en = 'Arden Composites signed a supply contract with Velm Textiles on Monday.';
    expect(agreementsFor(en, [['ORG', 'Arden Composites'], ['ORG', 'Velm Textiles']], [], 'en')).toHaveLength(1);
  });

  it('reads no agreement in a contract of employment or a bare "contrat"', () => {
    const fr = "L'entreprise Kora Santé a signé 42 contrats d'apprentissage et décroché un contrat avec Medivo Canada.";
    expect(agreementsFor(fr, [['ORG', 'Kora Santé'], ['ORG', 'Medivo Canada']])).toEqual([]);
  });
});
