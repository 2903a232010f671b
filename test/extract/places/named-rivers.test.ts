import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: rivers named bare', () => {
  it('reads the names set beside a river noun after a comma or a colon', () => {
    expect(names('Both towns grew on a river, the Wendle for us and the Water of Brack for them, and on coal.')).toEqual(['Water of Brack', 'Wendle']);
    expect(names('Nos villes ont chacune une rivière, la Sorvelle chez nous, la Brennade là-bas.', 'fr')).toEqual(['Brennade', 'Sorvelle']);
    expect(names('Un fleuve capricieux : la Varonne, qui déborde chaque printemps.', 'fr')).toEqual(['Varonne']);
  });

  it('reads a river after "the banks of" and "along the", and a British "River" before its name', () => {
    expect(names('Families from the banks of the Wendle sailed west.')).toEqual(['Wendle']);
    expect(names('The mills stood along the Wendle until 1900.')).toEqual(['Wendle']);
    expect(names('The test site on the River Wendle opens in May.')).toEqual(['River Wendle']);
  });

  it('leaves a common word, a name that goes on, and a firm opened by "River"', () => {
    expect(names('The river, the Council said, will be cleaned.')).toEqual([]);
    expect(names('We walked along the Harbour Wendle Trail.')).toEqual([]);
    expect(names('The River Wendle Bank opened a branch.')).toEqual([]);
  });

  it('reads no river in a source, a bank, or a title after "along the"', () => {
    expect(names('A source of the Clarion said the deal was off.')).toEqual([]);
    expect(names('The bank of the Korvan said no to the loan.')).toEqual([]);
    expect(names('The crowd walked along the Mayor and his guests.')).toEqual([]);
    expect(names('Fish came back to the mouth of the Wendle last year.')).toEqual(['Wendle']);
  });
});

describe('findPlaces: a name before a lower-case natural head', () => {
  it('keeps the head in the name after "the"', () => {
    expect(names('The group walked in the Brennock valley on Sunday.')).toEqual(['Brennock valley']);
    expect(names('The inn sits at the foot of the Oskaro mountains.')).toEqual(['Oskaro mountains']);
  });

  it('leaves a demonym, a common word and a name without "the"', () => {
    expect(names('They sailed to the Greek island before dawn.')).toEqual([]);
    expect(names('The Long lake towns met.')).toEqual([]);
    expect(names('Brennock valley farmers met on Sunday.')).toEqual([]);
  });
});
