import { lazy, Suspense, useEffect, useRef } from 'react';
import { whenIdle } from '../core/idle';
import { usePresentation } from '../state/presentation';
import { useDashboard } from '../state/store';

// The panel's contents are not needed for the first view: fetched once the page is idle, so a first click finds them.
const loadBody = () => import('./DetailBody');
const DetailBody = lazy(loadBody);

/** A modal dialog (side panel on desktop, bottom sheet on phones) showing the positions behind a cell. */
export function DetailPanel() {
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const ref = useRef<HTMLDialogElement>(null);
  const { embed } = usePresentation();

  useEffect(() => {
    whenIdle(() => void loadBody());
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // showModal traps focus and closes on Esc; the browser returns focus to the opener on close.
    if (selection !== null && !dialog.open) {
      if (embed) {
        const opener = document.activeElement?.getBoundingClientRect();
        const top = opener ? opener.top + window.scrollY - 40 : 8;
        const room = document.documentElement.scrollHeight - Math.min(640, window.innerHeight) - 8;
        dialog.style.setProperty('--anchor-top', `${Math.max(8, Math.min(top, room))}px`);
      }
      dialog.showModal();
    }
    if (selection === null && dialog.open) dialog.close();
  }, [selection, embed]);

  return (
    <dialog ref={ref} className="detail" aria-labelledby="detail-title" onClose={() => select(null)}>
      {selection !== null && (
        <Suspense fallback={<span className="spinner" aria-hidden="true" />}>
          <DetailBody selection={selection} onClose={() => select(null)} />
        </Suspense>
      )}
    </dialog>
  );
}
