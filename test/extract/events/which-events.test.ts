import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

const agreements = (out: ReturnType<typeof eventsFor>) => out.filter((e) => e.type === 'agreement');

describe('an agreement introduced with its own noun', () => {
  it('keeps "signent une convention" apart from a charter the same towns signed before', () => {
    const text =
      'Tout commence le 3 mars 1990 à Cholet. Ce jour-là, Lodève et Cholet signent la charte de jumelage. ' +
      'En 2004, la Ville de Lodève et la Ville de Cholet signent une convention de coopération sur la gestion des déchets.';
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Lodève'], ['PLACE', 'Cholet'], ['ORG', 'Ville de Lodève'], ['ORG', 'Ville de Cholet']],
        [dateFor(text, '3 mars 1990', '1990-03-03'), dateFor(text, '2004', '2004')],
      ),
    );
    expect(out.map((e) => [e.kind.split(' ')[0], e.date])).toEqual([
      ['charte', '1990-03-03'],
      ['convention', '2004'],
    ]);
  });

  it('keeps each listed item with another noun apart, even when a side is shared', () => {
    const text = [
      'Three texts were signed at the forum in Tromsø:',
      '',
      '- A memorandum of understanding on fisheries between the Government of Finnmark and the Murmansk Region, signed by Governor Ola Berg.',
      '- A letter of intent on tourism between Visit Finnmark and the Murmansk Region.',
    ].join('\n');
    const out = agreements(
      eventsFor(
        text,
        [['PLACE', 'Tromsø'], ['ORG', 'Government of Finnmark'], ['PLACE', 'Murmansk Region'], ['PERSON', 'Ola Berg'], ['ORG', 'Visit Finnmark']],
        [],
        'en',
      ),
    );
    expect(out.map((e) => e.parties)).toEqual([
      ['Government of Finnmark', 'Murmansk Region'],
      ['Visit Finnmark', 'Murmansk Region'],
    ]);
  });

  it('still reads "la signature d’un accord" as the charter renewed in the sentence before', () => {
    const text =
      'La charte de jumelage entre Figeac et Ségou a été renouvelée mercredi à Ségou. ' +
      "Le maire de Figeac a procédé à la signature d'un accord de partenariat entre Figeac et Ségou.";
    const out = agreements(eventsFor(text, [['PLACE', 'Figeac'], ['PLACE', 'Ségou']]));
    expect(out).toHaveLength(1);
  });
});
