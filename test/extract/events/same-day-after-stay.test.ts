import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('"On the same occasion" after a stay told between', () => {
  const signing = 'The City of Nelson and Kochi City signed a sister city agreement on October 29, 2026 at the Kochi City Office.';
  const stay = ' The signing was the high point of a Nelson delegation that travelled to Japan from October 26 to 31.';

  const collegesEvent = (text: string) =>
    eventsFor(
      text,
      [['ORG', 'City of Nelson'], ['ORG', 'Kochi City'], ['PLACE', 'Japan'], ['PLACE', 'Nelson'], ['ORG', 'Selkirk College'], ['ORG', 'Kochi University']],
      [dateFor(text, 'October 29, 2026', '2026-10-29'), dateFor(text, 'October 26 to 31', '2026-10-26/2026-10-31')],
      'en',
    ).find((e) => e.parties.includes('Selkirk College'));

  it('takes the day told before, not the stay\'s range', () => {
    const text = `${signing}${stay} On the same occasion, Selkirk College and Kochi University signed a partnership agreement on forestry.`;
    const colleges = collegesEvent(text);
    expect(colleges?.date).toBe('2026-10-29');
  });

  it('keeps the range of an agreement signed during the stay with no "same occasion"', () => {
    const text = `${signing}${stay} During the visit, Selkirk College and Kochi University signed a partnership agreement on forestry.`;
    const colleges = collegesEvent(text);
    expect(colleges?.date).not.toBe('2026-10-29');
  });
});
