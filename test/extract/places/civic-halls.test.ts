import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: a town hall named by its town', () => {
  it('reports the hall where something happens, and keeps its town', () => {
    expect(names('The two mayors signed the charter at Kettering City Hall on Monday.')).toEqual(expect.arrayContaining(['Kettering City Hall', 'Kettering']));
    expect(names('A reception followed in Mansfield Town Hall.')).toEqual(expect.arrayContaining(['Mansfield Town Hall']));
  });

  it('takes the town a hall is named after even when the gazetteer lacks it, and a hall after a part of it', () => {
    expect(names('The twinning charter was signed at Quenbury City Hall on Friday.')).toEqual(expect.arrayContaining(['Quenbury City Hall', 'Quenbury']));
    expect(names('They met in the council chamber of Brantholm Ferry Town Hall.')).toEqual(expect.arrayContaining(['Brantholm Ferry Town Hall', 'Brantholm Ferry']));
  });

  it('names no town after a hall told apart by a qualifier, nor after "of" with no part of a building', () => {
    expect(names('The mayors met at the New Town Hall on Friday.')).not.toContain('New');
    expect(names('The staff of Quenbury City Hall agreed.')).toEqual([]);
  });

  it('leaves a bare City Hall, and a hall with no cue before it, alone', () => {
    expect(names('The charter was signed at City Hall on Monday.')).toEqual([]);
    expect(names('Kettering City Hall announced new opening hours.')).not.toContain('Kettering City Hall');
  });
});
