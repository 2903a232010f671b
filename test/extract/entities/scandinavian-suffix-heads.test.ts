import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('Scandinavian port and municipality heads after the town', () => {
  it('reads "X Havn", "X Hamn" and "X Kommune" as bodies', () => {
    const text = 'Port Saint John and Bergenregionen Havn are preparing a memorandum with Luleå Hamn and Aarhus Kommune.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Aarhus Kommune', 'Bergenregionen Havn', 'Luleå Hamn', 'Port Saint John']);
  });

  it('takes no body from the head alone at a sentence start', () => {
    const text = 'Havn is the Danish word for port.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});
