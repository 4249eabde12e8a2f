/**
 * One static server for the bench: dist/ at `/` and .bench/ at `/.bench/`, so the dashboard may load
 * `?data=/.bench/data/…` (same origin) and the floor sits next to it. Responses are gzipped, as any
 * real host would, so the JavaScript byte counts the browser reports are the ones a reader pays.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};
// Already-compressed formats gain nothing from gzip.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

export interface Mount {
  /** URL prefix, with a trailing slash: '/' or '/.bench/'. */
  prefix: string;
  dir: string;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

interface Body {
  raw: Buffer;
  gzip: Buffer | null;
  mtimeMs: number;
}

/** The file a URL path maps to, or null when it is outside every mount (including `..` tricks). */
function resolvePath(mounts: readonly Mount[], urlPath: string): string | null {
  // Longest prefix first, so /.bench/ wins over /.
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => urlPath.startsWith(m.prefix));
  if (mount === undefined) return null;
  const rel = normalize(decodeURIComponent(urlPath.slice(mount.prefix.length)));
  if (rel.startsWith('..') || rel.includes(`${sep}..${sep}`)) return null;
  const file = join(mount.dir, rel);
  return file.startsWith(mount.dir) ? file : null;
}

/**
 * Reads (and gzips) a file once per modification time: the 100,000-position JSON takes a while to
 * compress, and compressing it on every request would add server time to the page's ready time.
 */
function bodyCache() {
  const cache = new Map<string, Body>();
  return async (file: string): Promise<Body> => {
    const { mtimeMs } = await stat(file);
    const hit = cache.get(file);
    if (hit !== undefined && hit.mtimeMs === mtimeMs) return hit;
    const raw = await readFile(file);
    const body = { raw, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw) : null, mtimeMs };
    cache.set(file, body);
    return body;
  };
}

async function existingFile(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) return existingFile(join(file, 'index.html'));
  } catch {
    // Missing: a 404 below.
  }
  return null;
}

function handler(mounts: readonly Mount[]) {
  const read = bodyCache();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const path = resolvePath(mounts, new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path === null ? null : await existingFile(path);
    if (file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('not found');
      return;
    }
    const body = await read(file);
    const gzip = body.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const payload = gzip && body.gzip !== null ? body.gzip : body.raw;
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(payload.length),
      // As a host should serve the build (README, "Build and host"): hashed assets for a year, everything else
      // revalidated. Each run is a fresh browser context, so every run is still a first visit; within a page, the
      // embeds of an article share what one of them fetched.
      'Cache-Control': /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
  };
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const handle = handler(mounts);
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(`bench server: ${req.url ?? ''}: ${String(err)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
