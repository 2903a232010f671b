import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';
import { dateFor, eventsFor, missionsFor } from './entities-for.js';

const kinds = (text: string) => findTriggers(text, { start: 0, end: text.length }).map((t) => t.kind);

describe('a trip the clause denies', () => {
  it('makes no trip of "did not lead any trade missions" or "n’a organisé aucune mission"', () => {
    const en = 'The Harbour Board did not lead any outbound trade missions to Portugal in 2022, after funding moved to the Ferrol Export Desk.';
    expect(eventsFor(en, [['ORG', 'Harbour Board'], ['PLACE', 'Portugal'], ['ORG', 'Ferrol Export Desk']], [], 'en')).toEqual([]);
    const fr = "La Chambre de Vannes n'a organisé aucune mission économique au Chili cette année, faute de budget.";
    expect(eventsFor(fr, [['ORG', 'Chambre de Vannes'], ['PLACE', 'Chili']])).toEqual([]);
  });

  it('still reads "not only a trade mission" and a plain trip as trips', () => {
    const text = 'The Harbour Board led not only a trade mission to Portugal but also a summit in Lisbon.';
    expect(missionsFor(text, [['ORG', 'Harbour Board'], ['PLACE', 'Portugal'], ['PLACE', 'Lisbon']], [], 'en')).toHaveLength(1);
  });
});

describe('powers handed down and notes to staff', () => {
  it('makes no trip of "a delegation of signing authority" or "délégation de service public"', () => {
    expect(kinds('The board approved a delegation of signing authority to managers in Tralee.')).toEqual([]);
    expect(kinds('La cantine est gérée par délégation de service public à Vierzon.')).toEqual([]);
    expect(kinds('Une délégation de pouvoirs au directeur a été votée.')).toEqual([]);
    expect(kinds('A delegation of the Ferrol council arrives in May.')).toEqual(['delegation']);
  });

  it('makes no agreement of "a memorandum to staff" or "an internal memo"', () => {
    expect(kinds('In a memorandum to staff, the director announced new hours.')).toEqual([]);
    expect(kinds('An internal memorandum was leaked to the press.')).toEqual([]);
    expect(kinds('They signed a memorandum to boost trade between Tralee and Ferrol.')).toEqual(['memorandum']);
  });
});

describe('what an agreement already named contains', () => {
  it('adds no agreement for "Under the three-year MOU, the partners will …"', () => {
    const text =
      'Ardmore Ventures and the Selfoss Marine Hub signed a memorandum of understanding on Monday. Under the three-year MOU, the partners will co-host investor days in Tralee and Akureyri.';
    const out = eventsFor(text, [['ORG', 'Ardmore Ventures'], ['ORG', 'Selfoss Marine Hub'], ['PLACE', 'Tralee'], ['PLACE', 'Akureyri']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'agreement', parties: ['Ardmore Ventures', 'Selfoss Marine Hub'] });
  });
});

describe('how long a tie has lasted', () => {
  it('does not date an event by "since 1993" or "depuis 2019"', () => {
    const en = 'Mayor Ruth Lane renewed the sister-city agreement that has linked Tacoma and Lugo since 1993.';
    const out = eventsFor(en, [['PERSON', 'Ruth Lane'], ['PLACE', 'Tacoma'], ['PLACE', 'Lugo']], [dateFor(en, '1993', '1993')], 'en');
    expect(out[0]).toMatchObject({ type: 'agreement' });
    expect(out[0]?.date).toBeUndefined();
    const fr = "Les deux cantons ont renouvelé l'accord-cadre qui lie Uri et Tessin depuis 2019.";
    const fout = eventsFor(fr, [['PLACE', 'Uri'], ['PLACE', 'Tessin']], [dateFor(fr, '2019', '2019')]);
    expect(fout[0]?.date).toBeUndefined();
  });
});

describe('agreements refused or named again', () => {
  it('makes no agreement of "nous ne voulons plus de convention signée pour la photo"', () => {
    const text = '« Nous ne voulons plus de convention signée pour la photo », a dit la présidente du Conseil de Mayotte.';
    expect(eventsFor(text, [['ORG', 'Conseil de Mayotte']])).toEqual([]);
  });

  it('names a framework agreement by its full noun and counts a later "convention" as the same one', () => {
    const text =
      "La Région Sud et la Province de Cuneo ont signé une convention-cadre de coopération transfrontalière, le 3 mai. Une convention de ce type manquait, a dit le président.";
    const out = eventsFor(text, [['ORG', 'Région Sud'], ['ORG', 'Province de Cuneo']], [dateFor(text, '3 mai', '--05-03')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'convention-cadre de coopération transfrontalière', parties: ['Région Sud', 'Province de Cuneo'] });
  });

  it('resolves "les deux communes" to towns only', () => {
    const text =
      "La Chambre de Liège et la Chambre de Dakar ont signé une lettre d'intention. Les deux maires ont annoncé qu'un accord de jumelage entre les deux communes serait soumis aux conseils.";
    const out = eventsFor(text, [['ORG', 'Chambre de Liège'], ['ORG', 'Chambre de Dakar']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: "lettre d'intention" });
  });

  it('resolves "les deux communes" to the two towns of the sentence before, when no event names towns', () => {
    const text =
      "La Chambre de Liège et la Chambre de Dakar ont signé une lettre d'intention. Le maire de Huy a rencontré le maire de Thiès. Les deux élus ont annoncé qu'un accord de jumelage entre les deux communes serait soumis aux conseils.";
    const out = eventsFor(text, [['ORG', 'Chambre de Liège'], ['ORG', 'Chambre de Dakar'], ['PLACE', 'Huy'], ['PLACE', 'Thiès']]);
    expect(out.find((e) => e.status === 'planned')).toMatchObject({ parties: ['Huy', 'Thiès'] });
  });
});
