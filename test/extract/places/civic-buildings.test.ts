import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en');

describe('findPlaces: a council building named without its town', () => {
  it('takes County Hall, the Guildhall and the Municipal Chambers', () => {
    expect(names('The two leaders signed the accord at County Hall on Thursday.')).toContain('County Hall');
    expect(names('The Guildhall hosted the signing dinner.')).toContain('Guildhall');
    expect(names('Councillors gathered in the Municipal Chambers for the vote.')).toContain('Municipal Chambers');
  });

  it('leaves them alone inside a longer name', () => {
    expect(names('Tickets for County Hall Gardens Festival are on sale.')).not.toContain('County Hall');
    expect(names('The Guildhall Trust gave a grant.')).not.toContain('Guildhall');
  });
});
