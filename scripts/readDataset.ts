import { readFileSync } from 'node:fs';
import { MAX_DATASET_BYTES } from '../src/data/loadResult';
import { describeParseError } from '../src/data/parse';
import { formatProblem, validateDataset, type Validation } from '../src/data/validate';

/** Prints the lines to stderr and exits 1: how the data CLIs end on bad input. */
export function fail(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

/**
 * Reads, size-checks, parses and validates a dataset file as the page does, or exits 1 with every problem named
 * (the file, a line and column, or JSON paths). The data CLIs (validate:data, data:migrate) share it.
 */
export function readDatasetFile(file: string): Extract<Validation, { ok: true }> {
  let text: string;
  try {
    // A leading byte-order mark is not part of the JSON; browsers drop it too (Response.text()).
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    fail([`${file}: cannot read: ${(err as Error).message}`]);
  }
  if (Buffer.byteLength(text) > MAX_DATASET_BYTES)
    fail([`${file}: larger than the ${MAX_DATASET_BYTES / 1_000_000} MB limit; not parsed`]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail([`${file}: ${describeParseError(err, text)}`]);
  }
  const result = validateDataset(json);
  if (!result.ok)
    fail([`${file}: ${result.problems.length} problem(s)`, ...result.problems.map((p) => `  ${formatProblem(p)}`)]);
  return result;
}
