/** Everything the bench needs on disk before a browser starts: the two builds and the datasets. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';

export interface DatasetFile {
  /** 'bundled' or a count from --counts. */
  label: string;
  file: string;
  /** The dashboard's `data=` value, or null for the bundled dataset (loaded by default, with its preload). */
  dataParam: string | null;
  /** Where the floor fetches it: same bytes, same server. */
  url: string;
  positions: number;
  bytes: number;
  /** Short name of the first party: the label of the party checkbox the filter interactions click. */
  firstParty: string;
}

/** Runs a command in the repo, streaming its output; a failure stops the bench. */
function run(root: string, command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal ?? '?'})`);
}

export function buildSites(root: string): void {
  run(root, 'npm', ['run', 'build']);
  run(root, 'npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts']);
}

const dataFile = (root: string, count: number) => join(root, '.bench/data', `positions-${count}.json`);

/** Generates the synthetic datasets that are not on disk yet (scripts/bench/generate.ts). */
export function ensureDatasets(root: string, counts: readonly number[]): void {
  const missing = counts.filter((n) => !existsSync(dataFile(root, n)));
  if (missing.length === 0) return;
  if (!existsSync(join(root, 'scripts/bench/generate.ts')))
    throw new Error('scripts/bench/generate.ts is missing: cannot create .bench/data');
  run(root, 'npx', ['tsx', 'scripts/bench/generate.ts', '--counts', missing.join(',')]);
}

function describe(label: string, file: string, url: string, dataParam: string | null): DatasetFile {
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  const firstParty = dataset.parties[0]?.shortName;
  if (firstParty === undefined) throw new Error(`${file}: no parties`);
  return { label, file, url, dataParam, positions: dataset.positions.length, bytes: statSync(file).size, firstParty };
}

/** `bundled` is dist/data/dataset.json; a number N is .bench/data/positions-N.json. */
export function datasetFiles(root: string, labels: readonly string[]): DatasetFile[] {
  return labels.map((label) => {
    if (label === 'bundled') return describe(label, join(root, 'dist/data/dataset.json'), '/data/dataset.json', null);
    const url = `/.bench/data/positions-${label}.json`;
    return describe(label, dataFile(root, Number(label)), url, url);
  });
}
