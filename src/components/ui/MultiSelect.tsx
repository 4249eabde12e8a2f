import { useI18n } from '../../state/i18n';

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

/** A group of checkboxes; an empty selection means "all", as in the URL. */
export function ChipGroup<T extends string>({ legend, options, selected, onChange }: ChoiceProps<T>) {
  const toggle = (value: T) =>
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : options.map((o) => o.value).filter((v) => v === value || selected.includes(v)),
    );
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="chip">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} />
          {o.color !== undefined && <span className="party-dot" style={{ background: o.color }} aria-hidden="true" />}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The same, folded behind a summary for long lists such as issues. */
export function DropdownChecklist<T extends string>({ legend, options, selected, onChange }: ChoiceProps<T>) {
  const { m } = useI18n();
  const summary =
    selected.length === 0
      ? m.filters.all
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? m.filters.selected(1))
        : m.filters.selected(selected.length);
  return (
    <div className="dropdown-field">
      <details className="dropdown">
        <summary>
          {legend}: {summary}
        </summary>
        <div className="dropdown-body">
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
