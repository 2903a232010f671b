import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('English heads that close a body’s name: Polytechnic, Growers, Producers, Catapult, Limited', () => {
  it('reads a polytechnic and a growers’ association as bodies', () => {
    const text = 'The deal was signed by Manitoba Polytechnic and the Alberta Canola Growers last week.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Alberta Canola Growers', 'Manitoba Polytechnic']);
  });

  it('keeps "Catapult", "Producers" and "Limited" at the end of the name', () => {
    const text = 'Partners include Cairns Tourism Limited, the Compound Semiconductor Applications Catapult and Prairie Bean Producers.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Cairns Tourism Limited', 'Compound Semiconductor Applications Catapult', 'Prairie Bean Producers']);
  });

  it('keeps "Port of X Limited" whole rather than "X Limited"', () => {
    const text = 'The accord was signed by Port of Nelson Limited on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Port of Nelson Limited']);
  });

  it('takes no body from growers in lower case', () => {
    const text = 'Local apple growers and bean producers met the minister in the spring.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});
