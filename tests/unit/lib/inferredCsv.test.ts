import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { positionsCsv } from '../../../src/lib/exportData';
import { EMPTY_FILTERS, filterPositions, withDefaultParties } from '../../../src/lib/filters';
import { loadBundled } from '../../fixtures/load';

// Moved from tests/e2e/format2.spec.ts: the CSV the table's "Download CSV" saves for parties=ukraine.
const dataset = loadBundled();
const index = indexDataset(dataset);

describe('the positions CSV on format version 2', () => {
  it('an inferred position carries its mark in the CSV, a concession its kind', () => {
    const shown = filterPositions(
      dataset.positions,
      withDefaultParties({ ...EMPTY_FILTERS, parties: ['ukraine'] }, dataset),
      index,
    );
    const text = positionsCsv(shown, index);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.find((r) => r.id === 'ua-crimea-recognition-2024-06-14')).toMatchObject({
      basis: 'inferred',
      kind: 'demand',
    });
    expect(rows.find((r) => r.id === 'ua-nato-membership-2022-03-15')).toMatchObject({
      basis: 'stated',
      kind: 'concession',
    });
  });
});
