import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veille } from './run-cli.js';

const seeds = path.resolve('fixtures/seeds');
let dir: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'veille-cli-'));
  env = { VEILLE_DATA_DIR: path.join(dir, 'data'), VEILLE_INBOX: path.join(dir, 'inbox'), VEILLE_CONCURRENCY: '2' };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('veille CLI (in-process, PGlite)', () => {
  it('prints help for the program and for every command', async () => {
    const top = await veille(['--help'], env);
    expect(top.code).toBe(0);
    for (const command of ['start', 'worker', 'ingest', 'extract', 'records', 'migrate', 'crawl', 'web', 'eval']) {
      expect(top.out).toContain(command);
      const help = await veille([command, '--help'], env);
      expect(help.code, command).toBe(0);
      expect(help.out).toContain(`Usage: veille ${command}`);
    }
  });

  it('exits 2 on an unknown command or a bad option value', async () => {
    expect((await veille(['frobnicate'], env)).code).toBe(2);
    expect((await veille(['records', '--format', 'xml'], env)).code).toBe(2);
  });

  it('extract --json prints the record of one seed with offsets, without a database', async () => {
    const file = path.join(seeds, (await readdir(seeds))[0]!);
    const { code, out } = await veille(['extract', '--json', file], { ...env, VEILLE_DATA_DIR: path.join(dir, 'never') });
    expect(code).toBe(0);
    const record = JSON.parse(out);
    expect(record.document).toBe(path.basename(file));
    expect(record.language).toBe('fr');
    expect(record.entities.length).toBeGreaterThan(0);
    const text = await readFile(file, 'utf8');
    const first = record.entities.find((e: { type: string }) => e.type !== 'DATE');
    const span = first.mentions[0];
    expect(text.slice(span.start, span.end).length).toBe(span.end - span.start);
    await expect(readdir(path.join(dir, 'never'))).rejects.toThrow();
  }, 60_000);

  it('extract of a missing file exits 66 with a prefixed message', async () => {
    const result = await veille(['extract', '--json', path.join(dir, 'nope.txt')], env);
    expect(result.code).toBe(66);
    expect(result.err).toBe(`veille: [extract] file not found: ${path.join(dir, 'nope.txt')}`);
  });

  it('extract --out writes DIR/<name>.json per file', async () => {
    const names = (await readdir(seeds)).slice(0, 2);
    const out = path.join(dir, 'pred');
    const result = await veille(['extract', '--out', out, ...names.map((n) => path.join(seeds, n))], env);
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(names.map((n) => n.replace(/\.txt$/, '.json')).sort());
  });

  it('ingest stores and extracts a folder, reports each item and fails on a bad one', async () => {
    const bad = path.join(dir, 'empty.txt');
    await writeFile(bad, '');
    const result = await veille(['ingest', seeds, bad, path.join(dir, 'missing.txt')], env);
    expect(result.code).toBe(1);
    expect(result.out.split('\n').filter((l) => l.startsWith('ok '))).toHaveLength(5);
    expect(result.err).toMatch(/veille: \[ingest[^\]]*\] .*empty\.txt/);
    expect(result.err).toMatch(/missing\.txt/);
  }, 120_000);

  it('records exports events with parties as JSON lines and as quoted CSV', async () => {
    const jsonl = await veille(['records', '--format', 'jsonl'], env);
    expect(jsonl.code).toBe(0);
    const rows = jsonl.out.split('\n').map((line) => JSON.parse(line));
    const events = rows.filter((r) => r.record === 'event');
    const entities = rows.filter((r) => r.record === 'entity');
    expect(events.length).toBeGreaterThan(0);
    expect(entities.length).toBeGreaterThan(0);
    expect(events.some((e) => e.parties.length > 0)).toBe(true);
    const csv = await veille(['records', '--format', 'csv', '--out', path.join(dir, 'events.csv')], env);
    expect(csv.code).toBe(0);
    const lines = (await readFile(path.join(dir, 'events.csv'), 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe('id,document_id,source,type,status,kind,parties,signatories,date,date_text,place,occasion,confidence,review_status');
    expect(lines.length).toBeGreaterThanOrEqual(events.length + 1);
    const none = await veille(['records', '--status', 'accepted'], env);
    expect(none.out).not.toContain('"record":"event"');
  }, 120_000);

  it('migrate reports an up-to-date database', async () => {
    const result = await veille(['migrate'], env);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/pglite: (up to date|applied)/);
  }, 60_000);
});
