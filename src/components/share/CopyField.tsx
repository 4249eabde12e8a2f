import { useId, useRef, useState } from 'react';
import { useI18n } from '../../state/i18n';

/** A read-only code box with a copy button that falls back to selecting the text. */
export function CopyField({
  label,
  hint,
  value,
  testId,
}: {
  label: string;
  hint: string;
  value: string;
  testId?: string;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const { m } = useI18n();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(m.share.copied);
    } catch {
      // Sandboxed frames and older browsers refuse the clipboard: select the text for Ctrl+C.
      ref.current?.select();
      setStatus(m.share.selected);
    }
  };
  return (
    // A group named by its label, so each of several copy buttons can be told apart by what it copies.
    <div className="copy-field" role="group" aria-labelledby={`${id}-label`}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <p className="muted" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        ref={ref}
        readOnly
        value={value}
        rows={value.split('\n').length + 1}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-row">
        <button type="button" onClick={() => void copy()}>
          {m.share.copy}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </div>
  );
}
