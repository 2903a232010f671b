import { PDFDocument, PDFName, PDFHexString, StandardFonts, rgb } from 'pdf-lib';

/** A PDF with a real text layer: one page per entry of `pages`, lines drawn in Helvetica. */
export async function textPdf(pages: readonly (readonly string[])[], info: { title?: string; created?: Date } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 18, size: 12, font }));
  }
  if (info.title) pdf.setTitle(info.title);
  if (info.created) pdf.setCreationDate(info.created);
  return pdf.save();
}

/** A "scanned" page: an image and vector shapes, no text layer at all. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const png = await pdf.embedPng(TINY_PNG);
  page.drawImage(png, { x: 40, y: 200, width: 515, height: 600 });
  for (let row = 0; row < 30; row++) page.drawRectangle({ x: 60, y: 760 - row * 18, width: 300 + (row % 5) * 30, height: 8, color: rgb(0.2, 0.2, 0.2) });
  return pdf.save();
}

/** A PDF whose trailer names a standard security handler: readers must ask for a password. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Texte confidentiel protégé par mot de passe.', { x: 50, y: 700, size: 12, font });
  const context = pdf.context;
  const bytes32 = (seed: number) => PDFHexString.of(Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 7) % 256).toString(16).padStart(2, '0')).join(''));
  const encrypt = context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -3904 });
  encrypt.set(PDFName.of('O'), bytes32(3));
  encrypt.set(PDFName.of('U'), bytes32(5));
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFHexString.of('0123456789abcdef0123456789abcdef'), PDFHexString.of('0123456789abcdef0123456789abcdef')]);
  return pdf.save({ useObjectStreams: false });
}

/** A document of `count` blank pages (page-cap tests). */
export async function blankPagesPdf(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < count; index++) pdf.addPage([200, 200]);
  return pdf.save();
}

// 2×2 grey PNG.
const TINY_PNG = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAXpeqz8AAAAASUVORK5CYII=',
  'base64',
));
