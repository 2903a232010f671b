import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('people: the ministers\' style "The Honourable"', () => {
  it('leaves "Honourable" out of the name', () => {
    const text = 'The Honourable Maeve Tulloch, Minister of Fisheries, is in Tórshavn this week leading a trade mission.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Maeve Tulloch']);
  });

  it('keeps a given name that only starts like it ("Honor Blackwell")', () => {
    const text = 'The letter was signed by Ms Honor Blackwell and Mr Tavish Reid.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Honor Blackwell', 'Tavish Reid']);
  });
});
