import { VERDICTS } from '../../core/vocabulary';
import { useI18n } from '../../state/i18n';
import { StanceBadge, VerdictBadge } from './Badges';

/** Stances and verdicts named in words beside their symbols and tints. */
export function Legend({
  stances = true,
  verdicts = true,
  index = true,
}: {
  stances?: boolean;
  verdicts?: boolean;
  index?: boolean;
}) {
  const { m } = useI18n();
  return (
    <div className="legend" aria-label={m.legend.label} role="group">
      {stances && (
        <p>
          <strong>{m.legend.stances}</strong> <StanceBadge stance="supports" /> <StanceBadge stance="conditional" />{' '}
          <StanceBadge stance="opposes" /> <StanceBadge stance={null} /> {m.legend.stancesNote}
        </p>
      )}
      {verdicts && (
        <p>
          <strong>{m.legend.verdicts}</strong>{' '}
          {VERDICTS.map((v) => (
            <span key={v} className="legend-item">
              <VerdictBadge verdict={v} /> {m.verdictExplanation[v]}
            </span>
          ))}
        </p>
      )}
      {index && <p className="muted">{m.legend.index}</p>}
    </div>
  );
}
