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

  it('tells no trip for "Une deuxième mission à X est déjà évoquée, sans date."', () => {
    const text = 'Une deuxième mission à Estamir est déjà évoquée, sans date.';
    expect(missionsFor(text, [['PLACE', 'Estamir']])).toHaveLength(0);
  });

  it('keeps "Une deuxième mission à X est prévue en mai."', () => {
    const text = 'Une deuxième mission à Estamir est prévue en mai.';
    expect(missionsFor(text, [['PLACE', 'Estamir']])).toHaveLength(1);
  });

  it('tells no trip for "participants asked whether a similar mission to X is planned"', () => {
    const text = 'Several participants asked whether a similar mission to Estamir is planned.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(0);
  });

  it('keeps "participants asked about the mission to X planned for May"', () => {
    const text = 'Several participants asked about a similar mission to Estamir, planned for May.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(1);
  });

  it('tells no trip for "a second mission to X is likely, but not budgeted yet"', () => {
    const text = 'The chair said a second mission to Estamir is likely, but not budgeted yet.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(0);
  });

  it('tells no trip for "qu\'une visite à X soit étudiée ; aucune décision n\'est prise"', () => {
    const text = "Le maire avait souhaité qu'une visite à Estamir soit étudiée ; aucune décision n'est prise.";
    expect(missionsFor(text, [['PLACE', 'Estamir']])).toHaveLength(0);
  });

  it('keeps "a second mission to X is budgeted for May"', () => {
    const text = 'The chair said a second mission to Estamir is budgeted for May.';
    expect(missionsFor(text, [['PLACE', 'Estamir']], [], 'en')).toHaveLength(1);
  });
});
