import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('capitalized words joined by a spaced "&"', () => {
  it('makes one name of both sides', () => {
    expect(namesOf('Corlan Fish & Game, which paid part of the costs, welcomed the deal.', 'ORG', 'en')).toEqual(['Corlan Fish & Game']);
    expect(namesOf('Tessard & Moulinet Aéro, qui a fait visiter son usine, a signé.', 'ORG')).toEqual(['Tessard & Moulinet Aéro']);
  });

  it('keeps an acronym before the "&" and the head\'s complement after it', () => {
    expect(namesOf('The group met the QRX & Valdemar Chamber of Mines on Monday.', 'ORG', 'en')).toEqual(['QRX & Valdemar Chamber of Mines']);
  });

  it('reads no name in a rubric, a breadcrumb or an event', () => {
    expect(namesOf('Trade & Policy | Nov. 9, 2026', 'ORG', 'en')).toEqual([]);
    expect(namesOf('Home > News & Media > Latest news', 'ORG', 'en')).toEqual([]);
    expect(namesOf('The firm went to the Korvel Fish & Technology Expo, where it met buyers.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('The team played at the Varnel Fish & Timber Games, where it met buyers.', 'ORG', 'en')).toEqual([]);
  });

  it('stops before a job title or a person after the "&"', () => {
    expect(namesOf('Sales & Marketing Director Anne Velor said the plant would open.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('Sales & Marketing Director Anne Velor said the plant would open.', 'PERSON', 'en')).toEqual(['Anne Velor']);
    expect(namesOf('Health & Safety Officer John Brackley inspected the site.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('The Director & Chief Executive spoke first.', 'ORG', 'en')).toEqual([]);
  });

  it('keeps a body whose words after the "&" are no role', () => {
    expect(namesOf('Corlan Sales & Marketing Services, which paid part of the costs, welcomed the deal.', 'ORG', 'en')).toEqual(['Corlan Sales & Marketing Services']);
  });
});
