import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('agreements listed under an intro', () => {
  it('take the day and town of the signing the intro points back to, not the trip around it', () => {
    const text = [
      'Four agreements were signed in Lisbon on Tuesday 3 March at the Atlantic Ports Summit.',
      '',
      'The mayor is leading a trade mission to Portugal from 1 to 6 March with twelve firms.',
      '',
      'The agreements signed at the summit are:',
      '',
      '- a memorandum of understanding between Harbourside College and Tagus Polytechnic;',
      '- a renewal of the 2011 freight agreement between Northgate Port and Lisbon Port Company.',
    ].join('\n');
    const dates = [
      dateFor(text, 'Tuesday 3 March', '--03-03'),
      dateFor(text, '1 to 6 March', '--03-01/--03-06'),
      dateFor(text, '2011', '2011'),
    ];
    const out = eventsFor(
      text,
      [
        ['ORG', 'Harbourside College'],
        ['ORG', 'Tagus Polytechnic'],
        ['ORG', 'Northgate Port'],
        ['ORG', 'Lisbon Port Company'],
        ['PLACE', 'Lisbon'],
        ['PLACE', 'Portugal'],
      ],
      dates,
      'en',
    );
    const listed = out.filter((e) => e.type === 'agreement' && (e.parties.includes('Harbourside College') || e.parties.includes('Northgate Port')));
    expect(listed).toHaveLength(2);
    for (const e of listed) {
      expect(e.date).toBe('--03-03');
      expect(e.place).toBe('Lisbon');
    }
  });

  it('take the date and place their intro tells over a year of their own', () => {
    const text = [
      "Le forum s'est achevé le jeudi 14 mai à Rouen par la signature de deux textes :",
      "• le renouvellement de la convention de 2019 entre l'École d'agronomie du Nord et l'Institut maritime de Saint-Louis ;",
      "• une lettre d'intention entre la Chambre des métiers de Caux et la Chambre de commerce de Thiès.",
    ].join('\n');
    const dates = [dateFor(text, 'jeudi 14 mai', '--05-14'), dateFor(text, '2019', '2019')];
    const agreements = agreementsFor(
      text,
      [
        ['ORG', "École d'agronomie du Nord"],
        ['ORG', 'Institut maritime de Saint-Louis'],
        ['ORG', 'Chambre des métiers de Caux'],
        ['ORG', 'Chambre de commerce de Thiès'],
        ['PLACE', 'Rouen'],
      ],
      dates,
    );
    expect(agreements).toHaveLength(2);
    for (const e of agreements) {
      expect(e.date).toBe('--05-14');
      expect(e.place).toBe('Rouen');
    }
  });

  it('leave an earlier agreement told after a colon to its own year', () => {
    const text =
      "The Guild of Weavers and the Textile Board of Accra signed a memorandum on Monday 9 June. The Guild has signed a similar agreement before: in 2014 it concluded a cooperation agreement with the Lagos Crafts Council.";
    const dates = [dateFor(text, 'Monday 9 June', '--06-09'), dateFor(text, '2014', '2014')];
    const out = eventsFor(
      text,
      [['ORG', 'Guild of Weavers', 'Guild'], ['ORG', 'Textile Board of Accra'], ['ORG', 'Lagos Crafts Council']],
      dates,
      'en',
    );
    expect(out.find((e) => e.parties.includes('Lagos Crafts Council'))?.date).toBe('2014');
  });
});
