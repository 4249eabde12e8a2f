// Usage: npm run validate:data [FILE]   (default: data/dataset.json)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeParseError, MAX_DATASET_BYTES } from '../src/data/parse';
import { formatProblem, validateDataset } from '../src/data/validate';

const file = process.argv[2] ?? resolve(import.meta.dirname, '../data/dataset.json');

function fail(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

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
if (!result.ok) fail([`${file}: ${result.problems.length} problem(s)`, ...result.problems.map((p) => `  ${formatProblem(p)}`)]);
const d = result.data;
if (result.migratedFrom !== undefined)
  console.log(
    `${file}: format version ${result.migratedFrom}, migrated to version ${d.schemaVersion} as it was read; \`npm run data:migrate -- ${file}\` writes the file in version ${d.schemaVersion}`,
  );
console.log(
  `${file}: valid — ${d.positions.length} positions, ${d.parties.length} parties, ${d.actors.length} actors, ${d.issues.length} issues, ${d.sources.length} sources`,
);
