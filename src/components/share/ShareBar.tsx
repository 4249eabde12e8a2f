import { lazy, Suspense, useState } from 'react';
import type { EditorWording } from './editorWording';
import { LinkCutNote } from './LinkCutNote';
import { ModalDialog } from './ModalDialog';
import { useI18n } from '../../state/i18n';

// Export code (and the fonts it inlines) and the embed codes are fetched only when someone opens them: an editor's
// tools, not a reader's first view.
const ExportPanel = lazy(() => import('./ExportPanel').then((module) => ({ default: module.ExportPanel })));
const EmbedCodes = lazy(() => import('./EmbedDialog').then((module) => ({ default: module.EmbedCodes })));

/** The editor's tools: download the view or its data, and embed it in an article. */
export function ShareBar() {
  const [open, setOpen] = useState<'export' | 'embed' | null>(null);
  // The editor's headline and note outlive the dialog (closed to look at the view, opened again to export), but never
  // enter the address: they are the editor's words, not the reader's view.
  const [wording, setWording] = useState<EditorWording>({ headline: '', note: '' });
  const close = () => setOpen(null);
  const { m } = useI18n();
  return (
    <div className="share-bar">
      <button type="button" onClick={() => setOpen('export')}>
        <span aria-hidden="true">⤓ </span>
        {m.share.download}
      </button>
      <button type="button" onClick={() => setOpen('embed')}>
        <span aria-hidden="true">&lt;/&gt; </span>
        {m.share.embed}
      </button>
      <LinkCutNote />
      <ModalDialog open={open === 'export'} onClose={close} title={m.share.download}>
        <Suspense fallback={<p role="status">{m.share.loading}</p>}>
          <ExportPanel wording={wording} onWording={setWording} />
        </Suspense>
      </ModalDialog>
      <ModalDialog open={open === 'embed'} onClose={close} title={m.share.embedTitle}>
        <Suspense fallback={<p role="status">{m.share.loading}</p>}>
          <EmbedCodes />
        </Suspense>
      </ModalDialog>
    </div>
  );
}
