import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const tripOf = (text: string) => extract(text).events.filter((e) => e.type === 'mission').at(-1);

const english = (signing: string): string => `Varna and Pécs sign a port pact

A delegation from Pécs spent four days in Varna this week and left with a signed memorandum of understanding.

The City of Varna and the City of Pécs are also drafting a twinning agreement. ${signing}, when a delegation from Varna led by Mayor Ivan Petrov will travel to Hungary.`;

const french = (signing: string): string => `Ravenne et Olomouc se rapprochent

La Ville d'Olomouc et la Ville de Ravenne préparent une charte d'amitié. ${signing}

Une délégation de Ravenne, conduite par le maire Marco Bellini, se rendra alors en République tchèque.`;

describe('a trip worded as a country, made for a signing to be held in a town', () => {
  it('goes to the town of the signing told in its sentence', () => {
    expect(tripOf(english('It is expected to be signed in Pécs in May 2027, during the Spring Wine Fair'))?.place).toBe('Pécs');
  });

  it('goes to the town of the signing told in the sentence before', () => {
    expect(tripOf(french('Elle devrait être signée à Olomouc en juin 2027, lors du Festival des fleurs.'))?.place).toBe('Olomouc');
  });

  it('keeps the country when the signing is held during no named event', () => {
    expect(tripOf(english('It is expected to be signed in Pécs in May 2027'))?.place).toBe('Hungary');
  });

  it('goes to the town of the signing when the next sentence makes the trip for it ("alors", "for the occasion")', () => {
    expect(tripOf(french('Elle devrait être signée à Olomouc en juin 2027.'))?.place).toBe('Olomouc');
    expect(tripOf(`Varna and Pécs sign a port pact

The City of Varna and the City of Pécs are drafting a twinning agreement. It is expected to be signed in Pécs in May 2027. A delegation from Varna led by Mayor Ivan Petrov will travel to Hungary for the occasion.`)?.place).toBe('Pécs');
  });

  it('keeps the country when "alors que" only contrasts, tying the trip to nothing', () => {
    const text = `Ravenne et Olomouc se rapprochent

La Ville d'Olomouc et la Ville de Ravenne préparent une charte d'amitié. Elle devrait être signée à Olomouc en juin 2027.

Une délégation de Ravenne se rendra en République tchèque en mars, alors que le texte ne sera pas prêt.`;
    expect(tripOf(text)?.place).toBe('République tchèque');
  });

  it('keeps the country when the trip is told from the host side, received there', () => {
    const text = `La Ville d'Olomouc et la Ville de Ravenne préparent une charte d'amitié. Elle devrait être signée à Olomouc en juin 2027, lors du Festival des fleurs, lorsqu'une délégation de Ravenne sera reçue en République tchèque.`;
    expect(tripOf(text)?.place).toBe('République tchèque');
  });

  it('keeps the country when the signing names no town', () => {
    expect(tripOf(english('It is expected to be signed in May 2027, during the spring fair'))?.place).toBe('Hungary');
  });

  it('keeps the country when the town named is only passed by, not where the signing is held', () => {
    expect(tripOf(french('Le maire en a parlé à Olomouc en juin 2026, lors du Festival des fleurs.'))?.place).not.toBe('Olomouc');
  });
});

describe('a planned agreement whose next sentence says where it will be signed', () => {
  const story = (next: string): string => `A delegation from the Hungarian city of Pécs spent four days in Varna this week, and left with a signed deal between two colleges and the promise of a wider twinning agreement with the City of Varna next summer.

Councillor Ivan Petrov confirmed that a twinning agreement between the City of Varna and the City of Pécs is being drafted. ${next}`;
  const plan = (text: string) => extract(text).events.find((e) => e.type === 'agreement' && e.status === 'planned');

  it('takes that town over a place its first clause passes by, even when a trip is told beside it', () => {
    expect(plan(story('It is expected to be signed in Pécs in May 2027, during the Spring Wine Fair, when a Varna delegation will travel to Hungary.'))?.place).toBe('Pécs');
  });

  it('keeps its place when the next sentence speaks of something else signed', () => {
    expect(plan(story('Its mayor is expected to have signed in Pécs a fishing permit in 2025.'))?.place).not.toBe('Pécs');
  });
});
