import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { rowItems, type RowGroup } from '../../lib/tableRows';
import { PositionDetails } from '../PositionDetails';
import type { Cells, ColumnId, TableRow } from './columns';
interface RowsProps {
  groups: RowGroup<TableRow>[];
  /** Grouped by issue: each group opens with its issue's heading. */
  grouped: boolean;
  /** The columns' ids, in order. */
  ids: readonly ColumnId[];
  /** Each column's body cell (makeCells), made again in another language. */
  cells: Cells;
}

/** Every row in the DOM, a <tbody> per issue: small tables stay whole, so find-in-page and printing see every row. */
export function WholeRows({ groups, grouped, ids, cells }: RowsProps) {
  return groups.map((g) => (
    <tbody key={g.key} role="rowgroup">
      {grouped && <GroupRow title={g.title} count={g.rows.length} span={ids.length} />}
      {g.rows.map((row) => (
        <PositionRows key={row.id} row={row} expanded={row.getIsExpanded()} ids={ids} cells={cells} />
      ))}
    </tbody>
  ));
}

/**
 * Only the rows near the viewport, as the page scrolls. Each heading or row is its own <tbody>, so an expanded row is
 * measured with its details.
 */
export function VirtualRows({ groups, grouped, ids, cells }: RowsProps) {
  const items = useMemo(() => rowItems(groups, grouped, (row) => row.id), [groups, grouped]);
  const anchor = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  // Where the rows start on the page; it moves when anything above them changes height.
  useLayoutEffect(() => {
    const measure = () => {
      const el = anchor.current;
      if (el) setMargin(el.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  // Stable between renders: the virtualizer recomputes every item's offset (O(rows)) whenever this changes.
  const getItemKey = useCallback((i: number) => items[i]?.key ?? i, [items]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 52,
    overscan: 12,
    scrollMargin: margin,
    getItemKey,
  });
  const visible = virtualizer.getVirtualItems();
  const before = (visible[0]?.start ?? margin) - margin;
  const after = virtualizer.getTotalSize() - ((visible.at(-1)?.end ?? margin) - margin);
  return (
    <>
      <tbody ref={anchor} aria-hidden="true" role="rowgroup">
        <tr className="spacer" style={{ height: Math.max(0, before) }} />
      </tbody>
      {visible.map((v) => {
        const item = items[v.index];
        if (!item) return null;
        return (
          <tbody key={item.key} data-index={v.index} ref={virtualizer.measureElement} role="rowgroup">
            {item.kind === 'group' ? (
              <GroupRow title={item.title} count={item.count} span={ids.length} />
            ) : (
              <PositionRows row={item.row} expanded={item.row.getIsExpanded()} ids={ids} cells={cells} />
            )}
          </tbody>
        );
      })}
      <tbody aria-hidden="true" role="rowgroup">
        <tr className="spacer" style={{ height: Math.max(0, after) }} />
      </tbody>
    </>
  );
}

function GroupRow({ title, count, span }: { title: string; count: number; span: number }) {
  return (
    <tr className="group-row" role="row">
      <th scope="rowgroup" colSpan={span} role="rowheader">
        {title} <span className="muted">({count})</span>
      </th>
    </tr>
  );
}

interface PositionRowsProps {
  row: TableRow;
  expanded: boolean;
  ids: readonly ColumnId[];
  cells: Cells;
}

/**
 * A position's row and, when it is expanded, a second row with its quote, attribution and citation. Memoised: a
 * filter click or an as-of step that leaves a row in the table does not render it again (a filter click's work on a
 * throttled phone, 190 → 158 ms).
 */
const PositionRows = memo(function PositionRows({ row, expanded, ids, cells }: PositionRowsProps) {
  return (
    <>
      <tr className={expanded ? 'is-expanded' : undefined} role="row">
        {ids.map((id) => (
          <td key={id} className={`col-${id}`} role="cell">
            {cells[id](row, expanded)}
          </td>
        ))}
      </tr>
      {expanded && (
        <tr className="detail-row" role="row">
          <td colSpan={ids.length} role="cell">
            <PositionDetails position={row.original.position} />
          </td>
        </tr>
      )}
    </>
  );
});
