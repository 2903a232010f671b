import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a town after the head of a body with branches', () => {
  it('is the branch\'s, in the gazetteer or not', () => {
    expect(namesOf('The same afternoon, Tarvel College Brinmouth signed a memorandum.', 'ORG', 'en')).toEqual(['Tarvel College Brinmouth']);
    expect(namesOf('Staff of Local Enterprise Office Kelmore joined them, along with firms.', 'ORG', 'en')).toEqual(['Local Enterprise Office Kelmore']);
  });

  it('leaves a role, a weekday or another name after the head out', () => {
    expect(namesOf('The Tarvel College Principal met them.', 'ORG', 'en')).toEqual(['Tarvel College']);
    expect(namesOf('Tarvel College Tuesday was busy.', 'ORG', 'en')).toEqual(['Tarvel College']);
  });
});
