import { createInterface } from 'node:readline';
import { loadConfig } from '../../../src/config.js';
import { VeilleError } from '../../../src/errors.js';
import { openDatabase } from '../../../src/store/open-database.js';

/*
 * A second process for the PGlite owner-lock tests. argv: <dataDir> <mode>
 *   try:  open, report {opened} or {error}, close, exit
 *   hold: open, report {opened}, keep it until stdin closes (or SIGKILL)
 *   exit: open, report {opened}, process.exit(0) without closing
 */

const [dataDir, mode] = process.argv.slice(2);
const report = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);

try {
  const handle = await openDatabase(loadConfig({ VEILLE_DATA_DIR: dataDir }));
  report({ opened: true, pid: process.pid });
  if (mode === 'exit') process.exit(0);
  if (mode === 'hold') await new Promise((resolve) => createInterface({ input: process.stdin }).on('close', resolve));
  await handle.close();
} catch (error) {
  const { name, message } = error as Error;
  report({ error: { name, message, code: error instanceof VeilleError ? error.code : undefined } });
}
