import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/ingest');

/** Bytes of fixtures/ingest/<name>. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
}

/** The `source` argument readDocument gets for fixtures/ingest/<name>. */
export function fixtureSource(name: string): { sourceUri: string; fileName: string } {
  return { sourceUri: pathToFileURL(path.join(FIXTURES_DIR, name)).href, fileName: name };
}
