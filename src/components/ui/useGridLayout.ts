import { gridLayout } from '../../lib/gridLayout';
import { useChartWidth } from '../charts/useChartWidth';

/**
 * The layout an issues grid takes in the box the ref is attached to, following the box as the page reflows. Until
 * the box is measured (and where nothing is laid out, as in jsdom) it is the table: the measurement comes before the
 * first paint, so a reader never sees the switch.
 */
export function useGridLayout<T extends HTMLElement>(cells: number, countColumn = false) {
  const { ref, width } = useChartWidth<T>(Infinity);
  return { ref, layout: gridLayout(width, cells, countColumn) };
}
