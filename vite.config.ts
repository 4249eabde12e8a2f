import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bundledDatasetPlugin } from './scripts/bundledDatasetPlugin.ts';

// Fix the time zone for everything this config starts (dev server, build, vitest workers),
// so date formatting in tests does not depend on the machine.
process.env.TZ = 'UTC';

const root = import.meta.dirname;
const DATASET_FILE = resolve(root, 'data/dataset.json');
const DATASET_URL_PATH = '/data/dataset.json';
/** The dataset's JSON Schema, served beside it: the methodology page links to it. */
const SCHEMA_FILE = resolve(root, 'data/dataset.schema.json');
const SCHEMA_URL_PATH = '/data/dataset.schema.json';
const DATA_FILES: Record<string, string> = { [DATASET_URL_PATH]: DATASET_FILE, [SCHEMA_URL_PATH]: SCHEMA_FILE };
const EMBED_SCRIPT_FILE = resolve(root, 'embed/embed.js');
const EMBED_SCRIPT_PATH = '/embed.js';

/** DATA_ORIGINS="https://a.example,https://b.example" -> ['https://a.example', 'https://b.example'] */
function parseDataOrigins(raw: string | undefined): string[] {
  const origins: string[] = [];
  for (const part of (raw ?? '').split(',')) {
    const s = part.trim();
    if (s === '') continue;
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      throw new Error(`DATA_ORIGINS: "${s}" is not a URL`);
    }
    if (url.origin === 'null' || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      throw new Error(`DATA_ORIGINS: "${s}" is not a bare origin like https://example.org`);
    }
    origins.push(url.origin);
  }
  return origins;
}

/**
 * The dataset lives in data/ (not in a publicDir), so it is edited and validated as a source file.
 * This plugin makes it reachable at <base>data/dataset.json, and its JSON Schema at <base>data/dataset.schema.json:
 *  - dev server: a middleware answers GET for either path with the current file (read per request);
 *  - build: the files are emitted as assets at dist/data/, which `vite preview` then serves.
 */
function datasetPlugin(): Plugin {
  return {
    name: 'overlap-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = DATA_FILES[(req.url ?? '').split('?')[0] ?? ''];
        if (file === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        let body: Buffer;
        try {
          body = readFileSync(file);
        } catch (err) {
          next(err);
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Content-Length', String(body.length));
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
    buildStart() {
      this.addWatchFile(DATASET_FILE);
      this.addWatchFile(SCHEMA_FILE);
    },
    // Request the dataset in parallel with the JavaScript. Injected after Vite's HTML processing,
    // which would otherwise copy the file to a hashed asset that the app never fetches.
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: DATASET_URL_PATH.slice(1), as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ],
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: DATASET_URL_PATH.slice(1),
        source: readFileSync(DATASET_FILE),
      });
      this.emitFile({ type: 'asset', fileName: SCHEMA_URL_PATH.slice(1), source: readFileSync(SCHEMA_FILE) });
    },
  };
}

/**
 * The host script newsroom pages include (embed/embed.js) is shipped as-is at <base>embed.js:
 * an unhashed, stable URL, since it is pasted into articles that outlive any build.
 */
function embedScriptPlugin(): Plugin {
  return {
    name: 'overlap-embed-script',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== EMBED_SCRIPT_PATH) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(EMBED_SCRIPT_FILE));
      });
    },
    buildStart() {
      this.addWatchFile(EMBED_SCRIPT_FILE);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: EMBED_SCRIPT_PATH.slice(1), source: readFileSync(EMBED_SCRIPT_FILE) });
    },
  };
}

/**
 * Cache rules for the host, as `_headers` (read by Netlify and Cloudflare Pages, which merge every rule a path matches:
 * hence no catch-all; README, "Build and host", gives the same for others): hashed assets for a year, so a reader's second article and an article's three embeds fetch the
 * shared chunks once; the dataset, the page and the host script revalidated, so a correction is seen at once.
 */
const HOST_HEADERS = `/assets/*
  Cache-Control: public, max-age=31536000, immutable
/data/*
  Cache-Control: no-cache
/embed.js
  Cache-Control: no-cache
/index.html
  Cache-Control: no-cache
`;

function hostHeadersPlugin(): Plugin {
  return {
    name: 'overlap-host-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HOST_HEADERS });
    },
  };
}

/** Library chunks by name: which node_modules go in each (scripts/buildSizes.ts reads the names). */
export const LIBRARY_CHUNKS = {
  react: /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
  recharts:
    /[\\/]node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|eventemitter3|es-toolkit|immer|reselect|@reduxjs|redux|redux-thunk|react-redux|tiny-invariant|clsx)[\\/]/,
  tanstack: /[\\/]node_modules[\\/]@tanstack[\\/]/,
};

export default defineConfig({
  // Relative base: the built site works when hosted under any sub-path.
  base: './',
  // No public dir: data/ is handled by datasetPlugin above.
  publicDir: false,
  plugins: [react(), datasetPlugin(), bundledDatasetPlugin(DATASET_FILE), embedScriptPlugin(), hostHeadersPlugin()],
  define: {
    __DATA_ORIGINS__: JSON.stringify(parseDataOrigins(process.env.DATA_ORIGINS)),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/size-budget.ts to tell the JavaScript a first view needs from what loads on demand.
    manifest: true,
    rolldownOptions: {
      output: {
        // The libraries in chunks of their own (LIBRARY_CHUNKS): their file names change only when they do, so a
        // reader's cache and an article's three embeds keep them across the dashboard's own releases, and
        // `npm run size` weighs each view's code against the libraries it needs.
        codeSplitting: {
          groups: Object.entries(LIBRARY_CHUNKS).map(([name, test]) => ({ name, test })),
        },
      },
    },
  },
  // As a host must serve the build for sandboxed (opaque-origin) embeds; see README, "Embedding".
  preview: {
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  test: {
    env: { TZ: 'UTC' },
    pool: 'threads',
    // Vitest's default leaves one of a two-core machine's cores idle (CPUs minus one).
    maxWorkers: 2,
    // Pure tests run in Node; only component tests (and the few unit files that say so in a docblock) start jsdom.
    projects: [
      {
        extends: true,
        // Pure functions share nothing between files, so one module graph serves them all (a third of the run).
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
          // Each render gets its own store (tests/component/render.tsx) and is unmounted after its test.
          isolate: false,
          // A page booted in jsdom takes a second or two on a quiet machine; vitest's 5 s failed tests under load.
          // Speed is measured by `npm run bench`, not by timeouts.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
