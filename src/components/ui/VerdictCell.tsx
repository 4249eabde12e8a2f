import type { Comparison } from '../../lib/overlap';
import { VERDICT_SYMBOL } from '../../lib/labels';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';

/** A pair's verdict on one issue, as a button that opens the two positions behind it. */
export function VerdictCell({ comparison, nameA, nameB, issueTitle }: { comparison: Comparison; nameA: string; nameB: string; issueTitle: string }) {
  const select = useDashboard((s) => s.select);
  const { m } = useI18n();
  const { verdict, issue, a, b } = comparison;
  return (
    <button
      type="button"
      className={`cell verdict-${verdict}`}
      aria-label={m.compare.verdictCell(nameA, nameB, issueTitle, m.verdict[verdict])}
      onClick={() => select({ kind: 'pair', issue, a, b })}
    >
      <span aria-hidden="true" className="sym">
        {VERDICT_SYMBOL[verdict]}
      </span>
      <span className="cell-text">{m.verdict[verdict]}</span>
    </button>
  );
}
