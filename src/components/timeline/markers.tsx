/** Marker shapes by series index, so parties differ by shape as well as colour. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

export function Marker({ index, cx, cy, r, fill, stroke = '#ffffff' }: { index: number; cx: number; cy: number; r: number; fill: string; stroke?: string }) {
  const shape = SHAPES[index % SHAPES.length];
  const common = { fill, stroke, strokeWidth: 1.5 };
  if (shape === 'square') return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />;
  if (shape === 'diamond') return <path d={`M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`} {...common} />;
  if (shape === 'triangle') return <path d={`M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`} {...common} />;
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

/** A legend swatch: the series' line with its marker on it. */
export function SeriesSwatch({ index, color, dash = '', marker = true }: { index: number; color: string; dash?: string; marker?: boolean }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className="series-swatch">
      <line x1="0" y1="7" x2="28" y2="7" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      {marker && <Marker index={index} cx={14} cy={7} r={4.5} fill={color} />}
    </svg>
  );
}
