import { lazy, Suspense, useState } from 'react';
import { EmbedCodes } from './EmbedDialog';
import { ModalDialog } from './ModalDialog';

// Export code (and the fonts it inlines) is fetched only when someone opens it.
const ExportPanel = lazy(() => import('./ExportPanel'));

/** The editor's tools: download the view or its data, and embed it in an article. */
export function ShareBar() {
  const [open, setOpen] = useState<'export' | 'embed' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="share-bar">
      <button type="button" onClick={() => setOpen('export')}>
        <span aria-hidden="true">⤓ </span>Download
      </button>
      <button type="button" onClick={() => setOpen('embed')}>
        <span aria-hidden="true">&lt;/&gt; </span>Embed
      </button>
      <ModalDialog open={open === 'export'} onClose={close} title="Download">
        <Suspense fallback={<p role="status">Loading…</p>}>
          <ExportPanel />
        </Suspense>
      </ModalDialog>
      <ModalDialog open={open === 'embed'} onClose={close} title="Embed this view">
        <EmbedCodes />
      </ModalDialog>
    </div>
  );
}
