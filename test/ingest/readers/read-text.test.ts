import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.js';
import { decodeText, repairMojibake } from '../../../src/ingest/readers/decode-text.js';
import { readText } from '../../../src/ingest/readers/read-text.js';
import { fixtureBytes } from '../support/fixtures.js';

describe('readText', () => {
  it('decodes windows-1252 with œ ’ € « » (which Node 20 TextDecoder mangles)', () => {
    const result = readText(fixtureBytes('windows-1252.txt'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('Le cœur de l’entente : un fonds de 2 500 € pour « l’œuvre commune »');
    expect(result.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('decodes UTF-16LE by its BOM and keeps the paragraph break', () => {
    const result = readText(fixtureBytes('utf-16le-bom.txt'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.text.split('\n\n')).toEqual([
      'Communiqué — Mission économique en Gaspésie',
      'Une délégation de l’Œuvre des coopératives visitera Gaspé du 3 au 7 juin. Coût estimé : 12 000 €.',
    ]);
  });

  it('decodes UTF-16BE and UTF-8 with a BOM, dropping the BOM', () => {
    const be = Buffer.from('Été', 'utf16le').swap16();
    expect(readText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('Été');
    const utf8 = readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Québec')]));
    expect(utf8).toMatchObject({ text: 'Québec', encoding: 'utf-8' });
  });

  it('reads a 10-byte cp1252 "Café crème" as such, not as Greek or ASCII', () => {
    expect(readText(fixtureBytes('cafe-creme-cp1252.txt'))).toMatchObject({ text: 'Café crème', encoding: 'windows-1252' });
  });

  it('repairs UTF-8 mojibake and says so', () => {
    const result = readText(fixtureBytes('utf-8-mojibake.txt'));
    expect(result.text).toBe('L’été dernier, la société québécoise a signé à Montréal.');
    expect(result.notes).toContain('mojibake repaired');
  });

  it('leaves correct French alone (â, é, ô are letters, not mojibake)', () => {
    const text = 'Le château âgé de l’été, à côté du rôle — « œuvre »';
    expect(repairMojibake(text)).toBe(text);
    expect(decodeText(Buffer.from(text)).notes).toEqual([]);
  });

  it('normalizes CRLF, trailing spaces and runs of blank lines, and composes accents (NFC)', () => {
    const bytes = Buffer.from('Premier  \r\n\r\n\r\n\r\nDeuxie\u0300me\r\nsuite\t\r\n');
    expect(readText(bytes).text).toBe('Premier\n\nDeuxième\nsuite');
  });

  it('refuses empty and whitespace-only files with code `empty`', () => {
    for (const bytes of [fixtureBytes('empty.txt'), Buffer.from(' \r\n\t \n')]) {
      expect(() => readText(bytes)).toThrow(expect.objectContaining({ code: 'empty' }));
    }
  });

  it('refuses NUL bytes and binary content with code `unsupported`', () => {
    const error = captureError(() => readText(fixtureBytes('binary-named.txt'), 'binary-named.txt'));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('binary content') });
    expect(() => readText(Buffer.from('abc\u0000def'))).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('is not fooled by latin1 decoding of C1 bytes: 0x80 0x92 0x9C become € ’ œ', () => {
    expect(readText(Uint8Array.from([0x80, 0x20, 0x92, 0x20, 0x9c, 0x20, 0xe9])).text).toBe('€ ’ œ é');
    expect(iconv.decode(Buffer.from([0x9c]), 'windows-1252')).toBe('œ');
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
