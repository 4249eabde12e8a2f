import type { ChartPalette } from '../../lib/palette';
import { measure, wrapWords } from '../charts/measureText';

/** The labels' size in px, and a line's height when a label wraps. */
export const LABEL_SIZE = 11;
export const LABEL_LINE = 13;

interface Props {
  /** The bar's box, as recharts lays it out. */
  bar: { x: number; y: number; width: number; height: number };
  /** The label, in lines: one beside a bar; a label with no bar wraps to the plot's width (CategoryChart). */
  lines: string[];
  /** No basis: the label stands where no bar is drawn, in muted ink. */
  noBasis: boolean;
  plotWidth: number;
  palette: ChartPalette;
}

/** A pair's name and index beside (or inside) its bar in the category chart. */
export function CategoryBarLabel({ bar, lines: given, noBasis, plotWidth, palette: pal }: Props) {
  const end = bar.x + bar.width;
  const widest = (lines: string[]) => Math.max(...lines.map((line) => measure(line, LABEL_SIZE)));
  const room = plotWidth - 12 - (end + 6);
  // Inside a long bar in white, else after it in ink, on two lines if one is too long (a pair's name on a phone);
  // where even that does not fit, against the plot's right edge in ink on a paper halo, so no label leaves the plot.
  const givenWidth = widest(given);
  const inside = bar.width > givenWidth + 12;
  const wrapped = inside || givenWidth <= room ? given : wrapWords(given.join(' '), room, LABEL_SIZE);
  const lines = wrapped.length <= 2 && widest(wrapped) <= room ? wrapped : given;
  const after = !inside && widest(lines) <= room;
  const x = inside ? end - 6 : after ? end + 6 : plotWidth - 12;
  return (
    <text
      x={x}
      y={bar.y + bar.height / 2}
      textAnchor={inside || !after ? 'end' : 'start'}
      dominantBaseline="central"
      fontSize={LABEL_SIZE}
      fill={inside ? pal.onBar : noBasis ? pal.inkMuted : pal.ink}
      {...(inside || after ? {} : { stroke: pal.paper, strokeWidth: 3, paintOrder: 'stroke' })}
      className="bar-value"
    >
      {lines.length === 1
        ? lines[0]
        : lines.map((line, k) => (
            // Centred on the bar's slot as a block: the first line half the block's height above the middle.
            <tspan key={k} x={x} dy={k === 0 ? -((lines.length - 1) * LABEL_LINE) / 2 : LABEL_LINE}>
              {line}
            </tspan>
          ))}
    </text>
  );
}
