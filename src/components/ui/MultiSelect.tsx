import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../state/i18n';
import { PartyDot } from './Badges';

interface Option<T extends string> {
  value: T;
  label: string;
  color?: string;
}

interface ChoiceProps<T extends string> {
  legend: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}

/**
 * A group of checkboxes; an empty selection means "all", as in the URL. A click renders again only the chips whose box
 * changed: React writes an input's attributes again whenever any of its props changes, and with a handler made anew
 * on each render a filter click rewrote every box of every group, the folded issue list's included.
 */
export function ChipGroup<T extends string>({ legend, options, selected, onChange }: ChoiceProps<T>) {
  // The chips' one handler stays the same object; it reads the group's props as they are when a box is clicked.
  const latest = useRef({ options, selected, onChange });
  useLayoutEffect(() => {
    latest.current = { options, selected, onChange };
  });
  const toggle = useCallback((value: string) => {
    const { options, selected, onChange } = latest.current;
    const option = options.find((o) => o.value === value);
    if (option === undefined) return;
    onChange(
      selected.includes(option.value)
        ? selected.filter((v) => v !== option.value)
        : options.map((o) => o.value).filter((v) => v === option.value || selected.includes(v)),
    );
  }, []);
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((o) => (
        <Chip
          key={o.value}
          value={o.value}
          label={o.label}
          color={o.color}
          checked={selected.includes(o.value)}
          onToggle={toggle}
        />
      ))}
    </fieldset>
  );
}

interface ChipProps {
  value: string;
  label: string;
  color: string | undefined;
  checked: boolean;
  onToggle: (value: string) => void;
}

const Chip = memo(function Chip({ value, label, color, checked, onToggle }: ChipProps) {
  return (
    <label className="chip">
      <input type="checkbox" checked={checked} onChange={() => onToggle(value)} />
      {color !== undefined && <PartyDot color={color} />}
      {label}
    </label>
  );
});

/** The same, folded behind a summary for long lists such as issues. */
export function DropdownChecklist<T extends string>({ legend, options, selected, onChange }: ChoiceProps<T>) {
  const { m } = useI18n();
  // The panel hangs from the summary's left edge, or from its right edge where it would run off the page (a long
  // Russian legend puts the summary near the right of a wide page). Placed when it opens, and again while it is open
  // whenever the page changes width (a phone turned, a window narrowed).
  const [fromEnd, setFromEnd] = useState(false);
  const [open, setOpen] = useState(false);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const place = useCallback(() => {
    const details = detailsRef.current;
    const body = details?.querySelector<HTMLElement>('.dropdown-body') ?? null;
    if (details?.open === true && body !== null)
      setFromEnd(details.getBoundingClientRect().left + body.offsetWidth > document.documentElement.clientWidth);
  }, []);
  useEffect(() => {
    if (!open) return;
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, place]);
  const toggled = (e: SyntheticEvent<HTMLDetailsElement>) => {
    setOpen(e.currentTarget.open);
    place();
  };
  const summary =
    selected.length === 0
      ? m.filters.all
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? m.filters.selected(1))
        : m.filters.selected(selected.length);
  return (
    <div className="dropdown-field">
      <details className="dropdown" ref={detailsRef} onToggle={toggled}>
        <summary>
          {legend}: {summary}
        </summary>
        <div className={fromEnd ? 'dropdown-body from-end' : 'dropdown-body'}>
          <ChipGroup legend={legend} options={options} selected={selected} onChange={onChange} />
          {selected.length > 0 && (
            <button type="button" className="link-button" onClick={() => onChange([])}>
              {m.filters.showAll}
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
