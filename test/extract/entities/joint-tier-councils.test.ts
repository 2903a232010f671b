import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a council joining a city and a district', () => {
  it('reads "X City and Y District Council" as one body', () => {
    const text = 'The pact between Carrow City and Dunmore District Council and the Town of Bellmoor was signed on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Carrow City and Dunmore District Council', 'Town of Bellmoor']);
  });

  it('still splits two councils that each carry their own head', () => {
    const text = 'Carrow City Council and Dunmore District Council signed the pact on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Carrow City Council', 'Dunmore District Council']);
  });
});
