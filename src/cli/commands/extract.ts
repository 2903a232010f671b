import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { NotFoundError } from '../../errors.js';
import { extract } from '../../extract/extract.js';
import type { Extraction } from '../../extract/types.js';
import { readDocument } from '../../ingest/read-document.js';
import type { CliContext } from '../context.js';
import { failureLine } from '../../workers/failure-line.js';

/** One file → the GOLD_FORMAT record with offsets; no database, no queue. */
export async function extractFile(file: string): Promise<Extraction> {
  const bytes = new Uint8Array(
    await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new NotFoundError('[extract] file', file, { cause: error }) : error;
    }),
  );
  const doc = await readDocument(bytes, { sourceUri: pathToFileURL(path.resolve(file)).href, fileName: path.basename(file) });
  return { document: path.basename(file), ...extract(doc.text, { publishedAt: doc.publishedAt }) };
}

/** `veille extract --json FILE` or `veille extract --out DIR FILE...`. */
export function extractCommand(ctx: CliContext): Command {
  return new Command('extract')
    .description('print (--json) or write (--out DIR) the extraction record of txt/html/pdf files, without database or queue')
    .argument('<files...>', 'txt, html or pdf files')
    .option('--json', 'print the record of one file as JSON on stdout')
    .option('--out <dir>', 'write DIR/<name>.json for each file')
    .action(async (files: string[], opts: { json?: boolean; out?: string }) => {
      if (opts.out) return writeRecords(ctx, files, opts.out);
      if (files.length !== 1) throw new Error('[extract] --json takes one file; use --out DIR for several');
      ctx.io.out(JSON.stringify(await extractFile(files[0]!), null, 2));
    });
}

async function writeRecords(ctx: CliContext, files: readonly string[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const file of files) {
    try {
      const target = path.join(outDir, `${path.parse(file).name}.json`);
      await writeFile(target, `${JSON.stringify(await extractFile(file), null, 2)}\n`);
      ctx.io.out(`${file} -> ${target}`);
    } catch (error) {
      ctx.io.err(failureLine('extract', file, error));
      process.exitCode = 1;
    }
  }
}
