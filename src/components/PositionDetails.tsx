import type { Position } from '../data/schema';
import { formatDate } from '../lib/format';
import { ATTRIBUTION_LABEL } from '../lib/labels';
import { useData } from '../state/data';
import { StanceBadge } from './ui/Badges';

const safeHref = (url: string | null) => (url !== null && /^https?:\/\//i.test(url) ? url : null);

/** Everything a fact-checker needs about one position: the words, who said them, when, and where it was printed. */
export function PositionDetails({ position, showStance = false }: { position: Position; showStance?: boolean }) {
  const { actors, sources, parties } = useData();
  const actor = position.actor === null ? undefined : actors.get(position.actor);
  const source = sources.get(position.source);
  const party = parties.get(position.party);
  const href = safeHref(source?.url ?? null);
  return (
    <article className="position">
      <header className="position-head">
        {showStance && <StanceBadge stance={position.stance} />}
        <span className="position-who">
          {actor ? (
            <>
              <strong>{actor.name}</strong>, {actor.role}
            </>
          ) : (
            <strong>{party?.name ?? position.party} (no named speaker)</strong>
          )}
        </span>
        <span className="position-when">
          {position.dateBasis === 'report' ? `Reported ${formatDate(position.date)} (statement undated)` : formatDate(position.date)}
        </span>
        <span className={`tag tag-${position.attribution}`}>{ATTRIBUTION_LABEL[position.attribution]}</span>
      </header>
      {position.quote !== null ? (
        <blockquote className="quote">
          <p>“{position.quote}”</p>
          {position.attribution === 'reported' && <p className="quote-note">Wording of the report, not of the speaker.</p>}
        </blockquote>
      ) : (
        <p className="quote-none">No quotable sentence in the source; summary only.</p>
      )}
      <p className="summary">{position.summary}</p>
      {position.conditions != null && (
        <p className="conditions">
          <strong>Conditions:</strong> {position.conditions}
        </p>
      )}
      {position.note != null && (
        <p className="note">
          <strong>Note:</strong> {position.note}
        </p>
      )}
      {source && (
        <p className="citation">
          <span className="citation-label">Source:</span> {source.outlet}, “{source.headline}”, {formatDate(source.published)}.{' '}
          {href !== null ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              Read the report
            </a>
          ) : (
            <span className="muted">No link: URL not known{source.file != null ? ` (archived as ${source.file})` : ''}.</span>
          )}
        </p>
      )}
    </article>
  );
}
