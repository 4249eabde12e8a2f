import type { Actor, Position } from '../../data/schema';
import type { Messages } from '../../i18n/en';
import type { Formatter } from '../../lib/format';
import { useHint, type HintStore } from '../charts/hintStore';
import { StanceBadge } from '../ui/Badges';

/** The statements behind the marker under the pointer or focus, and where the marker is drawn. */
export interface Hint {
  partyName: string;
  statements: Position[];
  x: number;
  y: number;
}

interface Props {
  store: HintStore<Hint>;
  /** The chart's size: the hint stays inside it, above a marker in the lower half and below one in the upper. */
  width: number;
  height: number;
  actors: ReadonlyMap<string, Actor>;
  m: Messages;
  fmt: Formatter;
}

/** Who said what, and when, for the hovered or focused marker. */
export function MarkerHint({ store, width, height, actors, m, fmt }: Props) {
  const hint = useHint(store);
  if (hint === null) return null;
  const box = Math.min(300, width - 16);
  const left = Math.max(8, Math.min(hint.x - box / 2, width - box - 8));
  const below = hint.y < height / 2;
  return (
    <div
      className="marker-hint"
      role="tooltip"
      style={{ left, width: box, ...(below ? { top: hint.y + 16 } : { bottom: height - hint.y + 16 }) }}
    >
      {hint.statements.map((p) => {
        const actor = p.actor === null ? undefined : actors.get(p.actor);
        return (
          <div key={p.id} className="hint-item">
            <p className="hint-head">
              <StanceBadge stance={p.stance} /> <span>{fmt.date(p.date)}</span>
            </p>
            <p className="hint-who">
              {actor ? `${actor.name}, ${actor.role}` : hint.partyName}
              {p.attribution === 'reported' ? m.timeline.reportedBy : ''}
            </p>
            {(p.basis === 'inferred' || p.kind === 'concession') && (
              <p className="hint-who">
                {[p.kind === 'concession' ? m.kind.concession : null, p.basis === 'inferred' ? m.basis.inferred : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {p.quote !== null ? <blockquote>“{p.quote}”</blockquote> : <p>{p.summary}</p>}
          </div>
        );
      })}
    </div>
  );
}
