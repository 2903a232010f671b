import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('capitals that name no organization', () => {
  it('skips a trade show named in capitals', () => {
    const text = 'The firm will exhibit at the AGRITEX SEOUL trade show in May.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('skips a social-media handle', () => {
    const text = 'Follow the ministry on X at @EDT_NB and @NBGov.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('keeps an acronym before other words', () => {
    const text = 'AGRITEX signed with the port.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['AGRITEX']);
  });
});

describe('a firm verb that is also a plural noun', () => {
  it('reads "markets" after an adjective as a noun', () => {
    const text = 'The deal opens the Asian markets to our firms. Korvana markets its drones in Peru.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Korvana']);
  });
});

describe('common capitals', () => {
  it('reads "EV" and a release’s "ENDS" as no organization', () => {
    const text = 'Ontario and Ohio sign EV supply-chain pact.\n\nThe plant opens in May.\n\nENDS\n';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});

describe('the shouted words of minutes and resolutions', () => {
  it('reads French resolution verbs and "ATTENDU QUE" as no organization', () => {
    const text = "ATTENDU QUE la Ville de Montrevel souhaite coopérer ;\n\nATTENDU QU'une délégation est venue en mai ;\n\n- APPROUVE la convention ;\n- AUTORISE le maire à la signer ;\n- DIT que les crédits sont prévus.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Ville de Montrevel']);
  });

  it('reads English motion words as no organization', () => {
    const text = 'ALSO PRESENT: the clerk.\n\nMoved by Councillor Reyes, THAT the report be received. CARRIED.\n\nAmendment: THAT the trip be shortened. DEFEATED.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('keeps an acronym that opens a motion', () => {
    const text = 'THAT Council thank the OFSA for its report. CARRIED.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['OFSA']);
  });
});

describe('hashtags and shouted days', () => {
  it('reads a camel-cased hashtag as no organization', () => {
    const text = 'Great week with our partners in Tarnova. #GreenHarbour #TradeLinks #BluePort';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('keeps a camel-cased brand that is no hashtag', () => {
    const text = 'The deal was signed with GreenHarbour, a maker of buoys.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['GreenHarbour']);
  });

  it('reads a programme’s shouted day and month headings as no organization', () => {
    const text = 'MARDI 12 MAI 2026 — Chambly\n\n9 h : accueil des délégations à la mairie.\n\nMERCREDI 13 MAI 2026 — Farnham\n\n10 h : visite du port.\n\nTHURSDAY 14 MAY 2026 — Sutton\n\nClosing session.';
    expect(namesOf(text, 'ORG', 'fr')).toEqual([]);
  });

  it('keeps a shouted acronym beside a day heading', () => {
    const text = 'MARDI 12 MAI 2026 — Chambly\n\n9 h : accueil par la CRIDA à la mairie.';
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['CRIDA']);
  });
});

describe('a word the text also writes in mixed case', () => {
  it('reads a speaker label in capitals as a shouted surname, not initials', () => {
    const text = 'Host: Tavu Pelby\n\nPELBY: Good morning, Mayor.\n\nMAYOR: Good morning.\n\nPELBY: What did you sign?';
    expect(namesOf(text, 'ORG', 'en')).not.toContain('PELBY');
  });

  it('keeps capitals the text never writes otherwise', () => {
    const text = 'Host: Lorna Pelby\n\nQRVAX: Good morning, Mayor.\n\nThe mayor met QRVAX staff.';
    expect(namesOf(text, 'ORG', 'en')).toContain('QRVAX');
  });
});

describe('a social-media handle in camel case', () => {
  it('names no organization', () => {
    expect(namesOf('@NorvaleChamber: Proud to sign with the university.', 'ORG', 'en')).toEqual([]);
  });

  it('leaves a camel-case brand written without "@" alone', () => {
    expect(namesOf('The deal was signed by NorvaleChamber staff.', 'ORG', 'en')).toContain('NorvaleChamber');
  });
});

describe('a nationality adjective after a company cue', () => {
  it('qualifies the lower-case noun after it and names no body', () => {
    expect(namesOf('"Tarvel was built by Irish hands," she said.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('Local firms eye Norwegian market share.', 'ORG', 'en')).toEqual([]);
  });

  it('keeps a company whose name opens with one', () => {
    expect(namesOf('The ship was built by Irish Shipworks last year.', 'ORG', 'en')).toContain('Irish Shipworks');
  });
});

describe('more resolution verbs of minutes', () => {
  it('reads "PREND ACTE" and "RATIFIE" as no organization', () => {
    const text = "Le conseil :\n- PREND ACTE du rapport de la mission ;\n- RATIFIE la convention avec la Ville de Montrevel.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Ville de Montrevel']);
  });

  it('still reads an acronym in capitals in such a list', () => {
    const text = "Le conseil :\n- PREND ACTE du rapport de la QRVAM ;\n- RATIFIE la convention.";
    expect(namesOf(text, 'ORG', 'fr')).toContain('QRVAM');
  });
});
