import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { CategoryAgreement } from '../../lib/agreementByCategory';
import { seriesColor } from '../../lib/palette';
import { useChartPalette } from '../../state/theme';
import { useDashboard } from '../../state/store';
import { categoryName, useI18n } from '../../state/i18n';
import { twoLineTick } from '../charts/AxisTick';
import { ChartFrame, SeriesLegend } from '../charts/ChartFrame';
import { FocusableMark } from '../charts/FocusableMark';
import { useReducedMotion } from '../charts/useReducedMotion';

interface Props {
  categories: CategoryAgreement[];
  name: (id: string) => string;
  summary: string;
}

const BAR = 20;

/**
 * Grouped bars, not a radar: with one or two issues in a category, many indexes are undefined,
 * and a radar would draw them as 0 and let area (and axis order) suggest more than the data says.
 */
export function CategoryChart({ categories, name, summary }: Props) {
  const pal = useChartPalette();
  const select = useDashboard((s) => s.select);
  const reduced = useReducedMotion();
  const { m, fmt } = useI18n();
  const pct = (index: number | null) => (index === null ? m.charts.noBasis : fmt.percent(index));
  const pairs =
    categories[0]?.pairs.map((p) => ({ a: p.a, b: p.b, key: `${p.a}-${p.b}`, label: `${name(p.a)}–${name(p.b)}` })) ??
    [];
  const rows = categories.map((c) => ({
    category: categoryName(m, c.category),
    id: c.category,
    issues: c.issues.length,
    // No basis is drawn as an empty bar with a label, never as 0%: the shape and label read the index itself.
    ...Object.fromEntries(
      c.pairs.map((p) => [`${p.a}-${p.b}`, p.index === null ? 0 : Math.round(p.index * 1000) / 10]),
    ),
    pairs: c.pairs,
  }));
  const groupHeight = pairs.length * (BAR + 4) + 18;
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
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{m.agreement.category}</th>
              <th scope="col">{m.agreement.issues}</th>
              {pairs.map((p) => (
                <th scope="col" key={p.key}>
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category}>
                <th scope="row">{categoryName(m, c.category)}</th>
                <td>{c.issues.length}</td>
                {c.pairs.map((p) => (
                  <td key={`${p.a}-${p.b}`}>
                    {pct(p.index)} <span className="muted">{m.agreement.comparedCount(p.comparable)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const axis = Math.min(150, Math.max(120, Math.round(width * 0.24)));
        return (
          <BarChart
            width={width}
            height={rows.length * groupHeight + 40}
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
            barGap={4}
            accessibilityLayer={false}
          >
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => fmt.percent(v / 100)}
              stroke={pal.rule}
              tick={{ fill: pal.inkMuted, fontSize: 12 }}
            />
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
                isAnimationActive={!reduced}
                animationDuration={300}
                shape={(props) => {
                  const row = rows[props.index];
                  const ag = row?.pairs[i];
                  if (!row || !ag) return <g />;
                  return (
                    <FocusableMark
                      className="bar"
                      label={m.agreement.categoryBar(pair.label, row.category, pct(ag.index), ag.comparable)}
                      onActivate={() => select({ kind: 'pair-all', a: pair.a, b: pair.b, category: row.id })}
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
                        <>
                          <rect
                            x={props.x}
                            y={Number(props.y) - 2}
                            width={Math.max(Number(props.width), 24)}
                            height={Number(props.height) + 4}
                            fill="transparent"
                          />
                          <rect
                            x={props.x}
                            y={props.y}
                            width={Math.max(Number(props.width), 2)}
                            height={props.height}
                            fill={seriesColor(pal, i)}
                          />
                        </>
                      )}
                    </FocusableMark>
                  );
                }}
              >
                <LabelList
                  dataKey={pair.key}
                  content={(p) => {
                    const ag = rows[Number(p.index)]?.pairs[i];
                    if (!ag) return null;
                    const text = `${pair.label} ${pct(ag.index)}`;
                    const end = Number(p.x) + Number(p.width);
                    const textWidth = text.length * 6.6;
                    // Inside a long bar in white, else after it in ink; where neither fits (a long pair name on a
                    // phone), against the plot's right edge in ink on a paper halo, so no label leaves the plot.
                    const inside = Number(p.width) > textWidth + 12;
                    const after = end + 6 + textWidth <= width - 12;
                    const x = inside ? end - 6 : after ? end + 6 : width - 12;
                    return (
                      <text
                        x={x}
                        y={Number(p.y) + Number(p.height) / 2}
                        textAnchor={inside || !after ? 'end' : 'start'}
                        dominantBaseline="central"
                        fontSize={11}
                        fill={inside ? pal.onBar : ag.index === null ? pal.inkMuted : pal.ink}
                        {...(inside || after ? {} : { stroke: pal.paper, strokeWidth: 3, paintOrder: 'stroke' })}
                        className="bar-value"
                      >
                        {text}
                      </text>
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
