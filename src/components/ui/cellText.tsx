import type { Position } from '../../data/schema';
import { ageInDays, ageParts, isStale } from '../../lib/stale';
import { useI18n } from '../../state/i18n';

// What the stance and verdict cells, the detail panel and the timeline's markers say about a position beyond its
// stance: how it was stated, how old it is, and what activating a cell does.

/** How a position was stated, in the words a cell or marker shows: "reported", "inferred", "concession". */
export function usePositionMarks(): (p: Position, which?: 'all' | 'model') => string[] {
  const { m } = useI18n();
  return (p, which = 'all') => [
    ...(p.attribution === 'reported' && which === 'all' ? [m.compare.reported] : []),
    ...(p.basis === 'inferred' ? [m.compare.inferred] : []),
    ...(p.kind === 'concession' ? [m.compare.concession] : []),
  ];
}

/** "stated 3 years earlier" for a position older than the window at `asOf`, else null. */
export function useStaleAge(): (p: Position, asOf: string, days: number) => string | null {
  const { m } = useI18n();
  return (p, asOf, days) => {
    if (!isStale(p, asOf, days)) return null;
    const { unit, count } = ageParts(ageInDays(p.date, asOf));
    return m.stale.age(count, unit);
  };
}

export const VERDICT_HINT = 'verdict-cell-hint';
export const STANCE_HINT = 'stance-cell-hint';

/** What activating a cell does, as the description of every stance and verdict cell of a table. */
export function CellHints() {
  const { m } = useI18n();
  return (
    <>
      <span id={STANCE_HINT} hidden>
        {m.compare.stanceCellAction}
      </span>
      <span id={VERDICT_HINT} hidden>
        {m.compare.verdictCellAction}
      </span>
    </>
  );
}
