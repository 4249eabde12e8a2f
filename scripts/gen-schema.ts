import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchema } from '../src/data/schema';

const out = resolve(import.meta.dirname, '../data/dataset.schema.json');
writeFileSync(out, datasetJsonSchema());
console.log(`wrote ${out}`);
