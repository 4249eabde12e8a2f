import { useId, useState } from 'react';
import { isRealDate } from '../../core/dates';
import { useI18n } from '../../state/i18n';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date typed as YYYY-MM-DD: one Tab stop, where the browser's date input takes four (day, month, year and a
 * calendar button with no focus ring in Chromium). The filter changes once the text is a real date, or empty; anything
 * else is marked invalid and says what is expected, and the filter keeps its last good value.
 */
export function DateField({
  value,
  label,
  onChange,
}: {
  value: string | null;
  label: string;
  onChange: (date: string | null) => void;
}) {
  const { m } = useI18n();
  const hintId = useId();
  const [draft, setDraft] = useState(value ?? '');
  // The address or "Clear filters" can change the date from outside: the field follows (set while rendering, as
  // React advises for state that follows a prop, not in an effect).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  const trimmed = draft.trim();
  const valid = trimmed === '' || (ISO.test(trimmed) && isRealDate(trimmed));
  return (
    <span className="date-field">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        size={11}
        placeholder={m.filters.datePattern}
        value={draft}
        aria-label={label}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : hintId}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const t = next.trim();
          if (t === '') onChange(null);
          else if (ISO.test(t) && isRealDate(t)) onChange(t);
        }}
      />
      {!valid && (
        <span id={hintId} className="field-error">
          {m.filters.notADate(trimmed)}
        </span>
      )}
    </span>
  );
}
