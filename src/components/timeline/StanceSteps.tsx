import { useMemo } from 'react';
import { Line, LineChart, ReferenceLine, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { Issue, Position } from '../../data/schema';
import { useChartPalette } from '../../state/theme';
import { dayNumber } from '../../lib/dates';
import { STANCE_LEVEL, type SeriesPoint } from '../../lib/timeline';
import { useData } from '../../state/data';
import { useDashboard } from '../../state/store';
import { useI18n } from '../../state/i18n';
import { ChartFrame, SeriesLegend } from '../charts/ChartFrame';
import { FocusableMark } from '../charts/FocusableMark';
import { useHint, useHintStore, type HintStore } from '../charts/hintStore';
import { useReducedMotion } from '../charts/useReducedMotion';
import { StanceBadge } from '../ui/Badges';
import { usePositionMarks, useStaleAge } from '../ui/cellText';
import { Marker, MarkerTarget, markerReach, SeriesSwatch } from './markers';
import { formatTick, padDomain, timeTicks } from './timeAxis';

interface PartySeries {
  id: string;
  name: string;
  color: string;
}

interface Props {
  issue: Issue;
  parties: PartySeries[];
  series: ReadonlyMap<string, SeriesPoint[]>;
  domain: [number, number];
  asOf: string;
  /** The staleness window: the standing statement of a party that is older says its age. */
  staleAfterDays: number;
  summary: string;
}

const HEIGHT = 320;
/** Radius of a statement's marker. */
const MARKER_R = 5.5;
/** Around the plot; the y axis sits inside the left margin. Markers' targets stay within the plot, which clips them. */
const MARGIN = { top: 12, right: 16, bottom: 4, left: 4 };
/** Parties at the same stance sit a little apart so no line hides another. */
const SPREAD = 0.2;

interface Hint {
  party: PartySeries;
  statements: Position[];
  x: number;
  y: number;
}

/** Each party's stance on one issue as a step line, with a marker at each statement. */
export function StanceSteps({ issue, parties, series, domain, asOf, staleAfterDays, summary }: Props) {
  const pal = useChartPalette();
  const select = useDashboard((s) => s.select);
  const reduced = useReducedMotion();
  const hints = useHintStore<Hint>();
  const lines = useMemo(
    () =>
      parties.map((party, i) =>
        (series.get(party.id) ?? []).map((pt) => ({ ...pt, y: pt.level + (i - (parties.length - 1) / 2) * SPREAD })),
      ),
    [parties, series],
  );
  const padded = padDomain(domain);
  const { m, fmt } = useI18n();
  const levelLabel = [m.stance.none, m.stance.opposes, m.stance.conditional, m.stance.supports];
  const marks = usePositionMarks();
  const staleAge = useStaleAge();
  // Each party's standing statement as of the date: the last one drawn. Only it can be stale; older ones are history.
  const standing = useMemo(
    () =>
      new Set(
        [...series.values()].flatMap(
          (points) =>
            points
              .filter((pt) => pt.statements.length > 0)
              .at(-1)
              ?.statements.map((p) => p.id) ?? [],
        ),
      ),
    [series],
  );
  const stanceText = (p: Position) => {
    const age = standing.has(p.id) ? staleAge(p, asOf, staleAfterDays) : null;
    const how = [...marks(p), ...(age === null ? [] : [age])];
    return how.length === 0 ? m.stance[p.stance] : `${m.stance[p.stance]} (${how.join(', ')})`;
  };

  return (
    <ChartFrame
      title={m.timeline.stepsTitle(issue.title)}
      summary={summary}
      note={m.timeline.stepsNote}
      legend={
        <SeriesLegend
          label={m.timeline.parties}
          items={parties.map((p, i) => ({
            key: p.id,
            label: p.name,
            swatch: <SeriesSwatch index={i} color={p.color} />,
          }))}
        />
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{m.timeline.party}</th>
              <th scope="col">{m.timeline.date}</th>
              <th scope="col">{m.timeline.stanceFrom}</th>
              <th scope="col">{m.timeline.statements}</th>
            </tr>
          </thead>
          <tbody>
            {parties.flatMap((party) =>
              (series.get(party.id) ?? [])
                .filter((pt) => pt.statements.length > 0)
                .map((pt) => (
                  <tr key={`${party.id}-${pt.date}`}>
                    <th scope="row">{party.name}</th>
                    <td>{fmt.date(pt.date)}</td>
                    <td>{m.stance[pt.stance ?? 'none']}</td>
                    <td>
                      {pt.statements.map((s) => (
                        <button
                          key={s.id}
                          type="button"
                          className="link-button"
                          onClick={() => select({ kind: 'position', id: s.id })}
                        >
                          {m.timeline.showQuote(stanceText(s))}
                        </button>
                      ))}
                    </td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const axis = width < 480 ? 86 : 128;
        return (
          <div className="chart-stage">
            <LineChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
              <XAxis
                type="number"
                dataKey="day"
                domain={padded}
                ticks={timeTicks(domain)}
                tickFormatter={(d: number) => formatTick(d, fmt.locale)}
                allowDataOverflow
                stroke={pal.rule}
                tick={{ fill: pal.inkMuted, fontSize: 12 }}
              />
              <YAxis
                type="number"
                domain={[-0.5, 3.5]}
                ticks={[0, 1, 2, 3]}
                tickFormatter={(v: number) => levelLabel[v] ?? ''}
                width={axis}
                tickLine={false}
                axisLine={false}
                tick={{ fill: pal.ink, fontSize: width < 480 ? 11 : 12 }}
              />
              {[0, 1, 2, 3].map((y) => (
                <ReferenceLine
                  key={y}
                  y={y}
                  stroke={pal.rule}
                  strokeDasharray={y === STANCE_LEVEL.none ? '2 4' : undefined}
                />
              ))}
              <ReferenceLine
                x={dayNumber(asOf)}
                stroke={pal.inkMuted}
                strokeDasharray="4 3"
                label={{
                  value: m.timeline.asOfLine(fmt.shortDate(asOf)),
                  position: 'insideTopRight',
                  fill: pal.inkMuted,
                  fontSize: 11,
                }}
              />
              {parties.map((party, i) => (
                <Line
                  key={party.id}
                  data={lines[i]}
                  dataKey="y"
                  name={party.name}
                  type="stepAfter"
                  stroke={party.color}
                  strokeWidth={2.5}
                  isAnimationActive={!reduced}
                  animationDuration={300}
                  activeDot={false}
                  dot={(props: DotItemDotProps) => {
                    const pt = props.payload as SeriesPoint;
                    const [first] = pt.statements;
                    const cx = Number(props.cx);
                    const cy = Number(props.cy);
                    if (!first || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g key={props.index} />;
                    // The x of the party's markers either side: the target keeps clear of them.
                    const markerX = (j: number) => {
                      const p = props.points[j];
                      return p !== undefined && p.x !== null && (p.payload as SeriesPoint).statements.length > 0
                        ? p.x
                        : undefined;
                    };
                    let prev: number | undefined;
                    let next: number | undefined;
                    for (let j = props.index - 1; j >= 0 && prev === undefined; j--) prev = markerX(j);
                    for (let j = props.index + 1; j < props.points.length && next === undefined; j++) next = markerX(j);
                    return (
                      <FocusableMark
                        key={props.index}
                        className="marker"
                        label={m.timeline.markerLabel(
                          party.name,
                          fmt.date(first.date),
                          stanceText(first),
                          pt.statements.length - 1,
                        )}
                        onActivate={() => select({ kind: 'position', id: first.id })}
                        onHint={(shown) => hints.set(shown ? { party, statements: pt.statements, x: cx, y: cy } : null)}
                      >
                        <MarkerTarget
                          cx={cx}
                          cy={cy}
                          room={{
                            prev,
                            next,
                            reach: markerReach(MARKER_R),
                            left: MARGIN.left + axis,
                            right: width - MARGIN.right,
                          }}
                        />
                        <Marker index={i} cx={cx} cy={cy} r={MARKER_R} fill={party.color} stroke={pal.paper} />
                      </FocusableMark>
                    );
                  }}
                />
              ))}
            </LineChart>
            <MarkerHint store={hints} width={width} />
          </div>
        );
      }}
    </ChartFrame>
  );
}

function MarkerHint({ store, width }: { store: HintStore<Hint>; width: number }) {
  const { actors } = useData();
  const { m, fmt } = useI18n();
  const hint = useHint(store);
  if (hint === null) return null;
  const box = Math.min(300, width - 16);
  const left = Math.max(8, Math.min(hint.x - box / 2, width - box - 8));
  const below = hint.y < HEIGHT / 2;
  return (
    <div
      className="marker-hint"
      role="tooltip"
      style={{ left, width: box, ...(below ? { top: hint.y + 16 } : { bottom: HEIGHT - hint.y + 16 }) }}
    >
      {hint.statements.map((p) => {
        const actor = p.actor === null ? undefined : actors.get(p.actor);
        return (
          <div key={p.id} className="hint-item">
            <p className="hint-head">
              <StanceBadge stance={p.stance} /> <span>{fmt.date(p.date)}</span>
            </p>
            <p className="hint-who">
              {actor ? `${actor.name}, ${actor.role}` : hint.party.name}
              {p.attribution === 'reported' ? m.timeline.reportedBy : ''}
            </p>
            {(p.basis === 'inferred' || p.kind === 'concession') && (
              <p className="hint-who">
                {[p.kind === 'concession' ? m.kind.concession : null, p.basis === 'inferred' ? m.basis.inferred : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {p.quote !== null ? <blockquote>“{p.quote}”</blockquote> : <p>{p.summary}</p>}
          </div>
        );
      })}
    </div>
  );
}
