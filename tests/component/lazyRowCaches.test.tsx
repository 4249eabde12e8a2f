import { renderHook } from '@testing-library/react';
import { useTable } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { features, makeColumns } from '../../src/components/table/columns';
import { en } from '../../src/i18n/en';
import { indexDataset } from '../../src/lib/datasetIndex';
import { tableRows } from '../../src/lib/tableRows';
import { i18nFor } from '../../src/state/i18n';
import { loadFixture } from '../fixtures/load';

const data = tableRows(indexDataset(loadFixture('four-parties.json')));

function rows() {
  const { result } = renderHook(() =>
    useTable({
      features,
      columns: makeColumns(i18nFor('en', en)),
      data,
      getRowId: (r) => r.position.id,
      meta: { collator: new Intl.Collator('en') },
    }),
  );
  return result.current.getRowModel().rows;
}

describe('lazyRowCachesFeature', () => {
  it('gives no row a value cache until the row reads a value', () => {
    const all = rows();
    expect(all).toHaveLength(data.length);
    for (const row of all) {
      expect(Object.hasOwn(row, '_valuesCache')).toBe(false);
      expect(Object.hasOwn(row, '_uniqueValuesCache')).toBe(false);
    }
  });

  it('still reads and caches each row’s own values once asked', () => {
    const [a, b] = rows();
    expect(a?.getValue('party')).toBe(a?.original.party);
    expect(b?.getValue('party')).toBe(b?.original.party);
    expect(a?.getUniqueValues('date')).toEqual([a?.original.position.date]);
    expect(Object.hasOwn(a ?? {}, '_valuesCache')).toBe(true);
    // Each row has its own cache: a value cached on one row is not another row's.
    expect(a?._valuesCache).not.toBe(b?._valuesCache);
    expect(a?._valuesCache.party).toBe(a?.original.party);
  });
});
