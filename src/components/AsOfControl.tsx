import { useMemo } from 'react';
import { changeDates } from '../lib/datasetIndex';
import { formatDate, formatShortDate } from '../lib/format';
import { useData } from '../state/data';
import { useAsOf } from '../state/derived';
import { useDashboard } from '../state/store';

/** A slider that steps between the dates on which positions change; the latest means "now" (no asOf in the URL). */
export function AsOfControl() {
  const { dataset } = useData();
  const asOf = useAsOf();
  const setAsOf = useDashboard((s) => s.setAsOf);
  const dates = useMemo(() => changeDates(dataset.positions), [dataset]);
  if (dates.length === 0) return null;
  // The slider sits on the last change on or before the chosen date.
  let step = 0;
  dates.forEach((d, i) => {
    if (d <= asOf) step = i;
  });
  const last = dates.length - 1;
  const choose = (i: number) => setAsOf(i >= last ? null : (dates[i] ?? null));
  return (
    <div className="asof">
      <label htmlFor="asof-range" className="asof-label">
        Positions as of <strong>{formatDate(asOf)}</strong>
      </label>
      <div className="asof-row">
        <span className="asof-end" aria-hidden="true">
          {formatShortDate(dates[0] ?? '')}
        </span>
        <input
          id="asof-range"
          type="range"
          min={0}
          max={last}
          step={1}
          value={step}
          list="asof-marks"
          aria-valuetext={formatDate(dates[step] ?? asOf)}
          onChange={(e) => choose(Number(e.target.value))}
        />
        <datalist id="asof-marks">
          {dates.map((d, i) => (
            <option key={d} value={i} label={formatShortDate(d)} />
          ))}
        </datalist>
        <span className="asof-end" aria-hidden="true">
          {formatShortDate(dates[last] ?? '')}
        </span>
      </div>
      {step < last && (
        <button type="button" className="link-button" onClick={() => setAsOf(null)}>
          Latest
        </button>
      )}
    </div>
  );
}
