import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { extract } from '../../../src/extract/extract.js';
import { agreements, agreementsFor, dateFor, entitiesFor } from './entities-for.js';

describe('a signing told first without its day, then on its day, is one signing', () => {
  it('joins a lead "returned from a mission with a signed agreement" to the memorandum signed on a day of the trip', () => {
    const text =
      'A delegation from Brandon returned on Sunday from a trade mission to Korea, held from October 4 to 10, with a signed agreement between the chambers of commerce of Brandon and Yeosu.\n\n' +
      'On Wednesday, October 7, the Brandon Chamber of Commerce and the Yeosu Chamber of Commerce signed a memorandum of understanding on trade.';
    const dates = [dateFor(text, 'October 4 to 10', '--10-04/--10-10'), dateFor(text, 'Wednesday, October 7', '--10-07')];
    const signed = agreementsFor(text, [['PLACE', 'Brandon'], ['PLACE', 'Korea'], ['PLACE', 'Yeosu'], ['ORG', 'Brandon Chamber of Commerce'], ['ORG', 'Yeosu Chamber of Commerce']], dates, 'en');
    expect(signed).toHaveLength(1);
    expect(signed[0]?.date).toBe('--10-07');
    expect(signed[0]?.parties).toEqual(expect.arrayContaining(['Brandon Chamber of Commerce', 'Yeosu Chamber of Commerce']));
  });

  it('keeps the bodies of the lead when the next sentence only says "signed the MOU on Tuesday, March 3"', () => {
    const text =
      'KINDERSLEY, March 6, 2026 — The Town of Kindersley and the Tartu Chamber of Industry have signed a memorandum of understanding (MOU) on rail freight.\n\n' +
      'At a short ceremony in the council chamber, Mayor Lena Holt and Chair Jaan Kask signed the MOU on Tuesday, March 3.';
    const dates = [dateFor(text, 'March 6, 2026', '2026-03-06'), dateFor(text, 'Tuesday, March 3', '--03-03')];
    const signed = agreementsFor(
      text,
      [['ORG', 'Town of Kindersley'], ['ORG', 'Tartu Chamber of Industry'], ['PLACE', 'Kindersley', 'KINDERSLEY'], ['PLACE', 'Tartu'], ['PERSON', 'Lena Holt'], ['PERSON', 'Jaan Kask']],
      dates,
      'en',
    );
    expect(signed).toHaveLength(1);
    expect(signed[0]?.date).toBe('--03-03');
    expect(signed[0]?.parties).toEqual(['Town of Kindersley', 'Tartu Chamber of Industry']);
  });

  it('takes the lead’s bodies for a day told by "signed the agreement on Wednesday, Nov. 18" after a trip’s days', () => {
    const text =
      'Nipissing and Hokusei sign research agreement\n\n' +
      'Nipissing University and Hokusei Gakuen University (HGU) have signed a research agreement during a visit to Asahikawa by a delegation from North Bay, from November 15 to 20.\n\n' +
      'Nipissing president Dr. Ann Moss and HGU provost Professor Ito Ken signed the agreement on Wednesday, Nov. 18, at the Asahikawa campus.';
    const dates = [dateFor(text, 'November 15 to 20', '--11-15/--11-20'), dateFor(text, 'Wednesday, Nov. 18', '--11-18')];
    const signed = agreementsFor(
      text,
      [['ORG', 'Nipissing University'], ['ORG', 'Hokusei Gakuen University', 'HGU'], ['PLACE', 'Asahikawa'], ['PLACE', 'North Bay'], ['PERSON', 'Ann Moss'], ['PERSON', 'Ito Ken']],
      dates,
      'en',
    );
    expect(signed).toHaveLength(1);
    expect(signed[0]?.date).toBe('--11-18');
  });

  it('leaves apart a charter signed in a year of its own and a memorandum signed on a later day', () => {
    const text =
      'Port Alba and Nordhavn signed a twinning charter in 1987.\n\n' +
      'On June 4, the Port Alba Chamber of Commerce and the Nordhavn Chamber of Commerce signed a memorandum of understanding.';
    const dates = [dateFor(text, '1987', '1987'), dateFor(text, 'June 4', '--06-04')];
    expect(agreementsFor(text, [['PLACE', 'Port Alba'], ['PLACE', 'Nordhavn'], ['ORG', 'Port Alba Chamber of Commerce'], ['ORG', 'Nordhavn Chamber of Commerce']], dates, 'en').map((e) => e.date)).toEqual(expect.arrayContaining(['1987', '--06-04']));
  });
  it('leaves apart a lead signing whose sides the memorandum of the day does not name', () => {
    const text =
      'A delegation from Brandon returned on Sunday from a trade mission to Korea, held from October 4 to 10, with a signed friendship agreement between Brandon and Yeosu.\n\n' +
      'On Wednesday, October 7, Prairieview College and Sunchon National University signed a memorandum of understanding on nursing.';
    const dates = [dateFor(text, 'October 4 to 10', '--10-04/--10-10'), dateFor(text, 'Wednesday, October 7', '--10-07')];
    expect(agreementsFor(text, [['PLACE', 'Brandon'], ['PLACE', 'Korea'], ['PLACE', 'Yeosu'], ['ORG', 'Prairieview College'], ['ORG', 'Sunchon National University']], dates, 'en')).toHaveLength(2);
  });
  it('reads "during the 2026 Harvest Festival" as an edition, not the year of a signing told again on its day', () => {
    const text =
      'Tisdale and Viljandi sign friendship agreement\n\n' +
      'TISDALE, Sask. — A handshake at a trade fair became a signed document on Monday, as the Town of Tisdale and the Municipality of Viljandi formalized a friendship agreement during the 2026 Harvest Festival.\n\n' +
      'Mayor Lena Holt and Viljandi mayor Jaan Kask signed the agreement on August 3 on the festival stage at Riverside Park.';
    const year = text.indexOf('2026 Harvest');
    const dates = [{ start: year, end: year + 4, text: '2026', value: '2026' }, dateFor(text, 'August 3', '--08-03')];
    const signed = agreementsFor(
      text,
      [['ORG', 'Town of Tisdale'], ['ORG', 'Municipality of Viljandi'], ['PLACE', 'Tisdale', 'TISDALE'], ['PLACE', 'Viljandi'], ['PLACE', 'Riverside Park'], ['PERSON', 'Lena Holt'], ['PERSON', 'Jaan Kask']],
      dates,
      'en',
    );
    expect(signed).toHaveLength(1);
    expect(signed[0]?.date).toBe('--08-03');
    // The day's telling names the mayors only: the sides are the lead's bodies.
    expect(signed[0]?.parties).toEqual(['Town of Tisdale', 'Municipality of Viljandi']);
  });
  it('counts a body and its acronym, found as two entities, as one side', () => {
    const text =
      'A delegation from North Bay returned from a trade mission to Japan, held from November 15 to 20, with a signed agreement between Nipissing University and Hokusei Gakuen University.\n\n' +
      'On Wednesday, Nov. 18, the Nipissing Forestry Institute and HGU signed a memorandum of understanding on forestry research.';
    const dates = [dateFor(text, 'November 15 to 20', '--11-15/--11-20'), dateFor(text, 'Wednesday, Nov. 18', '--11-18')];
    const entities = entitiesFor(text, [['ORG', 'Nipissing University'], ['ORG', 'Hokusei Gakuen University'], ['ORG', 'HGU'], ['ORG', 'Nipissing Forestry Institute'], ['PLACE', 'North Bay'], ['PLACE', 'Japan']]);
    const full = entities[1]!;
    entities[1] = { ...full, aliases: ['HGU'] };
    const out = extractEvents({ text, language: 'en', sentences: splitSentences(text), entities, dates });
    const signed = out.filter((e) => e.type === 'agreement');
    expect(signed).toHaveLength(1);
    expect(signed[0]?.date).toBe('--11-18');
  });
  it('joins a lead signing whose only side is the trip’s host to the memorandum signed on one of its days', () => {
    const text =
      'BRANDON, Man. — A Westman trade mission came home last week from Korea, where it spent October 4 to 10, with a signed port agreement.\n\n' +
      'The Prairie Grain Terminal Council and the Busan Harbour Corporation signed a memorandum of understanding on Wednesday, October 7, in Busan.';
    const dates = [dateFor(text, 'October 4 to 10', '--10-04/--10-10'), dateFor(text, 'Wednesday, October 7', '--10-07')];
    const signed = agreementsFor(
      text,
      [['PLACE', 'Brandon', 'BRANDON'], ['PLACE', 'Korea'], ['PLACE', 'Busan'], ['ORG', 'Prairie Grain Terminal Council'], ['ORG', 'Busan Harbour Corporation']],
      dates,
      'en',
    );
    expect(signed).toHaveLength(1);
    expect(signed[0]?.parties).toEqual(['Prairie Grain Terminal Council', 'Busan Harbour Corporation']);
  });
});

describe('a lead signing told in the trip’s own sentence, with places for sides, is the one signed on a day of that trip', () => {
  const trip =
    'The group, in Arezzo from Nov. 9 to 13, was led by Vice Mayor Jonas Reindl and included officials of the Vorland Institute. It was hosted by the City of Arezzo.\n\n' +
    'On Thursday, Nov. 12, the Vorland Institute and the Hollin Polytechnic signed a memorandum of understanding on applied research.';

  it('joins "Kassel’s delegation, from Germany’s …, ended its visit to Arezzo with one agreement signed" to the memorandum', () => {
    const text = `AREZZO – Kassel's delegation of twenty, from Germany's city of documenta, ended its week-long visit to Arezzo on Friday with one agreement signed.\n\n${trip}`;
    const signed = agreements(extract(text, { language: 'en' }).events);
    expect(signed).toHaveLength(1);
    expect(signed[0]?.parties).toEqual(['Vorland Institute', 'Hollin Polytechnic']);
  });

  it('keeps a lead signing told apart from the trip: "Kassel, Germany’s …, has signed one agreement with Arezzo"', () => {
    const text = `AREZZO – Kassel, Germany's city of documenta, has signed one agreement with Arezzo. Kassel's delegation of twenty ended its week-long visit on Friday.\n\n${trip}`;
    expect(agreements(extract(text, { language: 'en' }).events)).toHaveLength(2);
  });
});
