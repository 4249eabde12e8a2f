import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema';
import { expect, test } from './fixtures';
import { DIST as BUILT } from './servers';

// The build must work from any static file server under any sub-path, not only from `vite preview`.
const DIST = resolve(import.meta.dirname, '../..', BUILT);
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;
const shown = new Set(dataset.meta.defaultParties ?? dataset.parties.map((p) => p.id));
const PREFIX = '/graphics/2024/overlap/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const rel = path.slice(PREFIX.length) || 'index.html';
    const file = resolve(DIST, rel);
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('the built site runs from a plain static server under a sub-path', async ({ page }) => {
  await page.goto(`${origin}${PREFIX}?view=table`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const count = dataset.positions.filter((p) => shown.has(p.party)).length;
  await expect(page.getByText(/^Showing/)).toHaveText(`Showing ${count} of ${dataset.positions.length} positions`);
});
