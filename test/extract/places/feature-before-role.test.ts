import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: a named feature before a role word', () => {
  it('keeps "X Valley" a place when its mayor is named after it', () => {
    expect(names('The visit was welcomed by Brindlow Valley Mayor Oren Talbrook on Friday.')).toContain('Brindlow Valley');
  });

  it('does not report the bare head word as a town', () => {
    expect(names('The visit was welcomed by Brindlow Valley Mayor Oren Talbrook on Friday.')).not.toContain('Valley');
  });

  it('leaves an administrative head to the bare name: "X County Mayor"', () => {
    expect(names('The visit was welcomed by Kvistmarka County Mayor Oren Talbrook on Friday.')).not.toContain('Kvistmarka County');
  });

  it('still reads a capitalized word after the head as part of a company name', () => {
    expect(names('The order went to Brindlow Valley Textiles last week.')).not.toContain('Brindlow Valley');
  });
});
