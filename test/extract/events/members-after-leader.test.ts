import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the members told after a trip\'s leader do not lead it', () => {
  it('reads "conduite par M. X et composée de la conseillère Y": X leads', () => {
    const text = 'Le conseil autorise une mission à Valmorel du 8 au 12 février, conduite par M. Castagnède et composée de la conseillère Léa Pruneau.';
    const specs = [['PLACE', 'Valmorel'], ['PERSON', 'Aurélien Castagnède', 'Castagnède'], ['PERSON', 'Léa Pruneau']] as const;
    expect(missionFor(text, specs)?.signatories).toEqual(['Aurélien Castagnède']);
  });

  it('reads "led by Cr X with the Chief Executive Officer, Y": X leads', () => {
    const text = 'Outbound: a delegation to Valle Serena from 2 to 11 March, led by Cr Maura Quill with the Chief Executive Officer, Tavish Reid.';
    const specs = [['PLACE', 'Valle Serena'], ['PERSON', 'Maura Quill'], ['PERSON', 'Tavish Reid']] as const;
    expect(missionFor(text, specs, [], 'en')?.signatories).toEqual(['Maura Quill']);
  });

  it('keeps two leaders joined by "and" ("led by X and Y")', () => {
    const text = 'A delegation to Valle Serena from 2 to 11 March was led by Cr Maura Quill and Cr Tavish Reid.';
    const specs = [['PLACE', 'Valle Serena'], ['PERSON', 'Maura Quill'], ['PERSON', 'Tavish Reid']] as const;
    expect(missionFor(text, specs, [], 'en')?.signatories).toEqual(['Maura Quill', 'Tavish Reid']);
  });
});
