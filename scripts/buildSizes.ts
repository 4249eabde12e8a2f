/**
 * Gzip sizes of the built site, from dist/.vite/manifest.json: one reading for the size budget (npm test) and the
 * benchmark, so the two cannot count differently.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEWS, type LazyView, type View } from '../src/core/views';

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The chunks vite.config.ts puts libraries in (LIBRARY_CHUNKS): React and React DOM, recharts, TanStack. */
const LIBRARY_NAMES = ['react', 'recharts', 'tanstack'];

/** Each on-demand view's module (src/app/viewChunks.ts loads it); the compiler asks for a row per lazy view. */
const VIEW_SOURCES: Record<LazyView, string> = {
  agreement: 'src/components/agreement/AgreementView.tsx',
  timeline: 'src/components/timeline/TimelineView.tsx',
  distribution: 'src/components/distribution/DistributionView.tsx',
  table: 'src/components/table/PositionsTable.tsx',
  method: 'src/components/method/MethodView.tsx',
};

/** What a view costs a reader who opens it first: all the JavaScript it needs, and the libraries' share of it. */
export interface ViewSize {
  view: View;
  js: number;
  libraries: number;
}

export interface ChunkSize {
  file: string;
  gzip: number;
  /** Part of the entry or its static imports (transitively): downloaded before the first view. */
  initial: boolean;
}

export interface BuildSizes {
  chunks: ChunkSize[];
  /** What a reader downloads before the first view. */
  initialJs: number;
  /** Every JavaScript chunk, including those loaded on demand (charts, export, table, languages). */
  allJs: number;
  css: number;
  /** embed.js, the host script newsroom pages include. */
  hostScript: number;
  views: ViewSize[];
}

/** Reads dist/'s manifest; throws with a readable message when the site is not built. */
export function buildSizes(dist: string): BuildSizes {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  } catch {
    throw new Error(`${dist}/.vite/manifest.json: not found; run \`npm run build\` first`);
  }
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
  if (entry === undefined) throw new Error(`${dist}/.vite/manifest.json: no entry chunk`);
  /** The files `key` loads before it runs: itself and its static imports, transitively. */
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (chunk === undefined || into.has(chunk.file)) return into;
    into.add(chunk.file);
    chunk.imports?.forEach((k) => closure(k, into));
    return into;
  };
  const initial = closure(entry);
  const gzip = (file: string) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
  const js = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
  const chunks = js
    .map((file) => ({ file, gzip: gzip(file), initial: initial.has(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (list: ChunkSize[]) => list.reduce((total, c) => total + c.gzip, 0);
  const libraryFiles = new Set(
    Object.values(manifest)
      .filter((c) => c.name !== undefined && LIBRARY_NAMES.includes(c.name))
      .map((c) => c.file),
  );
  const views = VIEWS.map((view): ViewSize => {
    const source = Object.hasOwn(VIEW_SOURCES, view) ? VIEW_SOURCES[view as LazyView] : entry;
    if (manifest[source] === undefined) throw new Error(`${dist}/.vite/manifest.json: no chunk for ${source}`);
    const files = [...closure(source)];
    const inFiles = chunks.filter((c) => files.includes(c.file));
    return { view, js: sum(inFiles), libraries: sum(inFiles.filter((c) => libraryFiles.has(c.file))) };
  });
  return {
    views,
    chunks,
    initialJs: sum(chunks.filter((c) => c.initial)),
    allJs: sum(chunks),
    css: css.reduce((total, f) => total + gzip(f), 0),
    hostScript: gzip('embed.js'),
  };
}
