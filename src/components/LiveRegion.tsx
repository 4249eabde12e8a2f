import { viewSpec } from '../core/views';
import { useEffect, useRef, useState } from 'react';
import { useAsOf, useFilteredPositions } from '../state/derived';
import { useI18n } from '../state/i18n';
import { useDashboard } from '../state/store';

/** Waits for the reader (or the play button) to pause before speaking, so changes are not read out one by one. */
const SETTLE_MS = 700;

/** A polite live region: after a change of view, filters or date, says how many positions match and the date. */
export function LiveRegion() {
  const { m, fmt } = useI18n();
  const view = useDashboard((s) => s.url.view);
  const asOf = useAsOf();
  const count = useFilteredPositions().length;
  const [message, setMessage] = useState('');
  const first = useRef(true);
  // A page without filters or date (the methodology) has no result to report: its name is said instead.
  const text = viewSpec(view).tools === null ? m.views[view] : m.live.results(m.views[view], count, fmt.date(asOf));

  useEffect(() => {
    // The page's first state is read with the page; only changes are announced.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setMessage(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
