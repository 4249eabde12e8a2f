import { useDashboard } from '../state/store';

/** Parts of the address that were ignored, so a reader knows the view differs from the link. */
export function NoticeBar() {
  const notices = useDashboard((s) => s.notices);
  const dismiss = useDashboard((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>Some of the link’s settings were ignored:</strong>
        <ul>
          {notices.slice(0, 10).map((n, i) => (
            <li key={i}>{n.message}</li>
          ))}
          {notices.length > 10 && <li>…and {notices.length - 10} more.</li>}
        </ul>
      </div>
      <button type="button" onClick={dismiss} aria-label="Dismiss notice">
        Dismiss
      </button>
    </div>
  );
}
