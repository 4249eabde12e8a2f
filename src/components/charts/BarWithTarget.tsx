/** Where recharts draws a bar: its box, as numbers (recharts hands them over as numbers or strings). */
interface BarBox {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
}

interface Props {
  box: BarBox;
  fill: string;
  /** The drawn bar's least width: a bar of 0 % still shows as a sliver; 0 draws none (no basis). */
  minWidth: number;
  /** The invisible target around it, at least this wide and `pad` px taller on each side, for fingers and focus rings. */
  targetWidth: number;
  pad: number;
}

/** A bar and the larger, invisible target that takes clicks and shows the focus ring around it. */
export function BarWithTarget({ box, fill, minWidth, targetWidth, pad }: Props) {
  const [x, y, width, height] = [Number(box.x), Number(box.y), Number(box.width), Number(box.height)];
  return (
    <>
      <rect x={x} y={y - pad} width={Math.max(width, targetWidth)} height={height + 2 * pad} fill="transparent" />
      <rect x={x} y={y} width={Math.max(width, minWidth)} height={height} fill={fill} />
    </>
  );
}
