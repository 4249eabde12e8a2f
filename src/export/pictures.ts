import type { View } from '../core/views';
import type { Messages } from '../i18n/en';
import type { Formatter } from '../lib/format';
import type { GridModel } from '../lib/gridModel';
import type { DatasetIndex } from '../lib/datasetIndex';
import { stanceKey } from '../lib/asOf';
import { stanceDistribution } from '../lib/distribution';
import { matrixRows, sortMatrixRows, type MatrixSort } from '../lib/matrix';
import { agreement, compareOn } from '../lib/overlap';
import { indexText, verdictWords } from '../lib/labels';
import { seriesDash, type ChartPalette } from '../lib/palette';
import { STANCES, VERDICTS } from '../core/vocabulary';
import { agreementRankingSentence, distributionSentence, matrixSentence, timelineSentence } from '../lib/summary';
import { mostDiscussedIssue, stanceSeries, stanceSteps, type SeriesPoint } from '../lib/timeline';
import { padDomain, timeTicks } from '../lib/timeTicks';
import { earliestDate, latestDate } from '../lib/datasetIndex';
import { dayNumber } from '../core/dates';
import { drawBars } from './draw/bars';
import type { Draw, Drawn } from './draw/drawn';
import { drawGrid, type GridCell } from './draw/grid';
import type { LegendEntry } from './draw/legend';
import type { Pen } from './draw/primitives';
import { drawSteps } from './draw/steps';

/** A drawing of `picture` in the palette, waiting for the room the composition gives it. */
const via =
  <T>(draw: Draw<T>, picture: T, pal: ChartPalette): Picture['draw'] =>
  (width, maxHeight, pen) =>
    draw(picture, width, maxHeight, pen, pal);

/** Everything a view's picture is drawn from: the data the page shows, and the reader's language and theme. */
export interface PictureInput {
  model: GridModel;
  index: DatasetIndex;
  m: Messages;
  fmt: Formatter;
  pal: ChartPalette;
  /** The matrix's row order, as the reader sorted it. */
  sort: MatrixSort;
  /** The issues the reader chose: the timeline follows the first. */
  chosen: readonly string[];
}

export interface Picture {
  /** The view's one-sentence reading, as the page words it. */
  reading: string;
  /** What a row is ("issue", "pair"), to say how many of them an image too small for all of them shows. */
  unit: 'issues' | 'pairs';
  /** The issues drawn as rows, in the order drawn: an editor may filter to those that fit. Empty for pairs. */
  rowIds: readonly string[];
  draw: (width: number, maxHeight: number | null, pen: Pen) => Drawn;
}

const stanceLegend = ({ m, pal }: PictureInput): LegendEntry[] =>
  [...STANCES, 'none' as const].map((s) => ({ mark: s, tint: pal.stance[s], label: m.stance[s] }));

const TINT_OF_VERDICT = {
  overlap: 'supports',
  concession: 'supports',
  partial: 'conditional',
  conflict: 'opposes',
  'no-basis': 'none',
} as const;

const verdictLegend = ({ m, pal }: PictureInput): LegendEntry[] =>
  VERDICTS.map((v) => ({
    mark: v,
    tint: pal.stance[TINT_OF_VERDICT[v]],
    label: m.verdict[v],
    explanation: m.verdictExplanation[v],
  }));

const shortName = (input: PictureInput) => (id: string) => input.index.parties.get(id)?.shortName ?? id;
const pairsOf = (model: GridModel) => model.pairs;

function verdictCell(input: PictureInput, issue: string, a: string, b: string): GridCell {
  const c = compareOn(input.model.current, issue, a, b);
  const name = shortName(input);
  return {
    mark: c.verdict,
    tint: input.pal.stance[TINT_OF_VERDICT[c.verdict]],
    label: verdictWords(input.m, c, name(a), name(b)),
  };
}

function compare(input: PictureInput): Picture {
  const { model, m, fmt, pal } = input;
  const name = shortName(input);
  const pairs = pairsOf(model);
  const issues = model.issues.map((i) => i.id);
  return {
    reading: agreementRankingSentence(
      pairs.map(([a, b]) => agreement(model.current, issues, a, b)),
      name,
      model.asOf,
      m.summary,
      fmt,
    ),
    unit: 'issues',
    rowIds: issues,
    draw: via(
      drawGrid,
      {
        corner: m.compare.issue,
        columns: [...model.parties.map((p) => p.shortName), ...pairs.map(([a, b]) => `${name(a)} – ${name(b)}`)],
        rows: model.issues.map((issue) => ({
          title: issue.title,
          cells: [
            ...model.parties.map((p): GridCell => {
              const stance = model.current.get(stanceKey(p.id, issue.id))?.stance ?? 'none';
              return { mark: stance, tint: pal.stance[stance], label: m.stance[stance] };
            }),
            ...pairs.map(([a, b]) => verdictCell(input, issue.id, a, b)),
          ],
        })),
        legend: [...stanceLegend(input), ...verdictLegend(input)],
      },
      pal,
    ),
  };
}

function matrix(input: PictureInput): Picture {
  const { model, m, fmt, pal } = input;
  const name = shortName(input);
  const pairs = pairsOf(model);
  const rows = sortMatrixRows(
    matrixRows(
      model.current,
      model.issues.map((i) => i.id),
      pairs,
    ),
    input.sort,
  );
  return {
    reading: matrixSentence(rows, pairs.length, model.asOf, m.summary, fmt),
    unit: 'issues',
    rowIds: rows.map((r) => r.issue),
    draw: via(
      drawGrid,
      {
        corner: m.matrix.issue,
        columns: pairs.map(([a, b]) => `${name(a)} – ${name(b)}`),
        rows: rows.map((row) => ({
          title: input.index.issues.get(row.issue)?.title ?? row.issue,
          cells: pairs.map(([a, b]) => verdictCell(input, row.issue, a, b)),
        })),
        legend: verdictLegend(input),
      },
      pal,
    ),
  };
}

function agreementBars(input: PictureInput): Picture {
  const { model, m, fmt, pal } = input;
  const name = shortName(input);
  const issues = model.issues.map((i) => i.id);
  const all = pairsOf(model).map(([a, b]) => agreement(model.current, issues, a, b));
  return {
    reading: agreementRankingSentence(all, name, model.asOf, m.summary, fmt),
    unit: 'pairs',
    rowIds: [],
    draw: via(
      drawBars,
      {
        rows: all.map((ag) => ({
          label: `${name(ag.a)} – ${name(ag.b)}`,
          segments: ag.index === null ? [] : [{ value: ag.index, fill: pal.bar }],
          figure: `${indexText(m, fmt.percent, ag, { cap: true })} · ${m.agreement.counts(ag.comparable, ag.notComparable)}`,
        })),
        scale: 1,
        legend: [],
        ticks: [0, 0.5, 1].map((value) => ({ value, label: fmt.percent(value) })),
      },
      pal,
    ),
  };
}

function distribution(input: PictureInput): Picture {
  const { model, m, fmt, pal } = input;
  const rows = stanceDistribution(
    model.current,
    model.issues.map((i) => i.id),
    model.parties.map((p) => p.id),
  );
  return {
    reading: distributionSentence(rows, model.asOf, m.summary, fmt),
    unit: 'issues',
    rowIds: rows.map((r) => r.issue),
    draw: via(
      drawBars,
      {
        rows: rows.map((r) => ({
          label: input.index.issues.get(r.issue)?.title ?? r.issue,
          segments: ([...STANCES, 'none'] as const).map((s) => ({
            value: r.counts[s],
            fill: pal.stance[s].fill,
            tint: pal.stance[s],
            mark: s,
            count: fmt.number(r.counts[s]),
          })),
          figure: m.export.stated(model.parties.length - r.counts.none, model.parties.length),
        })),
        scale: Math.max(1, model.parties.length),
        legend: stanceLegend(input),
        ticks: [],
      },
      pal,
    ),
  };
}

function timeline(input: PictureInput): Picture {
  const { model, index, m, fmt, pal } = input;
  const name = shortName(input);
  const partyIds = model.parties.map((p) => p.id);
  const issueId =
    input.chosen[0] ??
    mostDiscussedIssue(
      model.evidence,
      model.issues.map((i) => i.id),
    );
  const issue = issueId === null ? undefined : index.issues.get(issueId);
  const window = model.staleness.fresh ? model.staleness.days : null;
  const { dataset } = index;
  const domain: [number, number] = [
    dayNumber(earliestDate(dataset.positions) ?? dataset.meta.updated),
    dayNumber(latestDate(dataset.positions) ?? dataset.meta.updated),
  ];
  const series: Map<string, SeriesPoint[]> =
    issue === undefined ? new Map() : stanceSeries(model.evidence, issue.id, partyIds, model.asOf, window);
  const steps =
    issue === undefined
      ? new Map()
      : stanceSteps(
          model.evidence.filter((p) => p.date <= model.asOf),
          issue.id,
          partyIds,
          window,
          model.asOf,
        );
  return {
    reading: issue === undefined ? '' : timelineSentence(steps, name, issue.title, model.asOf, m.summary, fmt),
    unit: 'issues',
    rowIds: [],
    draw: via(
      drawSteps,
      {
        levels: [m.stance.none, m.stance.opposes, m.stance.conditional, m.stance.supports],
        series: model.parties.map((p, i) => ({
          label: p.shortName,
          color: index.colors.get(p.id) ?? pal.ink,
          dash: seriesDash(i),
          points: (series.get(p.id) ?? []).map((pt) => ({
            day: pt.day,
            level: pt.stance === null ? null : pt.level,
            statement: pt.statements.length > 0,
          })),
        })),
        domain: padDomain(domain),
        ticks: (max: number) => timeTicks(domain, fmt.locale, max),
      },
      pal,
    ),
  };
}

/** Each view that has a picture, and how it is drawn from its data. */
const PICTURES = { compare, matrix, agreement: agreementBars, timeline, distribution } satisfies Partial<
  Record<View, (input: PictureInput) => Picture>
>;

export type PictureView = keyof typeof PICTURES;
export const hasPicture = (view: View): view is PictureView => view in PICTURES;
export const pictureOf = (view: PictureView, input: PictureInput): Picture => PICTURES[view](input);
