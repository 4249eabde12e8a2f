import { useEffect, useMemo, useState } from 'react';
import { changeDates } from '../lib/datasetIndex';
import { useData } from '../state/data';
import { useAsOf, useStaleness } from '../state/derived';
import { useI18n } from '../state/i18n';
import { useDashboard } from '../state/store';
import { useReducedMotion } from './charts/useReducedMotion';

/** Time on each date while playing: long enough to read the summary sentence change. */
const STEP_MS = 1400;
/**
 * Tick marks under the slider, one per change date, up to this many: beyond it they merge into a solid bar, and a
 * generated dataset's thousands of dates cost more to format and lay out than the rest of the controls together.
 */
const MAX_MARKS = 60;

/** A slider that steps between the dates on which positions change; the latest means "now" (no asOf in the URL). */
export function AsOfControl() {
  const { dataset } = useData();
  const asOf = useAsOf();
  const setAsOf = useDashboard((s) => s.setAsOf);
  const dates = useMemo(() => changeDates(dataset.positions), [dataset]);
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();
  const { m, fmt } = useI18n();
  // The slider sits on the last change on or before the chosen date.
  let step = 0;
  dates.forEach((d, i) => {
    if (d <= asOf) step = i;
  });
  const last = dates.length - 1;
  const choose = (i: number) => setAsOf(i >= last ? null : (dates[i] ?? null));

  // Playing stops by itself at the last date.
  const active = playing && step < last;
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setAsOf(step + 1 >= last ? null : (dates[step + 1] ?? null)), STEP_MS);
    return () => clearTimeout(timer);
  }, [active, step, last, dates, setAsOf]);

  if (dates.length === 0) return null;
  const play = () => {
    if (active) return setPlaying(false);
    // From the end, playing starts again at the first date.
    if (step >= last) setAsOf(dates[0] ?? null);
    setPlaying(true);
  };
  return (
    <div className="asof">
      <label htmlFor="asof-range" className="asof-label">
        {m.header.positionsAsOf} <strong>{fmt.date(asOf)}</strong>
      </label>
      <div className="asof-row">
        <button
          type="button"
          className="play"
          onClick={play}
          aria-label={active ? m.asOf.pause : m.asOf.play}
          title={reduced ? m.asOf.reducedMotion : undefined}
        >
          <span aria-hidden="true">{active ? '❚❚' : '▶'}</span>
        </button>
        <span className="asof-end" aria-hidden="true">
          {fmt.shortDate(dates[0] ?? '')}
        </span>
        <input
          id="asof-range"
          type="range"
          min={0}
          max={last}
          step={1}
          value={step}
          list={dates.length <= MAX_MARKS ? 'asof-marks' : undefined}
          aria-valuetext={fmt.date(dates[step] ?? asOf)}
          onChange={(e) => {
            setPlaying(false);
            choose(Number(e.target.value));
          }}
        />
        {dates.length <= MAX_MARKS && (
          <datalist id="asof-marks">
            {dates.map((d, i) => (
              <option key={d} value={i} label={fmt.shortDate(d)} />
            ))}
          </datalist>
        )}
        <span className="asof-end" aria-hidden="true">
          {fmt.shortDate(dates[last] ?? '')}
        </span>
      </div>
      {step < last && (
        <button type="button" className="link-button" onClick={() => setAsOf(null)}>
          {m.asOf.latest}
        </button>
      )}
      <FreshToggle />
    </div>
  );
}

/** "Current positions only" (fresh=1): stale positions count as no stated position everywhere. */
function FreshToggle() {
  const { fresh, days } = useStaleness();
  const setFresh = useDashboard((s) => s.setFresh);
  const { m } = useI18n();
  return (
    <label className="fresh-toggle" title={m.stale.freshHint(days)}>
      <input
        type="checkbox"
        checked={fresh}
        onChange={(e) => setFresh(e.target.checked)}
        aria-describedby="fresh-hint"
      />
      {m.stale.freshLabel}
      <span id="fresh-hint" className="visually-hidden">
        {m.stale.freshHint(days)}
      </span>
    </label>
  );
}
