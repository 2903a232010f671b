import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a company descriptor, then "de"/"of" and a name', () => {
  it('reads the name as where the firms are, known place or not', () => {
    expect(namesOf("Une vingtaine d'entreprises de Valdorne pourraient y participer.", 'ORG')).toEqual([]);
    expect(namesOf("Elle comptait sept chefs d'entreprise de l'Orvanne et des élus.", 'ORG')).toEqual([]);
    expect(namesOf('Two companies from Brelford joined the mission.', 'ORG', 'en')).toEqual([]);
  });

  it('still names the firm written right after its descriptor', () => {
    expect(namesOf("L'entreprise Valdorne Métal a signé un contrat.", 'ORG')).toEqual(['Valdorne Métal']);
  });
});
