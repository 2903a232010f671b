import { describe, expect, it } from 'vitest';
import { missionsFor } from './entities-for.js';

describe('a trip asked about or left unarranged', () => {
  it('tells no trip for "Will the council send a delegation to X? Not yet."', () => {
    const text = 'Will the council send a delegation to Estamir? Not yet. The travel advisory is still in force.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(0);
  });

  it('keeps the trip for "Did the council send a delegation to X? Yes, in May."', () => {
    const text = 'Did the council send a delegation to Estamir? Yes, in May, led by the mayor.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(1);
  });

  it('tells no trip for "A second mission, maybe to X, but nothing is booked"', () => {
    const text = 'What comes next? A second mission, maybe to Estamir, but nothing is booked.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(0);
  });

  it('keeps "A second mission to X is booked for May"', () => {
    const text = 'A second mission to Estamir is booked for May, and nothing else is planned this year.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(1);
  });
});
