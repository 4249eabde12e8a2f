import { useI18n } from '../state/i18n';
import { useDashboard } from '../state/store';

/** Parts of the address that were ignored, so a reader knows the view differs from the link. */
export function NoticeBar() {
  const notices = useDashboard((s) => s.notices);
  const dismiss = useDashboard((s) => s.dismissNotices);
  const { m } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>{m.notices.heading}</strong>
        <ul>
          {notices.slice(0, 10).map((n, i) => (
            <li key={i}>{m.notices.text(n)}</li>
          ))}
          {notices.length > 10 && <li>{m.notices.more(notices.length - 10)}</li>}
        </ul>
      </div>
      <button type="button" onClick={dismiss} aria-label={m.notices.dismissLabel}>
        {m.notices.dismiss}
      </button>
    </div>
  );
}
