import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/ingest/readers/read-pdf.js';
import { fixtureBytes } from '../support/fixtures.js';
import { blankPagesPdf, encryptedPdf, textPdf } from '../support/make-pdf.js';

describe('readPdf', () => {
  it('reads the text layer page by page, with the Info title and creation day', async () => {
    const result = await readPdf(fixtureBytes('text-two-pages.pdf'), { label: 'text-two-pages.pdf' });
    expect(result.text).toContain('La region de Nouvelle-Aquitaine et le Quebec renouvellent leur entente.');
    expect(result.text).toContain('Deuxieme page du communique.');
    expect(result.text.indexOf('Signature prevue')).toBeLessThan(result.text.indexOf('Deuxieme page'));
    expect(result.text).toMatch(/mai 2025\.\n\nDeuxieme/);
    expect(result).toMatchObject({ title: 'Entente Nouvelle-Aquitaine Quebec', publishedAt: '2025-05-02' });
  });

  it('reads a PDF generated on the spot (WinAnsi accents survive)', async () => {
    const bytes = await textPdf([['Mission économique à Sète : signature prévue le 3 avril.']]);
    const result = await readPdf(bytes, { label: 'generated.pdf' });
    expect(result.text).toBe('Mission économique à Sète : signature prévue le 3 avril.');
    expect(result.title).toBeUndefined();
  });

  it('drops a title that is only the source file name', async () => {
    const bytes = await textPdf([['Annonce de la mission commerciale en Acadie ce printemps.']], { title: 'Microsoft Word - communique_final.docx' });
    expect((await readPdf(bytes, { label: 'word.pdf' })).title).toBeUndefined();
  });

  it('fails a truncated PDF with `corrupt_pdf`', async () => {
    await expect(readPdf(fixtureBytes('truncated.pdf'), { label: 'truncated.pdf' })).rejects.toMatchObject({ code: 'corrupt_pdf' });
  });

  it('fails a PDF with a mangled body but an %%EOF with `corrupt_pdf`', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(600, 'x'), Buffer.from('\n%%EOF\n')]);
    await expect(readPdf(bytes, { label: 'mangled.pdf' })).rejects.toMatchObject({ code: 'corrupt_pdf' });
  });

  it('fails a PDF without a text layer with `needs_ocr`, not an empty document', async () => {
    await expect(readPdf(fixtureBytes('image-only.pdf'), { label: 'image-only.pdf' })).rejects.toMatchObject({
      code: 'needs_ocr',
      message: expect.stringContaining('no text layer'),
    });
  });

  it('fails an encrypted PDF with `encrypted`', async () => {
    await expect(readPdf(await encryptedPdf(), { label: 'secret.pdf' })).rejects.toMatchObject({ code: 'encrypted' });
  });

  it('fails a PDF over the page cap with `too_large` before extracting text', async () => {
    await expect(readPdf(await blankPagesPdf(40), { label: 'long.pdf', maxPages: 30 })).rejects.toMatchObject({ code: 'too_large' });
  });
});
