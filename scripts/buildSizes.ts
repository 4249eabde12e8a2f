/**
 * Gzip sizes of the built site, from dist/.vite/manifest.json: one reading for the size budget (npm test) and the
 * benchmark, so the two cannot count differently.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
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
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  const gzip = (file: string) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
  const js = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
  const chunks = js
    .map((file) => ({ file, gzip: gzip(file), initial: initial.has(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (list: ChunkSize[]) => list.reduce((total, c) => total + c.gzip, 0);
  return {
    chunks,
    initialJs: sum(chunks.filter((c) => c.initial)),
    allJs: sum(chunks),
    css: css.reduce((total, f) => total + gzip(f), 0),
    hostScript: gzip('embed.js'),
  };
}
