import { dayNumber, isoFromDay } from '../../lib/timeline';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

export function formatTick(day: number): string {
  const iso = isoFromDay(day);
  const month = Number(iso.slice(5, 7));
  return month === 1 ? iso.slice(0, 4) : `${MONTHS[month - 1] ?? ''} ${iso.slice(0, 4)}`;
}

/** A little room either side so the first and last markers are not cut by the plot edge. */
export const padDomain = ([from, to]: readonly [number, number]): [number, number] => {
  const pad = Math.max(20, Math.round((to - from) * 0.03));
  return [from - pad, to + pad];
};
