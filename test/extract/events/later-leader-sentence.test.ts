import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

const sornacLeaders = (text: string) => missionFor(text, [['PLACE', 'Sornac'], ['PLACE', 'Brivelle'], ['PERSON', 'Anne Roy']])?.signatories;
const norrvikLeaders = (text: string) => missionFor(text, [['PLACE', 'Norrvik'], ['PLACE', 'Eastmoor'], ['PERSON', 'Lena Dahl']], [], 'en')?.signatories;

describe('the leader of a trip told a sentence or two after it', () => {
  it('reads "Le groupe de neuf personnes était dirigé par X" after a sentence with no event', () => {
    expect(
      sornacLeaders(
        'Une délégation de Sornac a séjourné à Brivelle du 2 au 6 mai. Le programme comptait trois fermes et une scierie. Le groupe de neuf personnes était dirigé par la mairesse Anne Roy.',
      ),
    ).toEqual(['Anne Roy']);
  });

  it('reads "The eight visitors, …, were led by X"', () => {
    expect(norrvikLeaders('A delegation from Norrvik spent a week in Eastmoor. The eight visitors, in Eastmoor from 2 to 6 May, were led by Councillor Lena Dahl.')).toEqual(['Lena Dahl']);
  });

  it('leaves out visitors who were only greeted', () => {
    expect(norrvikLeaders('A delegation from Norrvik spent a week in Eastmoor. The eight visitors, in Eastmoor from 2 to 6 May, were greeted by Councillor Lena Dahl.')).toEqual([]);
  });

  it('leaves out a leader told past three sentences', () => {
    expect(
      sornacLeaders(
        'Une délégation de Sornac a séjourné à Brivelle du 2 au 6 mai. Le programme comptait trois fermes. Il y avait aussi une scierie. La météo était clémente. Le groupe était dirigé par la mairesse Anne Roy.',
      ),
    ).toEqual([]);
  });
});
