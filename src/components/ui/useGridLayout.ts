import { useLayoutEffect, useRef, useState } from 'react';
import { gridLayout, tableWidth } from '../../lib/gridLayout';
import { useChartWidth } from '../charts/useChartWidth';

/**
 * The layout an issues grid takes in the box `ref` is attached to, following the box as the page reflows. The table's
 * needs are estimated from its columns; where the table drawn still scrolls sideways (longer headings in Ukrainian,
 * a wider count column), what it measured is kept for the same content (`key`), so it stays cards until the box is as
 * wide as the table was. Until the box is measured (and where nothing is laid out, as in jsdom) it is the table: the
 * measurement comes before the first paint, so a reader never sees the switch.
 */
export function useGridLayout<T extends HTMLElement>(cells: number, countColumn: boolean, key: string) {
  const { ref, width } = useChartWidth<T>(Infinity);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<{ key: string; needed: number } | null>(null);
  const estimate = tableWidth(cells, countColumn);
  const needed = measured?.key === key ? Math.max(estimate, measured.needed) : estimate;
  const layout = gridLayout(width, needed);
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const box = ref.current;
    if (layout !== 'table' || !scroller || !box || scroller.clientWidth === 0) return;
    if (scroller.scrollWidth > scroller.clientWidth + 1)
      setMeasured({ key, needed: scroller.scrollWidth + (box.clientWidth - scroller.clientWidth) });
  }, [ref, layout, key, width]);
  return { ref, scrollerRef, layout };
}
