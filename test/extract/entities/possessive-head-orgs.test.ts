import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, placeAt } from './helpers.js';

describe('a school named after its patron in the possessive', () => {
  it('keeps the possessor and the words after the head', () => {
    const text = "Teachers from King's College London and Trinity's School visited.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(["King's College London", "Trinity's School"]);
  });

  it('takes "St." before the possessor', () => {
    const text = "Nurses from St. Anne's Hospital met the board.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(["St. Anne's Hospital"]);
  });

  it('reads a lone possessive of the same patron as the same body, not as a place', () => {
    const text = "Bishop's College in Norwich joins the network, said Bishop's dean Ola Berg.";
    const second = text.lastIndexOf('Bishop');
    const places = [placeAt(text, 'Bishop'), { start: second, end: second + 6, name: 'Bishop', confidence: 0.9 }, placeAt(text, 'Norwich')];
    const entities = entitiesOf(text, 'en', places);
    expect(entities.filter((e) => e.type === 'ORG').map((e) => [e.name, e.aliases])).toEqual([["Bishop's College", ["Bishop's"]]]);
    expect(entities.filter((e) => e.type === 'PLACE').map((e) => e.name)).toEqual(['Norwich']);
  });

  it('leaves out a place that owns a named body or a ministry', () => {
    const text = "Experts from Norway's Marine Institute and Ontario's Ministry of Energy came.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Marine Institute', 'Ministry of Energy']);
  });

  it('leaves a first name alone before a head', () => {
    const text = "Tom took Maria's School bus downtown.";
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});
