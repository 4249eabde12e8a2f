import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../state/i18n';

/** A native modal dialog (focus moves in, Esc closes, focus returns) shown while `open`. */
export function ModalDialog({
  open,
  onClose,
  title,
  className,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { m } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-label={title} onClose={onClose}>
      {open && (
        <div className="modal-inner">
          <header className="modal-head">
            <h2>{title}</h2>
            <button type="button" className="close" onClick={onClose} aria-label={m.share.close(title)}>
              ✕
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
