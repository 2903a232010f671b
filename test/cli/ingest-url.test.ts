import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veille } from './run-cli.js';

const ARTICLE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Entente signée</title></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>Une entente de coopération signée</h1>
<p>La Ville de Rimouski et la communauté d'agglomération de La Rochelle ont signé une entente de coopération le 3 juin 2022 à La Rochelle.</p>
<p>Le maire Guy Caron a souligné l'importance des échanges entre les deux ports, qui porteront sur l'économie maritime et la formation.</p>
</article><footer>Tous droits réservés</footer></body></html>`;

describe('veille ingest with http(s) URLs', () => {
  let server: Server;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      else res.writeHead(404).end('gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'veille-url-'));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('fetches, stores and extracts a page; a 404 is a failed item and a non-zero exit', async () => {
    const env = { VEILLE_DATA_DIR: path.join(dir, 'data'), VEILLE_ALLOW_PRIVATE_NETWORKS: '1' };
    const result = await veille(['ingest', `${base}/article`, `${base}/missing`], env);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`^ok ${base}/article -> \\S+ \\(new, \\d+ entities, \\d+ events\\)`, 'm'));
    expect(result.err).toContain(`${base}/missing`);
    expect(result.err).toMatch(/404/);
  }, 60_000);

  it('refuses a private address unless VEILLE_ALLOW_PRIVATE_NETWORKS=1', async () => {
    const result = await veille(['ingest', `${base}/article`], { VEILLE_DATA_DIR: path.join(dir, 'data') });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/blocked_ssrf|private|refus/i);
  }, 60_000);
});
