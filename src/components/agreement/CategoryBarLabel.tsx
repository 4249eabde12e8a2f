import type { ChartPalette } from '../../lib/palette';

interface Props {
  /** The bar's box, as recharts lays it out. */
  bar: { x: number; y: number; width: number; height: number };
  text: string;
  /** No basis: the label stands where no bar is drawn, in muted ink. */
  noBasis: boolean;
  plotWidth: number;
  palette: ChartPalette;
}

/** A pair's name and index beside (or inside) its bar in the category chart. */
export function CategoryBarLabel({ bar, text, noBasis, plotWidth, palette: pal }: Props) {
  const end = bar.x + bar.width;
  const textWidth = text.length * 6.6;
  // Inside a long bar in white, else after it in ink; where neither fits (a long pair name on a phone), against the
  // plot's right edge in ink on a paper halo, so no label leaves the plot.
  const inside = bar.width > textWidth + 12;
  const after = end + 6 + textWidth <= plotWidth - 12;
  const x = inside ? end - 6 : after ? end + 6 : plotWidth - 12;
  return (
    <text
      x={x}
      y={bar.y + bar.height / 2}
      textAnchor={inside || !after ? 'end' : 'start'}
      dominantBaseline="central"
      fontSize={11}
      fill={inside ? pal.onBar : noBasis ? pal.inkMuted : pal.ink}
      {...(inside || after ? {} : { stroke: pal.paper, strokeWidth: 3, paintOrder: 'stroke' })}
      className="bar-value"
    >
      {text}
    </text>
  );
}
