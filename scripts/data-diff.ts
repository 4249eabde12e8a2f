// Usage: npm run data:diff -- OLD NEW   (each a JSON dataset, a workbook, or a zip or folder of CSV files)
// Prints what changed between two editions of a dataset; exits 1 when a changed coding has no corrections entry.
import { diffDatasets, diffReport } from '../src/lib/dataDiff';
import { readAnyDataset } from './readAnyDataset';
import { fail } from './readDataset';

const [older, newer] = process.argv.slice(2);
if (older === undefined || newer === undefined) fail(['usage: npm run data:diff -- OLD.json NEW.json']);
const before = readAnyDataset(older);
const after = readAnyDataset(newer);
const diff = diffDatasets(before, after);
for (const line of diffReport(diff, after)) console.log(line);
if (diff.uncorrected.length > 0) process.exit(1);
