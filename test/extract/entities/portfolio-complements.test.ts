import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a ministry whose portfolio has a lower-case complement', () => {
  it('goes on through "du territoire" when "et du" opens the next portfolio', () => {
    const text = 'La délégation a été reçue par le ministère de l’Aménagement du territoire et de la Mobilité durable du Velmar. Ils ont signé.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Velmar')])).toEqual(['ministère de l’Aménagement du territoire et de la Mobilité durable du Velmar']);
  });

  it('ends before a lower-case complement that no portfolio follows', () => {
    const text = 'La délégation a été reçue par le ministère de la Santé du pays la semaine dernière.';
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['ministère de la Santé']);
  });
});
