import os from 'node:os';
import { readDocument } from '../../../src/ingest/read-document.js';
import { closeSandboxes, readDocumentSandboxed } from '../../../src/ingest/sandbox/read-document-sandboxed.js';
import { textPdf } from './make-pdf.js';

/*
 * Reader throughput, direct and sandboxed: `npx tsx test/ingest/support/measure-reader-throughput.ts [seconds]`.
 * Prints docs/s for a ~40 KB HTML page, a ~6 KB txt and a 1-page PDF.
 */

const seconds = Number(process.argv[2] ?? 3);
const SENTENCES = [
  'La Région et le ministère ont signé une entente de coopération portant sur la formation professionnelle.',
  'Une délégation de vingt entreprises se rendra à Lyon en mars pour une mission économique.',
  'Le protocole prévoit des échanges d’étudiants et un financement conjoint de 450 000 €.',
  'La mairesse a salué « une étape importante » pour les deux territoires partenaires.',
];
const article = Array.from({ length: 12 }, (_, index) => `<p>${SENTENCES.join(' ')} (${index})</p>`).join('\n');
const links = (count: number) => Array.from({ length: count }, (_, index) => `<li><a href="/rubrique/${index}">Rubrique ${index}</a></li>`).join('');
const html = Buffer.from(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Entente</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Entente","datePublished":"2025-03-04"}</script>
<style>${'.c{margin:0 auto;padding:1em}'.repeat(420)}</style><script>${'window.dataLayer.push({event:"vue"});'.repeat(450)}</script></head>
<body><div class="cookie-banner">Témoins</div><header><nav><ul>${links(60)}</ul></nav></header>
<main><article><h1>Entente</h1>${article}</article><aside>À lire aussi</aside></main><footer><ul>${links(80)}</ul></footer></body></html>`);
const txt = Buffer.from(Array.from({ length: 12 }, () => SENTENCES.join(' ')).join('\n\n'));
const pdf = await textPdf([SENTENCES.map((sentence) => sentence.normalize('NFD').replace(/[\u0300-\u036f’€«»]/g, '').slice(0, 90))]);

type Read = (bytes: Uint8Array, name: string) => Promise<unknown>;
const direct: Read = (bytes, name) => readDocument(bytes, { sourceUri: `file:///bench/${name}`, fileName: name });
const sandboxed: Read = (bytes, name) => readDocumentSandboxed(bytes, { sourceUri: `file:///bench/${name}`, fileName: name }, { timeoutMs: 15_000, memoryMb: 256 });

/** Docs/s over `seconds`, after a warm-up (every worker has loaded its reader) with the same number in flight. */
async function measure(read: Read, bytes: Uint8Array, name: string, inFlight: number): Promise<number> {
  await Promise.all(Array.from({ length: inFlight * 5 }, () => read(bytes, name)));
  await run(read, bytes, name, inFlight, 1);
  return run(read, bytes, name, inFlight, seconds);
}

async function run(read: Read, bytes: Uint8Array, name: string, inFlight: number, forSeconds: number): Promise<number> {
  let done = 0;
  const started = performance.now();
  const deadline = started + forSeconds * 1000;
  const lane = async () => {
    while (performance.now() < deadline) {
      await read(bytes, name);
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return done / ((performance.now() - started) / 1000);
}

console.log(`node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
console.log(`html ${(html.byteLength / 1024).toFixed(1)} KB, txt ${(txt.byteLength / 1024).toFixed(1)} KB, pdf ${(pdf.byteLength / 1024).toFixed(1)} KB (1 page)`);
for (const [name, bytes] of [['page.html', html], ['note.txt', txt], ['page.pdf', pdf]] as const) {
  const alone = await measure(direct, bytes, name, 1);
  const pooled = await measure(sandboxed, bytes, name, 8);
  console.log(`${name.padEnd(10)} direct ${alone.toFixed(0).padStart(6)} docs/s   sandboxed (pool of ${Math.min(os.availableParallelism(), 4)}) ${pooled.toFixed(0).padStart(6)} docs/s`);
}
await closeSandboxes();
