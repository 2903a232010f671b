import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('French heads with an adjective', () => {
  it('reads "autonome" after the head as part of the name', () => {
    expect(namesOf('Les entreprises et le Port autonome de Dunkerque ont signé.', 'ORG')).toEqual(['Port autonome de Dunkerque']);
  });

  it('lets a capitalized "Commune" take its adjective', () => {
    expect(namesOf('La Ville de Namur et la Commune rurale de Sélingué ont signé.', 'ORG')).toEqual(['Commune rurale de Sélingué', 'Ville de Namur']);
  });
});

describe('English bodies that read like people', () => {
  it('reads a nationality adjective and "Enterprise" as a body, not a person', () => {
    const text = 'The minister, who was accompanied by Basque Trade International, Finnish Enterprise and ten firms, met investors.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual([]);
    expect(namesOf(text, 'ORG', 'en')).toContain('Finnish Enterprise');
  });

  it('takes no person out of a nationality adjective and a word', () => {
    expect(namesOf('The minister was received by officials, Danish Kestrel and ten firms.', 'PERSON', 'en')).toEqual([]);
  });

  it('takes no person out of a health body after a given name', () => {
    expect(namesOf('An agreement between Morgan Health and a hospital was signed.', 'PERSON', 'en')).toEqual([]);
  });

  it('takes no body out of a health field', () => {
    expect(namesOf('They discussed Public Health and Mental Health with experts.', 'ORG', 'en')).toEqual([]);
  });
});

describe('companies closed by two industry nouns', () => {
  it('reads the whole name when one industry noun follows another', () => {
    expect(namesOf('A supply deal between Kestrel Seafood Processors and a buyer was signed.', 'ORG', 'en')).toEqual(['Kestrel Seafood Processors']);
    expect(namesOf('The order went to Lomond Oat Mills last week.', 'ORG', 'en')).toEqual(['Lomond Oat Mills']);
  });
});

describe('a marine company named after its town', () => {
  it('reads "X Grace Marine" as a company, not a person', () => {
    const text = 'The memorandum was signed with Port Hope Grace Marine last week.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual([]);
  });
});
