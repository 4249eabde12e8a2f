import type { Dataset } from '../../data/schema';
import { TABLES } from '../../data/tables';

/**
 * The template's example: one row per table, taken from a real dataset and still a valid dataset on its own (two
 * parties, as every dataset needs; the position's actor, issue, category and source; a correction naming it).
 */
export function exampleDataset(data: Dataset): Dataset {
  const position = data.positions.find((p) => p.quote !== null && p.actor !== null) ?? data.positions[0];
  if (position === undefined) return data;
  const issue = data.issues.find((i) => i.id === position.issue);
  const { related: _related, ...issueAlone } = issue ??
    data.issues[0] ?? { id: '', title: '', proposition: '', category: '' };
  const first = data.parties.find((p) => p.id === position.party);
  const second = data.parties.find((p) => p.id !== position.party);
  const parties = [first, second].filter((p) => p !== undefined);
  const correction = data.corrections?.find((c) => c.positions.includes(position.id));
  return {
    ...data,
    meta: { ...data.meta, defaultParties: parties.map((p) => p.id) },
    parties,
    actors: data.actors.filter((a) => a.id === position.actor),
    issues: [issueAlone],
    categories: (data.categories ?? []).filter((c) => c.id === issueAlone.category),
    sources: data.sources.filter((s) => s.id === position.source),
    positions: [position],
    corrections: correction === undefined ? [] : [{ ...correction, positions: [position.id] }],
  };
}

/** How to fill the workbook, for its first sheet; the codebook's own lines follow. */
export function workbookGuide(): string[] {
  const kinds = {
    text: 'text',
    nullable: 'text, or empty for none',
    number: 'a whole number',
    list: 'ids separated by commas',
  } as const;
  return [
    'How to fill this workbook',
    '',
    'One sheet per table; this sheet is not read back. Row 1 of each sheet holds the column names: keep them as they are. One item per row from row 2; empty rows are skipped.',
    'Every text cell is formatted as Text, so what you type stays as typed. Do not type formulas: a cell holding one is refused on import, never run.',
    'Dates are written as text, YYYY-MM-DD (2025-11-20). Stances: supports, conditional, opposes. Attributions: direct, reported.',
    'Lists of ids (related, defaultParties, a correction’s positions) are ids separated by commas: nato-membership, neutrality.',
    'Translations are columns named field.language: summary.uk, summary.ru. Leave one empty and readers see the English.',
    'Check it with: npm run data:import -- this-file.xlsx --out data/dataset.json (every problem is named by sheet, row and column).',
    '',
    'The columns (* = every row needs it):',
    ...TABLES.map(
      (t) =>
        `${t.name}${t.single ? ' (one row)' : ''}: ${t.columns.map((c) => `${c.name}${c.required ? '*' : ''} (${kinds[c.kind]})`).join('; ')}`,
    ),
    '',
  ];
}
