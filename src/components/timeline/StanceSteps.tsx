import { useMemo } from 'react';
import { Line, LineChart, ReferenceLine, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { Actor, Issue, Position } from '../../data/schema';
import { dayNumber } from '../../core/dates';
import { STANCE_LEVEL, stanceLine, type SeriesPoint } from '../../lib/timeline';
import type { ChartEnv } from '../charts/chartEnv';
import { ChartFrame, SeriesLegend } from '../charts/ChartFrame';
import { FocusableMark } from '../charts/FocusableMark';
import { useHintStore } from '../charts/hintStore';
import { MarkerHint, type Hint } from './MarkerHint';
import { Marker, MarkerTarget, markerReach, neighbourMarkers, SeriesSwatch } from './markers';
import { StanceStepsTable } from './StanceStepsTable';
import { timeAxis } from './timeAxis';

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
  summary: string;
  /** A statement's stance in words, with how it was stated; `standing` (a party's latest statement) adds its age if stale. */
  describe: (p: Position, standing: boolean) => string;
  /** Who spoke, for the marker's hint. */
  actors: ReadonlyMap<string, Actor>;
  env: ChartEnv;
  /** A marker or a statement's button was activated: show the statement's source. */
  onSelect: (positionId: string) => void;
}

const HEIGHT = 320;
/** Radius of a statement's marker. */
const MARKER_R = 5.5;
/** Around the plot; the y axis sits inside the left margin. Markers' targets stay within the plot, which clips them. */
const MARGIN = { top: 12, right: 16, bottom: 4, left: 4 };
/** Each party's stance on one issue as a step line, with a marker at each statement. */
export function StanceSteps({ issue, parties, series, domain, asOf, summary, describe, actors, env, onSelect }: Props) {
  const { palette: pal, m, fmt, animate } = env;
  const hints = useHintStore<Hint>();
  const lines = useMemo(
    () => parties.map((party, i) => stanceLine(series.get(party.id) ?? [], i, parties.length)),
    [parties, series],
  );
  const levelLabel = [m.stance.none, m.stance.opposes, m.stance.conditional, m.stance.supports];
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
  const stanceText = (p: Position) => describe(p, standing.has(p.id));

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
        <StanceStepsTable
          parties={parties}
          series={series}
          stanceText={stanceText}
          onSelect={onSelect}
          m={m}
          fmt={fmt}
        />
      }
      text={m.charts}
    >
      {(width) => {
        const axis = width < 480 ? 86 : 128;
        return (
          <div className="chart-stage">
            <LineChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
              <XAxis {...timeAxis(domain, fmt, pal, width)} />
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
                  isAnimationActive={animate}
                  animationDuration={300}
                  activeDot={false}
                  connectNulls={false}
                  dot={(props: DotItemDotProps) => {
                    const pt = props.payload as SeriesPoint;
                    const [first] = pt.statements;
                    const cx = Number(props.cx);
                    const cy = Number(props.cy);
                    if (!first || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g key={props.index} />;
                    // The target keeps clear of the party's markers either side.
                    const { prev, next } = neighbourMarkers(props.points, props.index);
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
                        onActivate={() => onSelect(first.id)}
                        onHint={(shown) =>
                          hints.set(shown ? { partyName: party.name, statements: pt.statements, x: cx, y: cy } : null)
                        }
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
            <MarkerHint store={hints} width={width} height={HEIGHT} actors={actors} m={m} fmt={fmt} />
          </div>
        );
      }}
    </ChartFrame>
  );
}
