import { en, type Messages } from '../i18n/en';
import type { DatasetIndex } from './datasetIndex';
import type { Filters } from './filters';
import { formatterFor, type Formatter } from './format';
import { categoryTitle } from './labels';

/** The subtitle of an exported image: what was filtered, and the date, so a still image is never ambiguous. */
export function exportSubtitle(
  filters: Filters,
  index: DatasetIndex,
  asOf: string,
  m: Messages = en,
  fmt: Formatter = formatterFor('en'),
  /** The staleness window when "current positions only" is on, else null. */
  freshDays: number | null = null,
  /** The party whose pairs alone are drawn (too many parties for every pair), else null. */
  focus: string | null = null,
): string {
  const t = m.export.subtitle;
  const parts: string[] = [];
  const names = (ids: readonly string[], lookup: (id: string) => string | undefined) =>
    ids.map((id) => lookup(id) ?? id).join(', ');
  if (filters.parties.length > 0)
    parts.push(t.parties(names(filters.parties, (id) => index.parties.get(id)?.shortName)));
  if (focus !== null) parts.push(t.pairsOf(index.parties.get(focus)?.shortName ?? focus));
  if (filters.categories.length > 0)
    parts.push(t.categories(filters.categories.map((c) => categoryTitle(index.dataset.categories, m, c)).join(', ')));
  if (filters.issues.length > 0) parts.push(t.issues(names(filters.issues, (id) => index.issues.get(id)?.title)));
  if (filters.stances.length > 0) parts.push(t.stances(filters.stances.map((s) => m.stance[s]).join(', ')));
  const only = [...filters.attribution.map((a) => m.attributionOnly[a]), ...filters.basis.map((b) => m.basisOnly[b])];
  if (only.length > 0) parts.push(t.only(only.join(', ')));
  if (freshDays !== null) parts.push(t.fresh(freshDays));
  const range = [
    filters.from !== null ? t.from(fmt.date(filters.from)) : null,
    filters.to !== null ? t.to(fmt.date(filters.to)) : null,
  ].filter((x) => x !== null);
  if (range.length > 0) parts.push(t.stated(range.join(' ')));
  if (filters.q !== '') parts.push(t.matching(filters.q));
  parts.push(t.asOf(fmt.date(asOf)));
  return parts.join(' · ');
}

/** How many outlets an export names before it says how many more there are: a line that fits under an image. */
const SOURCES_NAMED = 5;

/**
 * The outlets an export credits: every outlet when there are few, else those behind the most positions (ties in
 * dataset order) and how many more, which the methodology page lists in full.
 */
export function sourcesLine(index: DatasetIndex, m: Messages = en): string {
  const { sources, positions } = index.dataset;
  const outletOf = new Map(sources.map((s) => [s.id, s.outlet]));
  const backed = new Map<string, number>(sources.map((s) => [s.outlet, 0]));
  for (const p of positions) {
    const outlet = outletOf.get(p.source);
    if (outlet !== undefined) backed.set(outlet, (backed.get(outlet) ?? 0) + 1);
  }
  const outlets = [...backed.keys()];
  if (outlets.length <= SOURCES_NAMED) return m.export.sources(outlets.join('; '));
  const named = outlets
    .map((outlet, order) => ({ outlet, order, count: backed.get(outlet) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, SOURCES_NAMED)
    .map((o) => o.outlet);
  return m.export.sourcesMore(named.join('; '), outlets.length - SOURCES_NAMED);
}
