import type { DatasetMeta, Position } from '../data/schema';
import { DEFAULT_STALE_AFTER_DAYS } from '../core/vocabulary';
import { dayNumber, isoFromDay } from '../core/dates';

/** The dataset's staleness window in days. */
export const staleAfterDays = (meta: DatasetMeta): number => meta.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;

/** Whole days from the day a position was stated to `asOf`. */
export const ageInDays = (date: string, asOf: string): number => dayNumber(asOf) - dayNumber(date);

/** Older than the window at `asOf`: it still counts, but shows its age; "current positions only" leaves it out. */
export const isStale = (p: Pick<Position, 'date'>, asOf: string, days: number): boolean =>
  ageInDays(p.date, asOf) > days;

/** The first day on which a position stated on `date` is stale. */
export const staleFrom = (date: string, days: number): string => isoFromDay(dayNumber(date) + days + 1);

/**
 * The standing positions without the stale ones: a party whose latest position is stale has no current position
 * (an older one would be staler still, so nothing falls back to it).
 */
export function withoutStale<K>(current: ReadonlyMap<K, Position>, asOf: string, days: number): Map<K, Position> {
  const fresh = new Map<K, Position>();
  for (const [key, p] of current) if (!isStale(p, asOf, days)) fresh.set(key, p);
  return fresh;
}

/** Whole years or months of an age, for "stated 3 years earlier": the larger unit that is at least 1. */
export function ageParts(days: number): { unit: 'year' | 'month' | 'day'; count: number } {
  if (days >= 365) return { unit: 'year', count: Math.floor(days / 365.25) || 1 };
  if (days >= 30) return { unit: 'month', count: Math.floor(days / 30.44) || 1 };
  return { unit: 'day', count: days };
}
