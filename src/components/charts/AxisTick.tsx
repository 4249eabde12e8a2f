import { Text } from 'recharts';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category-axis label that wraps within `width` instead of running into the plot. */
export function wrappedTick(
  width: number,
  color: string,
  format: (value: string) => string = (v) => v,
  fontSize = 12,
  maxLines = 3,
) {
  function Tick({ x, y, payload }: TickProps) {
    return (
      <Text
        x={Number(x)}
        y={Number(y)}
        width={width}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={fontSize}
        // recharts measures words in `style` (as CSS: a number is ignored) to wrap them: without it, it measured 16 px
        // text and cut "Нерозширення" short with "…" in a box that holds it at 11 px.
        style={{ fontSize: `${fontSize}px` }}
        fill={color}
        maxLines={maxLines}
      >
        {format(typeof payload?.value === 'string' ? payload.value : '')}
      </Text>
    );
  }
  return Tick;
}

/** What a two-line category label says: a bold name, and a muted line of counts under it. */
export interface TwoLines {
  title: string;
  detail: string;
}

/**
 * A category-axis label of two lines, each wrapping within `width` (Ukrainian and Russian names run long), or
 * nothing when `lines` does not know the value.
 */
export function twoLineTick(
  width: number,
  ink: string,
  muted: string,
  lines: (value: unknown) => TwoLines | null,
  titleSize = 13,
) {
  function Tick({ x, y, payload }: TickProps) {
    const label = lines(payload?.value);
    if (label === null) return <g />;
    return (
      <g>
        <Text
          x={Number(x)}
          y={Number(y) - 2}
          width={width}
          textAnchor="end"
          verticalAnchor="end"
          fontSize={titleSize}
          fontWeight={600}
          style={{ fontSize: `${titleSize}px`, fontWeight: 600 }}
          fill={ink}
          maxLines={2}
        >
          {label.title}
        </Text>
        <Text
          x={Number(x)}
          y={Number(y) + 2}
          width={width}
          textAnchor="end"
          verticalAnchor="start"
          fontSize={11}
          style={{ fontSize: '11px' }}
          fill={muted}
          maxLines={2}
        >
          {label.detail}
        </Text>
      </g>
    );
  }
  return Tick;
}
