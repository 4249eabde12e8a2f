/** The name this dashboard's own messages carry, so hosts can tell them from other frames' traffic. */
export const SENTINEL = 'overlap-dashboard';

/** Heights outside this range are not a page: refused on both sides. */
export const MAX_HEIGHT = 100_000;

export interface OwnHeightMessage {
  sentinel: typeof SENTINEL;
  type: 'height';
  id: string | null;
  height: number;
}

/** The messages a height is announced with: pym.js (when pym gave us an id), AMP, and our own. */
export function heightMessages(height: number, childId: string | null): unknown[] {
  const h = Math.ceil(height);
  const own: OwnHeightMessage = { sentinel: SENTINEL, type: 'height', id: childId, height: h };
  const amp = { sentinel: 'amp', type: 'embed-size', height: h };
  return childId === null ? [amp, own] : [`pymxPYMx${childId}xPYMxheightxPYMx${h}`, amp, own];
}

/**
 * What a parent may tell us: only pym's "width" ping for our own id, which asks for the height
 * again. Anything else, of any shape, is ignored: nothing a host sends can change state or data.
 */
export function parseParentMessage(data: unknown, childId: string | null): { kind: 'pym-width'; width: number } | null {
  if (childId === null || typeof data !== 'string' || data.length > 200) return null;
  const prefix = `pymxPYMx${childId}xPYMxwidthxPYMx`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  if (!/^\d{1,6}$/.test(rest)) return null;
  return { kind: 'pym-width', width: Number(rest) };
}

export function isOwnHeightMessage(data: unknown): data is OwnHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.sentinel === SENTINEL &&
    d.type === 'height' &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0 &&
    d.height <= MAX_HEIGHT &&
    (d.id === null || typeof d.id === 'string')
  );
}
