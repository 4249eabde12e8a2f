import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flexRender, type Row } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { rowItems, type RowGroup } from '../../lib/tableRows';
import type { PositionRow } from '../../lib/tableRows';
import { PositionDetails } from '../PositionDetails';
import type { Features } from './columns';

type TableRow = Row<Features, PositionRow>;
interface RowsProps {
  groups: RowGroup<TableRow>[];
  /** Grouped by issue: each group opens with its issue's heading. */
  grouped: boolean;
  /** The number of columns. */
  span: number;
}

/** Every row in the DOM, a <tbody> per issue: small tables stay whole, so find-in-page and printing see every row. */
export function WholeRows({ groups, grouped, span }: RowsProps) {
  return groups.map((g) => (
    <tbody key={g.key} role="rowgroup">
      {grouped && <GroupRow title={g.title} count={g.rows.length} span={span} />}
      {g.rows.map((row) => (
        <PositionRows key={row.id} row={row} span={span} />
      ))}
    </tbody>
  ));
}

/**
 * Only the rows near the viewport, as the page scrolls. Each heading or row is its own <tbody>, so an expanded row is
 * measured with its details.
 */
export function VirtualRows({ groups, grouped, span }: RowsProps) {
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
              <GroupRow title={item.title} count={item.count} span={span} />
            ) : (
              <PositionRows row={item.row} span={span} />
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

/** A position's row and, when it is expanded, a second row with its quote, attribution and citation. */
function PositionRows({ row, span }: { row: TableRow; span: number }) {
  const expanded = row.getIsExpanded();
  return (
    <>
      <tr className={expanded ? 'is-expanded' : undefined} role="row">
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`} role="cell">
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        ))}
      </tr>
      {expanded && (
        <tr className="detail-row" role="row">
          <td colSpan={span} role="cell">
            <PositionDetails position={row.original.position} />
          </td>
        </tr>
      )}
    </>
  );
}
