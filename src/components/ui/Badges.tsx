import type { Stance } from '../../data/schema';
import { NO_POSITION_SYMBOL, STANCE_SYMBOL, VERDICT_SYMBOL } from '../../lib/labels';
import type { Verdict } from '../../core/vocabulary';
import { useI18n } from '../../state/i18n';

export function StanceBadge({ stance }: { stance: Stance | null }) {
  const { m } = useI18n();
  return (
    <span className={`badge stance-${stance ?? 'none'}`}>
      <span aria-hidden="true" className="sym">
        {stance === null ? NO_POSITION_SYMBOL : STANCE_SYMBOL[stance]}
      </span>
      {m.stance[stance ?? 'none']}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { m } = useI18n();
  return (
    <span className={`badge verdict-${verdict}`}>
      <span aria-hidden="true" className="sym">
        {VERDICT_SYMBOL[verdict]}
      </span>
      {m.verdict[verdict]}
    </span>
  );
}

export function PartyDot({ color }: { color: string }) {
  return <span className="party-dot" style={{ background: color }} aria-hidden="true" />;
}
