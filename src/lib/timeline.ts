import type { Position, Stance } from '../data/schema';
import { resolveAsOf, stanceKey } from './asOf';
import { changeDates } from './datasetIndex';
import { dayNumber } from '../core/dates';
import { agreement, pairKey, type Agreement } from './overlap';
import { staleFrom, withoutStale } from './stale';

/** "Current positions only": the staleness window in days, or null when stale positions still count. */
export type FreshWindow = number | null;

/** The dates at which any stance can change: each statement, and, with a window, the day each goes stale. */
function stepDates(positions: readonly Position[], window: FreshWindow, until?: string): string[] {
  const dates = changeDates(positions);
  if (window === null) return dates;
  const expiries = positions.map((p) => staleFrom(p.date, window)).filter((d) => until === undefined || d <= until);
  return [...new Set([...dates, ...expiries])].sort();
}

const standing = (positions: readonly Position[], date: string, window: FreshWindow) =>
  window === null ? resolveAsOf(positions, date) : withoutStale(resolveAsOf(positions, date), date, window);

/** One step of a party's stance on an issue: from `date` until the next step. */
export interface StanceStep {
  date: string;
  stance: Stance | null;
  /** The statement that set this step; null before the party's first statement. */
  position: Position | null;
}

/**
 * A party's stance on one issue at every date where any party's position on it changes,
 * so every party's steps share the same x positions. Same-date ties follow resolveAsOf.
 */
export function stanceSteps(
  positions: readonly Position[],
  issue: string,
  parties: readonly string[],
  window: FreshWindow = null,
  until?: string,
): Map<string, StanceStep[]> {
  const onIssue = positions.filter((p) => p.issue === issue);
  const dates = stepDates(onIssue, window, until);
  const steps = new Map<string, StanceStep[]>(parties.map((id) => [id, []]));
  for (const date of dates) {
    const current = standing(onIssue, date, window);
    for (const party of parties) {
      const position = current.get(stanceKey(party, issue)) ?? null;
      steps.get(party)?.push({ date, stance: position?.stance ?? null, position });
    }
  }
  return steps;
}

export interface AgreementPoint {
  date: string;
  pairs: Agreement[];
}

/** The agreement index of each pair drawn, recomputed at each date where any position changes. */
export function agreementOverTime(
  positions: readonly Position[],
  issues: readonly string[],
  pairs: readonly (readonly [string, string])[],
  window: FreshWindow = null,
  until?: string,
): AgreementPoint[] {
  return stepDates(positions, window, until).map((date) => {
    const current = standing(positions, date, window);
    return { date, pairs: pairs.map(([a, b]) => agreement(current, issues, a, b)) };
  });
}

/** The issue with the most positions (ties: the first in the given order); the timeline's default. */
export function mostDiscussedIssue(positions: readonly Position[], issues: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of positions) counts.set(p.issue, (counts.get(p.issue) ?? 0) + 1);
  let best: string | null = null;
  for (const id of issues) if (best === null || (counts.get(id) ?? 0) > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** Vertical order of the step chart, bottom to top. */
export const STANCE_LEVEL: Record<Stance | 'none', number> = { none: 0, opposes: 1, conditional: 2, supports: 3 };

/** Share of the distance between two levels that the parties' lines on one level spread over: they never leave it. */
const LEVEL_BAND = 0.4;
/** Farthest apart two parties' lines sit on one level, as a share of the distance between levels. */
const MAX_STEP = 0.2;

/**
 * How far party `i` of `n` sits from its level, as a share of the distance between levels (up is positive): parties on
 * the same stance sit apart so no line hides another, all within ±LEVEL_BAND/2 of the level, whatever their number.
 */
export function levelOffset(i: number, n: number): number {
  if (n <= 1) return 0;
  return (i - (n - 1) / 2) * Math.min(MAX_STEP, LEVEL_BAND / (n - 1));
}

export interface SeriesPoint {
  day: number;
  date: string;
  stance: Stance | null;
  level: number;
  /** The party's statements on this issue made on this date: the chart's markers. */
  statements: Position[];
}

export type DrawnPoint = SeriesPoint & { y: number | null };

/**
 * A party's points as the chart draws them: y on its stance's level, set a little apart from the other parties' (see
 * levelOffset), and null where it has no stated position, so that stretch is a gap in its line, never drawn on a
 * level. A stance that lapses (a stale one, with "current positions only") runs to the day it lapses.
 */
export function stanceLine(points: readonly SeriesPoint[], i: number, n: number): DrawnPoint[] {
  const dy = levelOffset(i, n);
  return points.flatMap((pt, k): DrawnPoint[] => {
    if (pt.stance !== null) return [{ ...pt, y: pt.level + dy }];
    const prev = points[k - 1];
    const gap = { ...pt, y: null };
    return prev !== undefined && prev.stance !== null
      ? [{ ...prev, day: pt.day, statements: [], y: prev.level + dy }, gap]
      : [gap];
  });
}

/**
 * Each party's step series on one issue up to `asOf`, with a final point at `asOf` so the last
 * step runs to the date being looked at.
 */
export function stanceSeries(
  positions: readonly Position[],
  issue: string,
  parties: readonly string[],
  asOf: string,
  window: FreshWindow = null,
): Map<string, SeriesPoint[]> {
  const onIssue = positions.filter((p) => p.issue === issue && p.date <= asOf);
  const steps = stanceSteps(onIssue, issue, parties, window, asOf);
  const series = new Map<string, SeriesPoint[]>();
  for (const party of parties) {
    const points = (steps.get(party) ?? []).map((s) => ({
      day: dayNumber(s.date),
      date: s.date,
      stance: s.stance,
      level: STANCE_LEVEL[s.stance ?? 'none'],
      statements: onIssue.filter((p) => p.party === party && p.date === s.date),
    }));
    const last = points.at(-1);
    if (last && last.date < asOf) points.push({ ...last, day: dayNumber(asOf), date: asOf, statements: [] });
    series.set(party, points);
  }
  return series;
}

export interface AgreementRow {
  day: number;
  date: string;
  /** Index in percent per pairKey; null where the pair shares too few stated issues (see MIN_COMPARABLE). */
  values: Record<string, number | null>;
  /** Issues both parties of each pair addressed at this date: what each value rests on. */
  bases: Record<string, number>;
}

/** Each pair's agreement index at each change up to `asOf`, in percent, ending at `asOf`. */
export function agreementSeries(
  positions: readonly Position[],
  issues: readonly string[],
  pairs: readonly (readonly [string, string])[],
  asOf: string,
  window: FreshWindow = null,
): AgreementRow[] {
  const rows = agreementOverTime(
    positions.filter((p) => p.date <= asOf),
    issues,
    pairs,
    window,
    asOf,
  ).map(({ date, pairs }) => ({
    day: dayNumber(date),
    date,
    values: Object.fromEntries(
      pairs.map((ag) => [pairKey(ag.a, ag.b), ag.index === null ? null : Math.round(ag.index * 1000) / 10]),
    ),
    bases: Object.fromEntries(pairs.map((ag) => [pairKey(ag.a, ag.b), ag.comparable])),
  }));
  const last = rows.at(-1);
  if (last && last.date < asOf) rows.push({ ...last, day: dayNumber(asOf), date: asOf });
  return rows;
}
