import { memo, type RowModel, type rowSortingFeature, type Table } from '@tanstack/react-table';
import { isSortColumn, sortOrder } from '../../lib/sortRows';
import type { PositionRow } from '../../lib/tableRows';

/** What the table carries for its row model: names sort in the reader's language. */
export interface TableMeta {
  collator: Intl.Collator;
}

type SortingTable = Table<{ rowSortingFeature: typeof rowSortingFeature; tableMeta: TableMeta }, PositionRow>;

/**
 * TanStack's sorted row model, ordered by sortOrder's packed keys rather than by createSortedRowModel's comparator
 * (a collator call per pair of rows: the slow part of sorting thousands of rows on a phone). Multi-sort is off, so
 * the first sort entry is the only one.
 */
export function createPackedSortedRowModel() {
  return (table: SortingTable) =>
    memo({
      memoDeps: () => [table.atoms.sorting?.get()[0], table.getPreSortedRowModel(), table.options.meta?.collator],
      fn: (sort, preSorted, collator): RowModel<SortingTable['_features'], PositionRow> => {
        if (sort === undefined || !isSortColumn(sort.id) || collator === undefined) return preSorted;
        const rows = preSorted.rows;
        const order = sortOrder(
          rows.map((row) => row.original),
          sort.id,
          sort.desc,
          collator,
        );
        const sorted = order.map((i) => rows[i] as (typeof rows)[number]);
        return { rows: sorted, flatRows: sorted, rowsById: preSorted.rowsById };
      },
    });
}
