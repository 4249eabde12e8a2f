// Usage: npm run data:migrate -- FILE [--out OUT]   (writes the dataset in the current format version; OUT defaults to FILE)
import { readFileSync, writeFileSync } from 'node:fs';
import { describeParseError } from '../src/data/parse';
import { formatProblem, validateDataset } from '../src/data/validate';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? undefined : args[outAt + 1];
const file = args.find((_, i) => outAt === -1 || (i !== outAt && i !== outAt + 1));

function fail(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

if (file === undefined || (outAt !== -1 && out === undefined)) fail(['usage: npm run data:migrate -- FILE [--out OUT]']);
let text: string;
try {
  text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
} catch (err) {
  fail([`${file}: cannot read: ${(err as Error).message}`]);
}
let json: unknown;
try {
  json = JSON.parse(text);
} catch (err) {
  fail([`${file}: ${describeParseError(err, text)}`]);
}
// Only a valid file is migrated: a half-read dataset written back would lose what the validator could not read.
const result = validateDataset(json);
if (!result.ok) fail([`${file}: ${result.problems.length} problem(s); nothing written`, ...result.problems.map((p) => `  ${formatProblem(p)}`)]);
const target = out ?? file;
if (result.migratedFrom === undefined && target === file) {
  console.log(`${file}: already in format version ${result.data.schemaVersion}; nothing to do`);
  process.exit(0);
}
writeFileSync(target, `${JSON.stringify(result.data, null, 2)}\n`);
console.log(`${target}: written in format version ${result.data.schemaVersion}${result.migratedFrom === undefined ? '' : ` (was ${result.migratedFrom})`}`);
