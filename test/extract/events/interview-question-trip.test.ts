import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const opening = `Valbrise Twinning Association newsletter

Was the agreement signed?
Yes. Mayor Teodora Quillane and the mayor of Lunebrac signed the sister city agreement on Saturday, June 6, 2026, at Lunebrac city hall. The Valbrise City Council had approved it on March 23, 2026.

`;

const trips = (text: string) => extract(text).events.filter((e) => e.type === 'mission');

describe('"How many … traveled to X for that signing?": an interviewer\'s question is no trip of its own', () => {
  it('reads one trip from the question and the answer that tells it', () => {
    const text = `${opening}How many Valbrise residents traveled to Lunebrac for that signing?
Mayor Quillane headed a Valbrise delegation of eighteen people that stayed in Lunebrac from June 3 to 9, 2026.`;
    expect(trips(text).map((t) => t.date)).toEqual(['2026-06-03/2026-06-09']);
  });

  it('reads a question holding "St." as one question', () => {
    const text = `${opening}Who traveled to Lunebrac, near St. Arbel, for the signing?
A Valbrise delegation of eighteen people visited Lunebrac from June 3 to 9, 2026. It was led by Mayor Quillane.`;
    expect(trips(text).map((t) => t.date)).toEqual(['2026-06-03/2026-06-09']);
  });

  it('still reads a trip told by a statement with the same verb', () => {
    const text = `${opening}Mayor Quillane traveled to Lunebrac for the signing with two councillors.`;
    expect(trips(text)).toHaveLength(1);
  });
});
