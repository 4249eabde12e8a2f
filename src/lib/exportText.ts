import { en, type Messages } from '../i18n/en';
import type { DatasetIndex } from './datasetIndex';
import type { Filters } from './filters';
import { formatterFor, type Formatter } from './format';

/** The subtitle of an exported image: what was filtered, and the date, so a still image is never ambiguous. */
export function exportSubtitle(
  filters: Filters,
  index: DatasetIndex,
  asOf: string,
  m: Messages = en,
  fmt: Formatter = formatterFor('en'),
  /** The staleness window when "current positions only" is on, else null. */
  freshDays: number | null = null,
): string {
  const t = m.export.subtitle;
  const parts: string[] = [];
  const names = (ids: readonly string[], lookup: (id: string) => string | undefined) => ids.map((id) => lookup(id) ?? id).join(', ');
  if (filters.parties.length > 0) parts.push(t.parties(names(filters.parties, (id) => index.parties.get(id)?.shortName)));
  if (filters.categories.length > 0) parts.push(t.categories(filters.categories.map((c) => m.categories[c] ?? c.charAt(0).toUpperCase() + c.slice(1)).join(', ')));
  if (filters.issues.length > 0) parts.push(t.issues(names(filters.issues, (id) => index.issues.get(id)?.title)));
  if (filters.stances.length > 0) parts.push(t.stances(filters.stances.map((s) => m.stance[s]).join(', ')));
  const only = [...filters.attribution.map((a) => m.attributionOnly[a]), ...filters.basis.map((b) => m.basisOnly[b])];
  if (only.length > 0) parts.push(t.only(only.join(', ')));
  if (freshDays !== null) parts.push(t.fresh(freshDays));
  const range = [filters.from !== null ? t.from(fmt.date(filters.from)) : null, filters.to !== null ? t.to(fmt.date(filters.to)) : null].filter((x) => x !== null);
  if (range.length > 0) parts.push(t.stated(range.join(' ')));
  if (filters.q !== '') parts.push(t.matching(filters.q));
  parts.push(t.asOf(fmt.date(asOf)));
  return parts.join(' · ');
}

/** "Sources: A; B; C." — every outlet, once, in dataset order. */
export function sourcesLine(index: DatasetIndex, m: Messages = en): string {
  return m.export.sources([...new Set(index.dataset.sources.map((s) => s.outlet))].join('; '));
}
