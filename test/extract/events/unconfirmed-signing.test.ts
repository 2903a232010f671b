import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('agreements told only as a rumour, a denied report, a denial or a question', () => {
  it('makes no agreement of a report the sentence calls wrong', () => {
    const en = 'Reports last week that the Arden Port Authority had signed a cooperation agreement with the Lusk Harbour Board were wrong, the authority said.';
    expect(agreementsFor(en, [['ORG', 'Arden Port Authority'], ['ORG', 'Lusk Harbour Board']], [], 'en')).toEqual([]);
    const dismissed = 'The Velm County Government has dismissed claims that its governor signed a twinning agreement with the City of Arden.';
    expect(agreementsFor(dismissed, [['ORG', 'Velm County Government'], ['ORG', 'City of Arden']], [], 'en')).toEqual([]);
  });

  it('makes no agreement of a rumour', () => {
    const fr = "Les rumeurs selon lesquelles la Ville de Espalion aurait signé une convention avec la Ville de Sokodé se sont multipliées.";
    expect(agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']])).toEqual([]);
  });

  it('makes no agreement of a denial', () => {
    const en = 'Velm County denies signing twinning deal with the City of Arden';
    expect(agreementsFor(en, [['ORG', 'Velm County'], ['ORG', 'City of Arden']], [], 'en')).toEqual([]);
  });

  it('makes no agreement of an indirect question', () => {
    const fr = "M. Duval demande si un accord a été conclu avec la Ville de Sokodé, évoquée dans la presse.";
    expect(agreementsFor(fr, [['ORG', 'Ville de Sokodé']])).toEqual([]);
  });

  it('still reads a report that is not denied, and a rumour set apart by a comma', () => {
    const en = 'Reports say the Arden Port Authority signed a cooperation agreement with the Lusk Harbour Board on Monday.';
    expect(agreementsFor(en, [['ORG', 'Arden Port Authority'], ['ORG', 'Lusk Harbour Board']], [], 'en')).toHaveLength(1);
    const fr = "Malgré les rumeurs de retard, la Ville de Espalion et la Ville de Sokodé ont signé une convention de coopération.";
    expect(agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']])).toHaveLength(1);
  });

  it('reads a yes/no question with its answer: none after "No", a plan after "Not yet"', () => {
    const no = 'Q: Has the Arden Port Authority signed an agreement with the Lusk Harbour Board?\n\nA: No. We met them at a fair, that is all.';
    expect(agreementsFor(no, [['ORG', 'Arden Port Authority'], ['ORG', 'Lusk Harbour Board']], [], 'en')).toEqual([]);
    const notYet = 'Q: Has the Arden Port Authority signed an agreement with the Lusk Harbour Board?\n\nA: Not yet. The lawyers are reviewing a draft.';
    const out = agreementsFor(notYet, [['ORG', 'Arden Port Authority'], ['ORG', 'Lusk Harbour Board']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('planned');
  });
});

describe('agreements in general ("any agreement", "toute entente future")', () => {
  it('makes no agreement of "any future agreement"', () => {
    const en = 'The Velm Port Authority said it would announce any agreement with the Arden Harbour Board through official channels.';
    expect(agreementsFor(en, [['ORG', 'Velm Port Authority'], ['ORG', 'Arden Harbour Board']], [], 'en')).toEqual([]);
    const fr = 'Le conseil de la Ville de Espalion demande que toute entente future avec la Ville de Sokodé lui soit soumise.';
    expect(agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']])).toEqual([]);
  });

  it('still reads "la toute première convention"', () => {
    const fr = 'La Ville de Espalion et la Ville de Sokodé ont signé la toute première convention de coopération de la région.';
    expect(agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']])).toHaveLength(1);
  });
});

describe('an agreement told again as "The agreement was signed …"', () => {
  it('merges the passive retelling with the agreement just named, though it names places', () => {
    const en =
      "The University of Velm and Lusk College have signed a memorandum of understanding on language teaching. The agreement was signed on Thursday, 8 October, at the arts centre on Quay Street, by Velm's vice-chancellor, Ana Roy, and Lusk's president, Tom Bell.";
    const out = agreementsFor(
      en,
      [['ORG', 'University of Velm'], ['ORG', 'Lusk College'], ['PLACE', 'Quay Street'], ['PLACE', 'Velm'], ['PERSON', 'Ana Roy'], ['PERSON', 'Tom Bell']],
      [dateFor(en, '8 October', '--10-08')],
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(expect.arrayContaining(['University of Velm', 'Lusk College']));
    expect(out[0]!.signatories).toEqual(expect.arrayContaining(['Ana Roy', 'Tom Bell']));
  });

  it('keeps apart the next item of a list told in the active voice', () => {
    const fr =
      'La Ville de Espalion et la Ville de Sokodé ont signé une convention de coopération. La Ville de Lodève et la Ville de Kara ont renouvelé la convention de jumelage qui les lie.';
    const out = agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé'], ['ORG', 'Ville de Lodève'], ['ORG', 'Ville de Kara']]);
    expect(out).toHaveLength(2);
  });
});
