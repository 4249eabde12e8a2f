import { pairKey } from '../../lib/overlap';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { CategoryAgreement } from '../../lib/agreementByCategory';
import { seriesColor } from '../../lib/palette';
import { twoLineTick } from '../charts/AxisTick';
import type { ChartEnv } from '../charts/chartEnv';
import { ChartFrame, SeriesLegend } from '../charts/ChartFrame';
import { BarWithTarget } from '../charts/BarWithTarget';
import { FocusableMark } from '../charts/FocusableMark';
import { wrapWords } from '../charts/measureText';
import { percentAxis, percentValue } from '../charts/percentAxis';
import { CategoryBarLabel, LABEL_LINE, LABEL_SIZE } from './CategoryBarLabel';
import { CategoryChartTable } from './CategoryChartTable';
import { indexText, type IndexBase } from '../../lib/labels';

interface Props {
  categories: CategoryAgreement[];
  name: (id: string) => string;
  categoryName: (id: string) => string;
  summary: string;
  env: ChartEnv;
  /** A bar was activated: show the comparisons behind a pair's index in one category. */
  onSelect: (a: string, b: string, category: string) => void;
}

const BAR = 20;
const MARGIN = { top: 4, right: 12, bottom: 4, left: 4 };

/**
 * Grouped bars, not a radar: with one or two issues in a category, many indexes are undefined,
 * and a radar would draw them as 0 and let area (and axis order) suggest more than the data says.
 */
export function CategoryChart({ categories, name, categoryName, summary, env, onSelect }: Props) {
  const { palette: pal, m, fmt, animate } = env;
  const pct = (ag: IndexBase) => indexText(m, fmt.percent, ag);
  const pairs =
    categories[0]?.pairs.map((p) => ({ a: p.a, b: p.b, key: pairKey(p.a, p.b), label: `${name(p.a)}–${name(p.b)}` })) ??
    [];
  const rows = categories.map((c) => ({
    category: categoryName(c.category),
    id: c.category,
    issues: c.issues.length,
    // No basis is drawn as an empty bar with a label, never as 0%: the shape and label read the index itself.
    ...Object.fromEntries(c.pairs.map((p) => [pairKey(p.a, p.b), percentValue(p.index)])),
    pairs: c.pairs,
  }));
  return (
    <ChartFrame
      title={m.agreement.categoryTitle}
      summary={summary}
      note={m.agreement.categoryNote}
      legend={
        <SeriesLegend
          label={m.agreement.pairs}
          items={pairs.map((p, i) => ({
            key: p.key,
            label: p.label,
            swatch: <span className="swatch" style={{ background: seriesColor(pal, i) }} aria-hidden="true" />,
          }))}
        />
      }
      table={<CategoryChartTable categories={categories} pairs={pairs} categoryName={categoryName} pct={pct} m={m} />}
      text={m.charts}
    >
      {(width) => {
        const axis = Math.min(150, Math.max(120, Math.round(width * 0.24)));
        // A label with no bar starts at the plot's left edge and wraps within the plot ("Украина–Россия слишком мало
        // для сравнения (2 вопроса)" is wider than a phone's plot); each bar's slot is as tall as the longest label.
        const room = width - MARGIN.left - MARGIN.right - axis - 18;
        const labels = rows.map((row) =>
          row.pairs.map((ag, i) => {
            const text = `${pairs[i]?.label ?? ''} ${pct(ag)}`;
            return ag.index === null ? wrapWords(text, room, LABEL_SIZE) : [text];
          }),
        );
        const slot = Math.max(BAR + 4, Math.max(...labels.flat().map((lines) => lines.length)) * LABEL_LINE + 4);
        const groupHeight = pairs.length * slot + 18;
        return (
          <BarChart
            width={width}
            height={rows.length * groupHeight + 40}
            data={rows}
            layout="vertical"
            margin={MARGIN}
            barGap={slot - BAR}
            accessibilityLayer={false}
          >
            <XAxis {...percentAxis(fmt, pal, width < 480)} />
            <YAxis
              type="category"
              dataKey="category"
              width={axis}
              tickLine={false}
              axisLine={false}
              tick={twoLineTick(
                axis - 8,
                pal.ink,
                pal.inkMuted,
                (value) => {
                  const r = rows.find((row) => row.category === value);
                  return r ? { title: r.category, detail: m.agreement.issueCount(r.issues) } : null;
                },
                12,
              )}
            />
            {pairs.map((pair, i) => (
              <Bar
                key={pair.key}
                dataKey={pair.key}
                name={pair.label}
                fill={seriesColor(pal, i)}
                barSize={BAR}
                isAnimationActive={animate}
                animationDuration={300}
                shape={(props) => {
                  const row = rows[props.index];
                  const ag = row?.pairs[i];
                  if (!row || !ag) return <g />;
                  return (
                    <FocusableMark
                      className="bar"
                      label={m.agreement.categoryBar(pair.label, row.category, pct(ag), ag.comparable)}
                      onActivate={() => onSelect(pair.a, pair.b, row.id)}
                    >
                      {ag.index === null ? (
                        // No bar to draw: the target (and focus ring) is the "no basis" label.
                        <rect
                          x={props.x}
                          y={Number(props.y) - 2}
                          width={150}
                          height={Number(props.height) + 4}
                          fill="transparent"
                        />
                      ) : (
                        <BarWithTarget box={props} fill={seriesColor(pal, i)} minWidth={2} targetWidth={24} pad={2} />
                      )}
                    </FocusableMark>
                  );
                }}
              >
                <LabelList
                  dataKey={pair.key}
                  content={(p) => {
                    const ag = rows[Number(p.index)]?.pairs[i];
                    const lines = labels[Number(p.index)]?.[i];
                    if (!ag || !lines) return null;
                    return (
                      <CategoryBarLabel
                        bar={{ x: Number(p.x), y: Number(p.y), width: Number(p.width), height: Number(p.height) }}
                        lines={lines}
                        noBasis={ag.index === null}
                        plotWidth={width}
                        palette={pal}
                      />
                    );
                  }}
                />
              </Bar>
            ))}
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
