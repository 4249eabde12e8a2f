import type { Position } from '../../data/schema';
import { STANCE_SYMBOL, NO_POSITION_SYMBOL } from '../../lib/labels';
import { ageInDays, ageParts, isStale } from '../../lib/stale';
import { useI18n } from '../../state/i18n';
import { STANCE_HINT } from './VerdictCell';

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

/**
 * One party's standing position on one issue, as a button that opens the positions behind it: the stance, the day
 * it was stated, how (reported, inferred, a concession) and, when stale, its age. Its accessible name is a hidden
 * prefix and that visible text (WCAG 2.5.3): a screen reader hears the date and "reported" too.
 */
export function StanceCell({
  position,
  party,
  issueTitle,
  asOf,
  staleAfterDays,
  onOpen,
}: {
  position: Position | undefined;
  party: string;
  issueTitle: string;
  asOf: string;
  staleAfterDays: number;
  onOpen: () => void;
}) {
  const { m, fmt } = useI18n();
  const marks = usePositionMarks();
  const staleAge = useStaleAge();
  const age = position === undefined ? null : staleAge(position, asOf, staleAfterDays);
  const kind = position?.stance ?? 'none';
  return (
    <button
      type="button"
      className={`cell stance-${kind}${age === null ? '' : ' is-stale'}`}
      data-export-mark={position?.basis === 'inferred' ? m.compare.inferred : undefined}
      aria-describedby={STANCE_HINT}
      onClick={onOpen}
    >
      <span className="visually-hidden">{m.compare.stanceCell(party, issueTitle)}</span>{' '}
      <span aria-hidden="true" className="sym">
        {position ? STANCE_SYMBOL[position.stance] : NO_POSITION_SYMBOL}
      </span>
      <span className="cell-text">
        {m.stance[kind]}
        {position && (
          <>
            {' '}
            <span className="cell-date">
              {fmt.shortDate(position.date)}
              {position.attribution === 'reported' ? ` · ${m.compare.reported}` : ''}
            </span>
          </>
        )}
        {/* Kept on phones, where the date line is left out: a reader must see that a stance was inferred or conceded. */}
        {position && marks(position, 'model').length > 0 && (
          <>
            {' '}
            <span className="cell-mark">{marks(position, 'model').join(' · ')}</span>
          </>
        )}
        {age !== null && (
          <>
            {' '}
            <span className="cell-age">{age}</span>
          </>
        )}
      </span>
    </button>
  );
}
