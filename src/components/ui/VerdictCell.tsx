import type { Comparison } from '../../lib/overlap';
import { VERDICT_SYMBOL, verdictWords } from '../../lib/labels';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';
import { useStaleAge, VERDICT_HINT } from './cellText';

function useVerdictText(): (c: Comparison, nameA: string, nameB: string) => string {
  const { m } = useI18n();
  return (c, nameA, nameB) => verdictWords(m, c, nameA, nameB);
}

/**
 * A pair's verdict on one issue, as a button that opens the two positions behind it. Its accessible name is a hidden
 * prefix (who and what) and its visible text, so speech matches what sighted readers see (WCAG 2.5.3); what it does
 * is its description, said once per table by <CellHints>.
 */
export function VerdictCell({
  comparison,
  nameA,
  nameB,
  issueTitle,
  asOf,
  staleAfterDays,
}: {
  comparison: Comparison;
  nameA: string;
  nameB: string;
  issueTitle: string;
  asOf: string;
  staleAfterDays: number;
}) {
  const select = useDashboard((s) => s.select);
  const { m } = useI18n();
  const verdictText = useVerdictText();
  const staleAge = useStaleAge();
  const { verdict, issue, a, b, positionA, positionB } = comparison;
  // A verdict resting on a stale position says so, with the age of the older one.
  const older =
    positionA !== null && positionB !== null ? (positionA.date <= positionB.date ? positionA : positionB) : null;
  const age = older === null ? null : staleAge(older, asOf, staleAfterDays);
  return (
    <button
      type="button"
      className={`cell verdict-${verdict}${age === null ? '' : ' is-stale'}`}
      aria-describedby={VERDICT_HINT}
      onClick={() => select({ kind: 'pair', issue, a, b })}
    >
      <span className="visually-hidden">{m.compare.verdictCell(nameA, nameB, issueTitle)}</span>{' '}
      <span aria-hidden="true" className="sym">
        {VERDICT_SYMBOL[verdict]}
      </span>
      <span className="cell-text">
        {verdictText(comparison, nameA, nameB)}
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
