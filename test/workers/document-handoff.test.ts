import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../src/ingest/types.js';
import { DocumentHandoff } from '../../src/workers/document-handoff.js';

function doc(text: string, extra: Partial<RawDocument> = {}): RawDocument {
  return { sourceUri: 'file:///inbox/a.txt', format: 'txt', contentSha256: 'ab'.repeat(32), byteLength: text.length, text, ...extra };
}

describe('DocumentHandoff', () => {
  it('gives a document back once, as the store would read it after insert', () => {
    const handoff = new DocumentHandoff();
    handoff.put('7', doc('Un texte\u0000 ici.', { publishedAt: '2026-03-12', title: 'Titre' }));
    const stored = handoff.take('7');
    expect(stored).toMatchObject({ id: '7', status: 'pending', text: 'Un texte\uFFFD ici.', publishedAt: '2026-03-12', title: 'Titre', extractorVersion: null });
    expect(handoff.take('7')).toBeUndefined();
  });

  it('drops the oldest entries past its entry and character caps', () => {
    const byCount = new DocumentHandoff({ maxEntries: 2 });
    for (const id of ['1', '2', '3']) byCount.put(id, doc(`texte ${id}`));
    expect([byCount.take('1'), byCount.take('2')?.id, byCount.take('3')?.id]).toEqual([undefined, '2', '3']);

    const byChars = new DocumentHandoff({ maxChars: 10 });
    byChars.put('1', doc('123456'));
    byChars.put('2', doc('7890ab'));
    byChars.put('3', doc('x'.repeat(11)));
    expect([byChars.take('1'), byChars.take('2')?.id, byChars.take('3'), byChars.size]).toEqual([undefined, '2', undefined, 0]);
  });
});
