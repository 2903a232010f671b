import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an acronym whose long form names a program', () => {
  it('makes no organization, nor does its acronym later', () => {
    const text = "L'équipe mène le Programme d'appui aux filières rurales (PAFR) depuis 2020. Le PAFR finance dix coopératives.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual([]);
  });

  it('leaves a body’s long form an organization', () => {
    const text = "Le Conseil régional des élus (CRE) finance le projet.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Conseil régional des élus']);
  });
});
