import type { View } from '../lib/urlState';
import { useDashboard } from '../state/store';

const LABELS: Record<View, string> = {
  compare: 'Compare',
  matrix: 'Overlap matrix',
  agreement: 'Agreement',
  timeline: 'Timeline',
  distribution: 'Distribution',
  table: 'All positions',
};

export function ViewTabs() {
  const view = useDashboard((s) => s.url.view);
  const setView = useDashboard((s) => s.setView);
  return (
    <nav className="views" aria-label="Views">
      {(Object.keys(LABELS) as View[]).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} className={view === v ? 'is-current' : undefined} onClick={() => setView(v)}>
          {LABELS[v]}
        </button>
      ))}
    </nav>
  );
}
