import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/data/schema';

describe('data/dataset.schema.json', () => {
  it('is the schema generated from src/data/schema.ts (run `npm run schema` after changing it)', () => {
    const published = readFileSync(resolve(import.meta.dirname, '../../../data/dataset.schema.json'), 'utf8');
    expect(published).toBe(datasetJsonSchema());
  });
});
