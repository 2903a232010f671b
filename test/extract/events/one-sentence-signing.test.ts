import { describe, expect, it } from 'vitest';
import { findAllTriggers } from '../../../src/extract/events/find-triggers.js';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

const missionWords = (text: string) => findAllTriggers(text).filter((t) => /^mission/i.test(t.kind));

describe('one signing told twice in one sentence', () => {
  it('reads "became sister cities on …, when the mayors signed a sister city agreement at …" as one agreement', () => {
    const en =
      'Arden and Velm sign sister city agreement\n\nARDEN, B.C. — The City of Arden and Velm City, on the east coast of Lorland, formally became sister cities on May 2, 2030, when Mayor Ada Lind and Velm City Mayor Ivo Brand signed a sister city agreement at the Velm City Office during the Velm Salmon Festival.';
    const out = agreementsFor(
      en,
      [['PLACE', 'Arden'], ['PLACE', 'Velm'], ['PLACE', 'Lorland'], ['ORG', 'City of Arden'], ['ORG', 'Velm City'], ['ORG', 'Velm City Office'], ['PERSON', 'Ada Lind'], ['PERSON', 'Ivo Brand']],
      [dateFor(en, 'May 2, 2030', '2030-05-02')],
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.signatories).toEqual(['Ada Lind', 'Ivo Brand']);
    expect(out[0]!.date).toBe('2030-05-02');
  });

  it('keeps two agreements of one sentence apart when each has its own noun', () => {
    const en =
      'The City of Arden and Velm City signed a friendship agreement, and the Arden College and the Velm Institute signed a memorandum of understanding.';
    const out = agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'Velm City'], ['ORG', 'Arden College'], ['ORG', 'Velm Institute']], [], 'en');
    expect(out).toHaveLength(2);
  });
});

describe('the "mission" of a body, told with an adjective, an aside or a negation', () => {
  it('reads no trip in "La mission première d’une mairie, c’est de …" or "The mission of a twinning, the mayor said, is not a …"', () => {
    expect(missionWords("« La mission première d'une mairie, c'est d'abord d'écouter ses habitants. »")).toEqual([]);
    expect(missionWords('The mission of a twinning, the mayor said, "is not a photo opportunity."')).toEqual([]);
    expect(missionWords('The mission of the harbour board, she added, is first to keep the ferries running.')).toEqual([]);
  });

  it('still reads a trip judged a success', () => {
    expect(missionWords('La mission de la Ville de Lorval à Vennes est un succès.')).toHaveLength(1);
    expect(missionWords('The mission, the mayor said, was a success.')).toHaveLength(1);
    expect(missionWords("Une mission de la Ville de Lorval à Vennes est à l'étude pour préparer ce texte.")).toHaveLength(1);
  });
});
