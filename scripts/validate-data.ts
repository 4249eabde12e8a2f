// Usage: npm run validate:data [FILE]   (default: data/dataset.json)
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { colorWarnings } from '../src/lib/colorWarnings';
import { readDatasetFile } from './readDataset';

const file = process.argv[2] ?? resolve(import.meta.dirname, '../data/dataset.json');
const result = readDatasetFile(file);
const d = result.data;
if (result.migratedFrom !== undefined)
  console.log(
    `${file}: format version ${result.migratedFrom}, migrated to version ${d.schemaVersion} as it was read; \`npm run data:migrate -- ${file}\` writes the file in version ${d.schemaVersion}`,
  );
console.log(
  `${file}: valid — ${d.positions.length} positions, ${d.parties.length} parties, ${d.actors.length} actors, ${d.issues.length} issues, ${d.sources.length} sources`,
);
// Warnings leave the exit code alone: the data is valid, but a reader may be misled by how it is drawn.
for (const w of colorWarnings(d)) console.log(`${file}: warning: ${formatProblem(w)}`);
