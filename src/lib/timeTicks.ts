import { dayNumber, isoFromDay } from '../core/dates';

/** Ticks on 1 January of each year in the domain, adding 1 July when fewer than three would show. */
export function timeTicks([from, to]: readonly [number, number]): number[] {
  const first = Number(isoFromDay(from).slice(0, 4));
  const last = Number(isoFromDay(to).slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last + 1; y++) years.push(dayNumber(`${y}-01-01`));
  const inRange = (d: number) => d >= from && d <= to;
  const yearly = years.filter(inRange);
  if (yearly.length >= 3) return yearly;
  return years.flatMap((d) => [d, dayNumber(`${isoFromDay(d).slice(0, 4)}-07-01`)]).filter(inRange);
}

/** A year on 1 January, else the month and year in the reader's language. */
export function formatTick(day: number, locale: string): string {
  const iso = isoFromDay(day);
  if (iso.slice(5, 7) === '01') return iso.slice(0, 4);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(day * 86_400_000),
  );
}

/** A little room either side so the first and last markers are not cut by the plot edge. */
export const padDomain = ([from, to]: readonly [number, number]): [number, number] => {
  const pad = Math.max(20, Math.round((to - from) * 0.03));
  return [from - pad, to + pad];
};
