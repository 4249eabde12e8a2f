import { Text } from 'recharts';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category-axis label that wraps within `width` instead of running into the plot. */
export function wrappedTick(width: number, color: string, format: (value: string) => string = (v) => v, fontSize = 12, maxLines = 3) {
  function Tick({ x, y, payload }: TickProps) {
    return (
      <Text x={Number(x)} y={Number(y)} width={width} textAnchor="end" verticalAnchor="middle" fontSize={fontSize} fill={color} maxLines={maxLines}>
        {format(typeof payload?.value === 'string' ? payload.value : '')}
      </Text>
    );
  }
  return Tick;
}
