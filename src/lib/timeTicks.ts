import { dayNumber, isoFromDay } from '../core/dates';

/** One tick of a time axis: the day it stands on and its label in the reader's language. */
export interface TimeTick {
  day: number;
  label: string;
}

type Unit = 'year' | 'month' | 'day';
/** Tick spacings from finest to coarsest; the axis takes the finest that leaves no more ticks than it has room for. */
const STEPS: readonly (readonly [Unit, number])[] = [
  ['day', 1],
  ['day', 7],
  ['day', 14],
  ['month', 1],
  ['month', 3],
  ['month', 6],
  ['year', 1],
  ['year', 2],
  ['year', 5],
  ['year', 10],
];

/** Days on a step's calendar boundaries from `from` to `to`: 1 January, the 1st of a month, or the 1st/8th/15th/22nd. */
function boundaries([unit, n]: readonly [Unit, number], from: number, to: number): number[] {
  const days: number[] = [];
  const start = isoFromDay(from);
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const pad = (x: number) => String(x).padStart(2, '0');
  for (let guard = 0; guard < 5000; guard++) {
    const monthStart = dayNumber(`${y}-${pad(m)}-01`);
    if (monthStart > to) break;
    if (unit === 'year' && m === 1 && y % n === 0) days.push(monthStart);
    if (unit === 'month' && (m - 1) % n === 0) days.push(monthStart);
    if (unit === 'day') {
      const next = m === 12 ? dayNumber(`${y + 1}-01-01`) : dayNumber(`${y}-${pad(m + 1)}-01`);
      for (let d = monthStart; d < next; d++) {
        const date = d - monthStart + 1;
        if (n === 1 || (n === 7 && date <= 22 && (date - 1) % 7 === 0) || (n === 14 && (date === 1 || date === 15)))
          days.push(d);
      }
    }
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return days.filter((d) => d >= from && d <= to);
}

/**
 * Ticks that suit the span: years over years, months over months, days over weeks; at most `max` of them (the room
 * the axis has, e.g. one per 80 px), and at least four where there is room. A tick says its year where the reader would otherwise lose it: on the first
 * tick, and wherever a new year starts.
 */
export function timeTicks([from, to]: readonly [number, number], locale: string, max = 8): TimeTick[] {
  const room = Math.max(2, max);
  const fits = STEPS.map((s) => ({ s, count: boundaries(s, from, to).length })).filter((c) => c.count <= room);
  // The coarsest spacing that still gives four ticks (or as many as there is room for); else the one giving most.
  const enough = Math.min(4, room);
  const step =
    [...fits].reverse().find((c) => c.count >= enough)?.s ??
    fits.reduce<(typeof fits)[number] | undefined>(
      (best, c) => (best === undefined || c.count > best.count ? c : best),
      undefined,
    )?.s;
  if (step === undefined) return [];
  const [unit] = step;
  const days = boundaries(step, from, to);
  const format = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
  const year = format({ year: 'numeric' });
  const monthYear = format({ month: 'short', year: 'numeric' });
  const month = format({ month: 'short' });
  const dayMonth = format({ day: 'numeric', month: 'short' });
  const dayMonthYear = format({ day: 'numeric', month: 'short', year: 'numeric' });
  return days.map((day, i) => {
    const date = new Date(day * 86_400_000);
    const newYear = i === 0 || isoFromDay(day).slice(0, 4) !== isoFromDay(days[i - 1] ?? day).slice(0, 4);
    const label =
      unit === 'year'
        ? year.format(date)
        : unit === 'month'
          ? (newYear ? monthYear : month).format(date)
          : (newYear ? dayMonthYear : dayMonth).format(date);
    return { day, label };
  });
}

/** A little room either side so the first and last markers are not cut by the plot edge. */
export const padDomain = ([from, to]: readonly [number, number]): [number, number] => {
  const pad = Math.max(20, Math.round((to - from) * 0.03));
  return [from - pad, to + pad];
};
