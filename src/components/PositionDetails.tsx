import type { Position } from '../data/schema';
import { useData } from '../state/data';
import { useI18n } from '../state/i18n';
import { quoteLanguage } from '../data/quoteLanguage';
import { positionText } from '../lib/translate';
import { useAsOf, useStaleness } from '../state/derived';
import { StanceBadge } from './ui/Badges';
import { useStaleAge } from './ui/cellText';
import { isTranslationLang } from '../core/vocabulary';

const safeHref = (url: string | null) => (url !== null && /^https?:\/\//i.test(url) ? url : null);

/** Everything a fact-checker needs about one position: the words, who said them, when, and where it was printed. */
export function PositionDetails({ position, showStance = false }: { position: Position; showStance?: boolean }) {
  const { actors, sources, parties } = useData();
  const actor = position.actor === null ? undefined : actors.get(position.actor);
  const source = sources.get(position.source);
  const party = parties.get(position.party);
  const href = safeHref(source?.url ?? null);
  const { m, fmt, lang } = useI18n();
  const headlineInReaderLanguage = isTranslationLang(lang) ? source?.translations?.[lang]?.headline : undefined;
  const quoteLang = quoteLanguage(position, source);
  const translation = positionText(position, lang).quoteTranslation;
  const asOf = useAsOf();
  const { days } = useStaleness();
  const age = useStaleAge()(position, asOf, days);
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
            <strong>{m.position.noSpeaker(party?.name ?? position.party)}</strong>
          )}
        </span>
        <span className="position-when">
          {position.dateBasis === 'report'
            ? m.position.reportedUndated(fmt.date(position.date))
            : fmt.date(position.date)}
        </span>
        <span className={`tag tag-${position.attribution}`}>{m.attribution[position.attribution]}</span>
        {position.kind === 'concession' && <span className="tag tag-concession">{m.kind.concession}</span>}
        {position.basis === 'inferred' && <span className="tag tag-inferred">{m.basis.inferred}</span>}
        {age !== null && <span className="tag tag-stale">{age}</span>}
      </header>
      {position.kind === 'concession' && <p className="quote-note">{m.position.concession}</p>}
      {position.basis === 'inferred' && <p className="quote-note">{m.position.inferred}</p>}
      {position.quote !== null ? (
        <blockquote className="quote">
          <p lang={quoteLang}>“{position.quote}”</p>
          {position.attribution === 'reported' && <p className="quote-note">{m.position.reportWording}</p>}
          {quoteLang.split('-')[0] !== lang && (
            <p className="quote-note">{m.position.quoteIn(fmt.languageName(quoteLang))}</p>
          )}
          {translation !== null && (
            <p className="quote-translation">
              <span className="citation-label">{m.position.translation}</span> {translation}
            </p>
          )}
        </blockquote>
      ) : (
        <p className="quote-none">{m.position.noQuote}</p>
      )}
      <p className="summary">{position.summary}</p>
      {position.conditions != null && (
        <p className="conditions">
          <strong>{m.position.conditions}</strong> {position.conditions}
        </p>
      )}
      {position.note != null && (
        <p className="note">
          <strong>{m.position.note}</strong> <span lang="en">{position.note}</span>
        </p>
      )}
      {source && (
        <p className="citation">
          <span className="citation-label">{m.position.source}</span> {source.outlet}, “
          <span lang={source.language ?? 'en'}>{source.headline}</span>”
          {headlineInReaderLanguage !== undefined && <> [{headlineInReaderLanguage}]</>}, {fmt.date(source.published)}.{' '}
          {href !== null ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {m.position.readReport}
            </a>
          ) : (
            <span className="muted">
              {m.position.noLink}
              {/* Never the archive's file name: it means nothing to a reader. */}
              {source.file != null ? m.position.archived : ''}.
            </span>
          )}
        </p>
      )}
    </article>
  );
}
