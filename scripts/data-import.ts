// Usage: npm run data:import -- FILE_OR_DIR [--out data/dataset.json]
// Reads a workbook (.xlsx), a zip or folder of CSV files (one per table) or a JSON dataset, checks it as the page
// does, and writes the JSON; every problem is named by sheet, row and column, all in one run (exit 1).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readAnyDataset } from './readAnyDataset';
import { fail } from './readDataset';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const [input] = positionals;
if (input === undefined) fail(['usage: npm run data:import -- FILE_OR_DIR [--out data/dataset.json]']);
const data = readAnyDataset(input);
const json = `${JSON.stringify(data, null, 2)}\n`;
if (values.out === undefined) process.stdout.write(json);
else {
  writeFileSync(values.out, json);
  console.error(
    `wrote ${values.out}: ${data.positions.length} positions, ${data.sources.length} sources, ${data.issues.length} issues, ${data.parties.length} parties`,
  );
}
