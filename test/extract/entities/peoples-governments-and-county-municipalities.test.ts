import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('"People\'s" state bodies and a city or county in a head\'s "of" complement', () => {
  it('keeps "People\'s" inside a municipal body\'s name', () => {
    const text = "The accord was signed by the Ningbo Municipal People's Government and the Hue City People's Committee.";
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Ningbo'), placeAt(text, 'Hue')])).toEqual(["Hue City People's Committee", "Ningbo Municipal People's Government"]);
  });

  it('reads a city or county after an earlier head and "of" as part of the body', () => {
    const text = "Talks with the People's Government of Hangzhou City and the Municipality of the County of Kings went on.";
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Hangzhou')])).toEqual(['Municipality of the County of Kings', "People's Government of Hangzhou City"]);
  });

  it('keeps another possessive out of the name', () => {
    const text = "The accord was signed by Ontario's Ministry of Energy on Monday.";
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Ontario')])).toEqual(['Ministry of Energy']);
  });
});
