import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/data/validate';
import type { Dataset } from '../src/data/schema';
import { datasetFromFiles, type GivenFile } from '../src/lib/workbook/importFile';
import { fail } from './readDataset';

/**
 * A dataset from a JSON file, a workbook, a zip of CSVs or a folder of CSVs, or exit 1 with every problem named by
 * file, sheet, row and column (data:import, data:diff).
 */
export function readAnyDataset(path: string): Dataset {
  let files: GivenFile[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => /\.csv$/i.test(f))
          .sort()
          .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(path, f))) }))
      : [{ name: path, bytes: new Uint8Array(readFileSync(path)) }];
  } catch (err) {
    fail([`${path}: cannot read: ${(err as Error).message}`]);
  }
  if (files.length === 0)
    fail([`${path}: a folder with no .csv files; it should hold one per table (positions.csv, …)`]);
  const result = datasetFromFiles(files);
  if (!result.ok)
    fail([
      `${path}: ${result.title}: ${result.problems.length} problem(s)`,
      ...result.problems.map((p) => `  ${formatProblem(p)}`),
    ]);
  return result.dataset;
}
