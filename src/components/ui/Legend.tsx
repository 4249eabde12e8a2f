import { VERDICT_EXPLANATION } from '../../lib/labels';
import { VERDICTS } from '../../lib/overlap';
import { StanceBadge, VerdictBadge } from './Badges';

/** Stances and verdicts named in words beside their symbols and tints. */
export function Legend({ stances = true, verdicts = true, index = true }: { stances?: boolean; verdicts?: boolean; index?: boolean }) {
  return (
    <div className="legend" aria-label="Legend">
      {stances && (
        <p>
          <strong>Stances:</strong> <StanceBadge stance="supports" /> <StanceBadge stance="conditional" /> <StanceBadge stance="opposes" />{' '}
          <StanceBadge stance={null} /> — each on the issue’s proposition.
        </p>
      )}
      {verdicts && (
        <p>
          <strong>Verdicts:</strong>{' '}
          {VERDICTS.map((v) => (
            <span key={v} className="legend-item">
              <VerdictBadge verdict={v} /> {VERDICT_EXPLANATION[v]}
            </span>
          ))}
        </p>
      )}
      {index && (
        <p className="muted">
          Agreement index: 2 points per overlap, 1 per partial, 0 per conflict, divided by 2 × the issues both parties addressed. Issues with no
          basis are left out and counted beside it.
        </p>
      )}
    </div>
  );
}
