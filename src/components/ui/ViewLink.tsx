import type { MouseEvent, ReactNode } from 'react';
import { serializeUrl, type UrlState } from '../../lib/urlState';
import { useKeptParams } from '../../state/presentation';
import { useDashboardStore } from '../../state/store';

/**
 * A link to another state of the dashboard (another view, say): a real address, so it opens in a new tab or is
 * copied like any link, but followed in place without reloading. Focus moves to the main region, as after the
 * skip link, so keyboard and screen-reader users start at the new content.
 */
export function ViewLink({
  to,
  current = false,
  className,
  children,
}: {
  to: UrlState;
  current?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const store = useDashboardStore();
  const kept = useKeptParams();
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    store.setState({ url: to, selection: null });
    window.scrollTo(0, 0);
    requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
  };
  return (
    <a
      href={`${window.location.pathname}${serializeUrl(to, kept)}`}
      aria-current={current ? 'page' : undefined}
      className={className}
      onClick={follow}
    >
      {children}
    </a>
  );
}
