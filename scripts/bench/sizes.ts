/**
 * Gzip sizes of the built JavaScript, from dist/.vite/manifest.json. The same rules as
 * scripts/size-budget.ts, copied rather than imported because that script runs (and exits) on import.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface JsSizes {
  /** The entry chunk and its static imports, transitively: what a reader downloads before the first view. */
  initialJs: number;
  /** Every JavaScript chunk, including those loaded on demand. */
  allJs: number;
}

const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;

export function jsSizes(dist: string): JsSizes {
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
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
  const js = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(dist, f), 0);
  return { initialJs: sum(js.filter((f) => initial.has(f))), allJs: sum(js) };
}
