import type { ReactNode } from 'react';

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
