import { formatDate } from './format';
import type { DatasetIndex } from './datasetIndex';
import type { Filters } from './filters';
import { ATTRIBUTION_LABEL, CATEGORY_LABEL, STANCE_LABEL } from './labels';

/** The subtitle of an exported image: what was filtered, and the date, so a still image is never ambiguous. */
export function exportSubtitle(filters: Filters, index: DatasetIndex, asOf: string): string {
  const parts: string[] = [];
  const names = (ids: readonly string[], lookup: (id: string) => string | undefined) => ids.map((id) => lookup(id) ?? id).join(', ');
  if (filters.parties.length > 0) parts.push(`Parties: ${names(filters.parties, (id) => index.parties.get(id)?.shortName)}`);
  if (filters.categories.length > 0) parts.push(`Categories: ${filters.categories.map(CATEGORY_LABEL).join(', ')}`);
  if (filters.issues.length > 0) parts.push(`Issues: ${names(filters.issues, (id) => index.issues.get(id)?.title)}`);
  if (filters.stances.length > 0) parts.push(`Stances: ${filters.stances.map((s) => STANCE_LABEL[s]).join(', ')}`);
  if (filters.attribution.length > 0) parts.push(`Only: ${filters.attribution.map((a) => ATTRIBUTION_LABEL[a].toLowerCase()).join(', ')}`);
  if (filters.from !== null || filters.to !== null)
    parts.push(`Stated ${filters.from !== null ? `from ${formatDate(filters.from)}` : ''}${filters.to !== null ? ` to ${formatDate(filters.to)}` : ''}`.trim());
  if (filters.q !== '') parts.push(`Matching “${filters.q}”`);
  parts.push(`Positions as of ${formatDate(asOf)}`);
  return parts.join(' · ');
}

/** "Sources: A; B; C." — every outlet, once, in dataset order. */
export function sourcesLine(index: DatasetIndex): string {
  return `Sources: ${[...new Set(index.dataset.sources.map((s) => s.outlet))].join('; ')}.`;
}
