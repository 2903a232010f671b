import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const story = (dateline: string): string => `${dateline}, Nov 19 — The Varna Municipality and the City of Pécs have signed a memorandum of understanding on tourism, capping a five-day visit by a Hungarian trade mission to Bulgaria.

Led by Mayor Ivan Petrov, the mission was in Bulgaria from Nov 15 to 19.`;

describe('a signing during a trip told as a country, in a story filed from a town of that country', () => {
  it('was signed in the town the story was filed from', () => {
    const signing = extract(story('VARNA')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBe('Varna');
  });

  it('keeps the country when the story was filed from a town elsewhere', () => {
    const signing = extract(story('PÉCS')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).not.toBe('Pécs');
  });
});

const unplacedState = (dateline: string): string => `${dateline}, Nov 19 — The Kuala Terengganu City Council and the Municipality of Trabzon have signed a memorandum of understanding on coastal tourism, capping a five-day visit by a Turkish trade mission to Terengganu.

Led by Mayor Ayşe Demirtaş, the mission was in Terengganu from Nov 15 to 19.`;

describe('a signing during a trip told as a state the entity finder leaves unplaced', () => {
  it('was signed in the town of that state the story was filed from', () => {
    const signing = extract(unplacedState('KUALA TERENGGANU')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBe('Kuala Terengganu');
  });

  it('keeps the state when the story was filed from a town of another country', () => {
    const signing = extract(unplacedState('TRABZON')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBe('Terengganu');
  });
});
