import type { Stance } from '../../data/schema';
import { NO_POSITION_LABEL, NO_POSITION_SYMBOL, STANCE_LABEL, STANCE_SYMBOL, VERDICT_LABEL, VERDICT_SYMBOL } from '../../lib/labels';
import type { Verdict } from '../../lib/overlap';

export function StanceBadge({ stance }: { stance: Stance | null }) {
  return (
    <span className={`badge stance-${stance ?? 'none'}`}>
      <span aria-hidden="true" className="sym">
        {stance === null ? NO_POSITION_SYMBOL : STANCE_SYMBOL[stance]}
      </span>
      {stance === null ? NO_POSITION_LABEL : STANCE_LABEL[stance]}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`badge verdict-${verdict}`}>
      <span aria-hidden="true" className="sym">
        {VERDICT_SYMBOL[verdict]}
      </span>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}

export function PartyDot({ color }: { color: string }) {
  return <span className="party-dot" style={{ background: color }} aria-hidden="true" />;
}
