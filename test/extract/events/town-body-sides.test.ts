import { describe, expect, it } from 'vitest';
import { agreementFor, eventsFor } from './entities-for.js';

describe("a town's own body named just before its mayors sign", () => {
  it('joins the town among the agreement’s sides', () => {
    const text =
      'La Ville de Brivelle et la Mairie de Sornac ont officialisé leur rapprochement. Le maire de Brivelle, Jean Dupuis, et la mairesse de Sornac, Anne Roy, ont signé mardi une entente de coopération.';
    const [e] = eventsFor(text, [
      ['ORG', 'Ville de Brivelle'],
      ['ORG', 'Mairie de Sornac'],
      ['PLACE', 'Brivelle'],
      ['PLACE', 'Sornac'],
      ['PERSON', 'Jean Dupuis'],
      ['PERSON', 'Anne Roy'],
    ]);
    expect(e?.type).toBe('agreement');
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Brivelle', 'Mairie de Sornac']));
  });

  it('in English, a town then its council', () => {
    const text =
      'Talks between Eastmoor City Council and the City of Varna began last year. On Monday the mayors of Eastmoor and Varna signed a friendship agreement.';
    const e = agreementFor(
      text,
      [['ORG', 'Eastmoor City Council'], ['ORG', 'City of Varna'], ['PLACE', 'Eastmoor'], ['PLACE', 'Varna']],
      [],
      'en',
    );
    expect(e?.parties).toEqual(expect.arrayContaining(['Eastmoor City Council', 'City of Varna']));
  });

  it('leaves a town alone when the body nearby is not the town’s own (a chamber, a school)', () => {
    const text =
      'La Chambre de commerce de Sornac appuie le projet. Le maire de Brivelle, Jean Dupuis, et la mairesse de Sornac, Anne Roy, ont signé mardi une entente de coopération.';
    const [e] = eventsFor(text, [
      ['ORG', 'Chambre de commerce de Sornac'],
      ['PLACE', 'Brivelle'],
      ['PLACE', 'Sornac'],
      ['PERSON', 'Jean Dupuis'],
      ['PERSON', 'Anne Roy'],
    ]);
    expect(e?.parties).not.toContain('Chambre de commerce de Sornac');
    expect(e?.parties).toEqual(expect.arrayContaining(['Brivelle', 'Sornac']));
  });
});
