import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a post abroad keeps its seat in its name', () => {
  it('reads a trade and investment office, an economic and cultural office and a cultural institute with their seats', () => {
    const text = 'Staff met on Monday. The Nordland Trade and Investment Office in Osaka and the Velmar Economic and Cultural Office in Lyon helped, as did the Ardenian Cultural Institute in Rome.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Ardenian Cultural Institute in Rome', 'Nordland Trade and Investment Office in Osaka', 'Velmar Economic and Cultural Office in Lyon']);
  });

  it('leaves the seat out of an office named for a country already, and of a research institute', () => {
    const text = 'Staff met on Monday. The Velmar Korea Office in Seoul helped, and the Ardenian Marine Institute in Brest sent a diver.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Ardenian Marine Institute', 'Velmar Korea Office']);
  });

  it('reads a hyphenated consulate-general with its country and seat, not as a role', () => {
    const text = 'Guests arrived on Monday. The Consulate-General of Ardenia in Perth sent a representative.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Consulate-General of Ardenia in Perth']);
  });

  it('reads a country code written with periods before a diplomatic post', () => {
    const text = 'Guests arrived on Monday. The U.S. Embassy in Velmar helped with visas.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['U.S. Embassy in Velmar']);
  });

  it('keeps a consul-general a role before a name', () => {
    const text = 'Guests arrived on Monday. Consul-General Mara Velt of Ardenia spoke.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});

describe('a consular office named with its seat', () => {
  it('keeps "in" and the seat inside the name', () => {
    expect(namesOf('He met staff of the Consular Office of Japan in Tarvel last week.', 'ORG', 'en')).toEqual(['Consular Office of Japan in Tarvel']);
  });

  it('leaves the seat out of an office that is no post abroad', () => {
    expect(namesOf('He met staff of the Regional Office of Tarvel in Norbury last week.', 'ORG', 'en')).not.toContain('Regional Office of Tarvel in Norbury');
  });
});
