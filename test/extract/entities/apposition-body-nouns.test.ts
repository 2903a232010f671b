import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an apposition that calls the name a chamber, a cluster or a network', () => {
  it('reads the name before it', () => {
    expect(namesOf("Même chose pour Vardexa, la chambre de commerce flamande, qui a accueilli la délégation.", 'ORG')).toContain('Vardexa');
    expect(namesOf('The group was received by Quillmont, the regional digital technology cluster, which hosted a lunch.', 'ORG', 'en')).toContain('Quillmont');
  });

  it('leaves a place described by a common noun alone', () => {
    expect(namesOf('The group then went to Quillmont, the old mining town, for a lunch.', 'ORG', 'en')).toEqual([]);
  });
});
