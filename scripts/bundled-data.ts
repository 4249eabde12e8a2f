/**
 * Usage: tsx scripts/bundled-data.ts FILE
 * Checks the dataset FILE and prints, as JSON, what the build compiles in from it (scripts/bundledDatasetPlugin.ts):
 * its SHA-256 and, per interface language, the words the views hyphenate. Exits 1, naming each problem, on a dataset
 * the dashboard would refuse. A process of its own, so Vite's config does not bundle the app's code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { datasetFromBytes } from '../src/data/checkDataset';
import { formatProblem } from '../src/data/problem';
import { LANGS, type Lang } from '../src/i18n/languages';
import { bundledHyphenWords } from './bundledHyphens';

export interface BundledData {
  sha256: string;
  /** The file's length: a page computes the digest only of a file this long (src/data/load.ts). */
  bytes: number;
  hyphens: Record<Lang, string[]>;
}

async function main(file: string | undefined): Promise<number> {
  if (file === undefined) {
    console.error('usage: tsx scripts/bundled-data.ts FILE');
    return 2;
  }
  const bytes = new Uint8Array(readFileSync(file));
  const result = datasetFromBytes(bytes, file);
  if (!result.ok) {
    console.error(`${result.title}:\n${result.problems.map(formatProblem).join('\n')}`);
    return 1;
  }
  // The page would trust these bytes as they are, so they must be in the format it reads, not one it migrates.
  if (result.migratedFrom !== undefined) {
    console.error(`${file} is in format version ${result.migratedFrom}: run npm run data:migrate first.`);
    return 1;
  }
  const hyphens = Object.fromEntries(
    await Promise.all(LANGS.map(async (lang) => [lang, Object.values(await bundledHyphenWords(result.dataset, lang))])),
  ) as Record<Lang, string[]>;
  const out: BundledData = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
    hyphens,
  };
  process.stdout.write(JSON.stringify(out));
  return 0;
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
