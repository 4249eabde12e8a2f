// Usage: npm run data:export -- --to DIR [--data data/dataset.json] [--template]
// Writes the dataset as one CSV per table and one workbook (DIR/dataset.xlsx); --template writes DIR/template.xlsx,
// one example row per table with the codebook on its first sheet.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetToTables } from '../src/data/tables';
import { datasetTableCsv } from '../src/lib/workbook/csv';
import { exampleDataset, workbookGuide } from '../src/lib/workbook/template';
import { writeXlsx } from '../src/lib/workbook/xlsxWrite';
import { fail, readDatasetFile } from './readDataset';

const { values } = parseArgs({
  options: {
    to: { type: 'string' },
    data: { type: 'string', default: 'data/dataset.json' },
    template: { type: 'boolean', default: false },
  },
});
if (values.to === undefined) fail(['usage: npm run data:export -- --to DIR [--data FILE] [--template]']);
const dir = values.to;
const data = readDatasetFile(values.data).data;
const codebook = [...workbookGuide(), ...readFileSync('data/codebook.md', 'utf8').split('\n')];
mkdirSync(dir, { recursive: true });
if (values.template) {
  const file = join(dir, 'template.xlsx');
  writeFileSync(file, await writeXlsx(datasetToTables(exampleDataset(data)), codebook));
  console.log(`wrote ${file}: one example row per table, the codebook on its first sheet`);
} else {
  const tables = datasetToTables(data);
  for (const table of tables) writeFileSync(join(dir, `${table.spec.name}.csv`), datasetTableCsv(table));
  writeFileSync(join(dir, 'dataset.xlsx'), await writeXlsx(tables, codebook));
  console.log(
    `wrote ${tables.length} CSV files and dataset.xlsx to ${dir}: ${tables.map((t) => `${t.spec.name} ${t.rows.length}`).join(', ')}`,
  );
}
