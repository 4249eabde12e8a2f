import { useId, type ReactNode } from 'react';
import type { Messages } from '../../i18n/en';
import { ErrorBoundary } from '../ErrorBoundary';
import { useChartWidth } from './useChartWidth';

interface Props {
  title: string;
  /** The generated one-sentence reading of the chart; also its accessible description. */
  summary: string;
  /** The chart's data as an accessible table, shown behind a toggle. */
  table: ReactNode;
  /** A sentence under the chart explaining how to read it. */
  note?: ReactNode;
  legend?: ReactNode;
  children: (width: number) => ReactNode;
  /** The frame's own words: the data table's toggle and region name. */
  text: Pick<Messages['charts'], 'showData' | 'dataRegion'>;
}

/** Title, summary, the chart at the width it is given, its legend, and its data table. */
export function ChartFrame({ title, summary, table, note, legend, children, text }: Props) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h2 className="chart-title" id={`${id}-title`}>
        {title}
      </h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div className="chart-body" ref={ref}>
        <ErrorBoundary label={title}>{children(width)}</ErrorBoundary>
      </div>
      {legend}
      {note !== undefined && <p className="chart-note muted">{note}</p>}
      <details className="chart-data">
        <summary>{text.showData}</summary>
        <div className="scroll-x" role="region" aria-label={text.dataRegion(title)} tabIndex={0}>
          {table}
        </div>
      </details>
    </figure>
  );
}

export interface SeriesLegendItem {
  key: string;
  label: string;
  /** How the series is drawn (a swatch, a line with its marker): aria-hidden, the label says which series it is. */
  swatch: ReactNode;
}

/** The legend of a chart with several series (pairs, parties), in words beside each series' look. */
export function SeriesLegend({ label, items }: { label: string; items: SeriesLegendItem[] }) {
  return (
    <ul className="series-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
