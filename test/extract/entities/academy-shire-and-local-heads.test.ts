import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('English heads academy, ports, shire and borough', () => {
  it('reads a body its "Academy" or "Ports" closes, and a shire or borough before "of"', () => {
    const text = 'The Dunmore Nautical Academy will train pilots with Kerrow Ports next year. The Shire of Ballinvale and the Borough of Tansley signed it.';
    const orgs = namesOf(text, 'ORG', 'en');
    expect(orgs).toContain('Dunmore Nautical Academy');
    expect(orgs).toContain('Kerrow Ports');
    expect(orgs).toContain('Shire of Ballinvale');
    expect(orgs).toContain('Borough of Tansley');
  });

  it('reads an acronym before "Ports" as the start of its name', () => {
    expect(namesOf('It brings together the college, KRW Ports and six local companies.', 'ORG', 'en')).toContain('KRW Ports');
  });

  it('leaves a shire named after its town, with no "of", alone', () => {
    expect(namesOf('They walked through the green Ballinvale Shire hills on Sunday.', 'ORG', 'en')).toEqual([]);
  });
});

describe('a name its head closes before "and"', () => {
  it('ends there, the words after "and" being no part of it', () => {
    const orgs = namesOf('The visit was organised by Dunmore Nautical Academy and Kerrow Investment & Trade last week.', 'ORG', 'en');
    expect(orgs).toContain('Dunmore Nautical Academy');
    expect(orgs.filter((n) => n.includes(' and '))).toEqual([]);
  });

  it('keeps one name where "and" joins the words of an "of" complement or two plain words', () => {
    expect(namesOf('She met the Department of Roads and Bridges on Monday.', 'ORG', 'en')).toContain('Department of Roads and Bridges');
    expect(namesOf('She visited the Kerrow Research and Innovation Centre on Monday.', 'ORG', 'en')).toContain('Kerrow Research and Innovation Centre');
  });
});

describe('Galician, Catalan and Italian heads of local bodies', () => {
  it('reads "Concello de", "Ajuntament de", "Autorità di" names', () => {
    const orgs = namesOf("Le Concello de Vilarmar et l'Ajuntament de Sant Feliu ont rencontré l'Autorità di Sistema Portuale di Marezza.", 'ORG');
    expect(orgs).toContain('Concello de Vilarmar');
    expect(orgs).toContain('Ajuntament de Sant Feliu');
    expect(orgs).toContain('Autorità di Sistema Portuale di Marezza');
  });
});
