import type { DotItemDotProps } from 'recharts';
import type { SeriesPoint } from '../../lib/timeline';

/** Marker shapes by series index, so parties differ by shape as well as colour. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** Side of a marker's invisible hit area: WCAG 2.5.8's 24 × 24 px target, whatever size the marker is drawn at. */
export const MARKER_TARGET = 24;

export function Marker({
  index,
  cx,
  cy,
  r,
  fill,
  stroke = '#ffffff',
}: {
  index: number;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
}) {
  const shape = SHAPES[index % SHAPES.length];
  // The class lets a focused mark outline its marker, whichever element draws the shape.
  const common = { fill, stroke, strokeWidth: 1.5, className: 'marker-shape' };
  if (shape === 'square')
    return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />;
  if (shape === 'diamond')
    return (
      <path
        d={`M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`}
        {...common}
      />
    );
  if (shape === 'triangle')
    return (
      <path d={`M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`} {...common} />
    );
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

/** How far a marker drawn at radius `r` reaches either side of its centre: the diamond's 1.2 r plus half its outline. */
export const markerReach = (r: number) => r * 1.2 + 0.75;

/** What a marker's target keeps clear of: the x of the series' previous and next markers, and the plot's edges. */
export interface TargetRoom {
  prev?: number | undefined;
  next?: number | undefined;
  /** How far a marker reaches either side of its centre (markerReach). */
  reach?: number;
  /** The plot area's left and right edges: the chart clips its marks there, targets included. */
  left?: number;
  right?: number;
}

/**
 * The left edge of a marker's target. Centred on the marker (`cx`) when there is room; otherwise it slides away from
 * the series' neighbouring markers, stopping at the midpoint between the two and clear of the neighbour's drawn
 * shape, and stays inside the plot. Two statements a fortnight apart are a few pixels apart on a phone: each keeps
 * a whole 24 px target that nothing drawn later covers, the earlier one's to the left, the later one's to the right.
 * With no room (three markers within a few pixels, or two hard by the plot's edge) the target is centred in what
 * room there is and overlaps its neighbours; the chart's data table has a button for every statement.
 */
export function targetLeft(
  cx: number,
  { prev, next, reach = 0, left = -Infinity, right = Infinity }: TargetRoom = {},
): number {
  const from = Math.max(left, prev === undefined ? -Infinity : Math.max((prev + cx) / 2, prev + reach));
  const to = Math.min(right, next === undefined ? Infinity : Math.min((cx + next) / 2, next - reach));
  const x =
    to - from < MARKER_TARGET
      ? (from + to) / 2 - MARKER_TARGET / 2
      : Math.min(Math.max(cx - MARKER_TARGET / 2, from), to - MARKER_TARGET);
  // Neighbours may be overlapped when there is no room; the plot's edges never are (beyond them the target is cut off).
  return Math.min(Math.max(x, left), right - MARKER_TARGET);
}

/** The x of a series' markers either side of point `index` (points without statements draw none). */
export function neighbourMarkers(points: DotItemDotProps['points'], index: number) {
  const markerX = (j: number) => {
    const p = points[j];
    return p !== undefined && p.x !== null && (p.payload as SeriesPoint).statements.length > 0 ? p.x : undefined;
  };
  let prev: number | undefined;
  let next: number | undefined;
  for (let j = index - 1; j >= 0 && prev === undefined; j--) prev = markerX(j);
  for (let j = index + 1; j < points.length && next === undefined; j++) next = markerX(j);
  return { prev, next };
}

/** A transparent square over a marker: it takes the pointer (transparent still counts as painted) and sets the target's size. */
export function MarkerTarget({ cx, cy, room }: { cx: number; cy: number; room: TargetRoom }) {
  return (
    <rect
      className="marker-target"
      x={targetLeft(cx, room)}
      y={cy - MARKER_TARGET / 2}
      width={MARKER_TARGET}
      height={MARKER_TARGET}
      fill="transparent"
    />
  );
}

/** A legend swatch: the series' line with its marker on it. */
export function SeriesSwatch({
  index,
  color,
  dash = '',
  marker = true,
}: {
  index: number;
  color: string;
  dash?: string;
  marker?: boolean;
}) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className="series-swatch">
      <line x1="0" y1="7" x2="28" y2="7" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      {marker && <Marker index={index} cx={14} cy={7} r={4.5} fill={color} />}
    </svg>
  );
}
