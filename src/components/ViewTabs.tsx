import { VIEWS, viewSpec } from '../core/views';
import { useI18n } from '../state/i18n';
import { useDashboard } from '../state/store';

const TABS = VIEWS.filter((v) => viewSpec(v).tab);

export function ViewTabs() {
  const view = useDashboard((s) => s.url.view);
  const setView = useDashboard((s) => s.setView);
  const { m } = useI18n();
  return (
    <nav className="views" aria-label={m.views.label}>
      {TABS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          className={view === v ? 'is-current' : undefined}
          onClick={() => setView(v)}
        >
          {m.views[v]}
        </button>
      ))}
    </nav>
  );
}
