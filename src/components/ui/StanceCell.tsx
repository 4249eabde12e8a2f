import type { Position } from '../../data/schema';
import { STANCE_SYMBOL, NO_POSITION_SYMBOL } from '../../lib/labels';
import { useI18n } from '../../state/i18n';
import { STANCE_HINT, usePositionMarks, useStaleAge } from './cellText';

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
