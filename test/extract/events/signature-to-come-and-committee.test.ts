import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('a text put forward for signature', () => {
  it('reads "which officers plan to bring forward for signature" and "transmise pour signature" as planned', () => {
    expect(detectStatus('The board will review a memorandum with the Velm Port Board, which officers plan to bring forward for signature next year.')).toBe('planned');
    expect(detectStatus('La convention a été transmise pour signature aux deux maires.')).toBe('planned');
    expect(detectStatus('Le protocole sera soumis à la signature des deux présidents.')).toBe('planned');
  });

  it('still reads a signature that took place as signed', () => {
    expect(detectStatus('The memorandum was signed by both mayors at the town hall.')).toBe('signed');
    expect(detectStatus('La signature de la convention a eu lieu lundi à la mairie.')).toBe('signed');
  });
});

describe('a body named after the tie', () => {
  it('makes no agreement of "the sister city committee", nor dates one by it', () => {
    const alone = "Councillor Ada Lind, who chairs the City of Arden's sister city committee, said the council was pleased.";
    expect(agreementsFor(alone, [['ORG', 'City of Arden'], ['PERSON', 'Ada Lind']], [], 'en')).toEqual([]);
    const en =
      "The City of Arden and the City of Velm became sister cities on May 2, 2030, when the two mayors signed a sister city agreement. The relationship began when Councillor Ada Lind, who chairs the City of Arden's sister city committee, travelled to Velm in April 2028.";
    const out = agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm'], ['PERSON', 'Ada Lind'], ['PLACE', 'Velm']], [dateFor(en, 'May 2, 2030', '2030-05-02'), dateFor(en, 'April 2028', '2028-04')], 'en');
    expect(out.map((e) => e.date)).not.toContain('2028-04');
  });

  it('still reads a sister city agreement signed', () => {
    const en = 'The City of Arden and the City of Velm signed a sister city agreement in April.';
    expect(agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm']], [], 'en')).toHaveLength(1);
  });
});
