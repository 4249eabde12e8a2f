// Usage: npm run data:migrate -- FILE [--out OUT]   (writes the dataset in the current format version; OUT defaults to FILE)
import { writeFileSync } from 'node:fs';
import { fail, readDatasetFile } from './readDataset';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? undefined : args[outAt + 1];
const file = args.find((_, i) => outAt === -1 || (i !== outAt && i !== outAt + 1));
if (file === undefined || (outAt !== -1 && out === undefined))
  fail(['usage: npm run data:migrate -- FILE [--out OUT]']);

// Only a valid file is migrated (readDatasetFile exits otherwise): a half-read dataset written back would lose what
// the validator could not read.
const result = readDatasetFile(file);
const target = out ?? file;
if (result.migratedFrom === undefined && target === file) {
  console.log(`${file}: already in format version ${result.data.schemaVersion}; nothing to do`);
  process.exit(0);
}
writeFileSync(target, `${JSON.stringify(result.data, null, 2)}\n`);
console.log(
  `${target}: written in format version ${result.data.schemaVersion}${result.migratedFrom === undefined ? '' : ` (was ${result.migratedFrom})`}`,
);
