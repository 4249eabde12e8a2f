import { NO_POSITION_SYMBOL, STANCE_SYMBOL } from '../../lib/labels';

/** The stacked segments, in the order they are drawn and tabled: support first, silence last. */
export const SEGMENTS = ['supports', 'conditional', 'opposes', 'none'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const SEGMENT_SYMBOL: Record<Segment, string> = { ...STANCE_SYMBOL, none: NO_POSITION_SYMBOL };
