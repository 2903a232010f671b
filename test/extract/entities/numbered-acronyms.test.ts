import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

describe('an acronym with a number in brackets', () => {
  it('is the alias of the long form before it, and its later uses join it', () => {
    const text = "Une convention avec la Chambre de métiers et de l'artisanat du Var (CMA 83) sera signée. La CMA 83 compte 500 membres.";
    const orgs = entitiesOf(text).filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.name, e.aliases])).toEqual([["Chambre de métiers et de l'artisanat du Var", ['CMA 83']]]);
  });
});
