import type { LoggedCorrection, SourceUse } from '../../lib/method';
import type { SectionProps } from './Codebook';
import { isTranslationLang } from '../../core/vocabulary';

const safeHref = (url: string | null) => (url !== null && /^https?:\/\//i.test(url) ? url : null);

/** Said once above texts the dataset holds only in English (each is marked lang="en"). */
function InEnglish({ lang, text }: { lang: string; text: string }) {
  return lang === 'en' ? null : <p className="muted">{text}</p>;
}

/** Every source, and what was taken from it. */
export function Sources({ text, i18n, index, sources }: SectionProps & { sources: SourceUse[] }) {
  const { fmt, lang } = i18n;
  const t = text.sources;
  const title = (id: string) => index.issues.get(id)?.title ?? id;
  // A note the dataset translates is in the reader's language; the rest are the curators' English.
  const noteLang = (source: SourceUse['source']) =>
    isTranslationLang(lang) && source.translations?.[lang]?.note !== undefined ? lang : 'en';
  return (
    <>
      <p>{t.intro(sources.length)}</p>
      {sources.some((s) => s.source.note != null && noteLang(s.source) === 'en') && (
        <InEnglish lang={lang} text={text.inEnglish} />
      )}
      <ol className="method-list">
        {sources.map(({ source, positions, issues }) => {
          const href = safeHref(source.url);
          return (
            <li key={source.id}>
              <p className="method-source">
                <strong>{source.outlet}</strong>
                {': '}
                <span lang={source.language ?? 'en'}>“{source.headline}”</span>
              </p>
              <p className="method-meta">
                <time dateTime={source.published}>{t.published(fmt.date(source.published))}</time>
                <span aria-hidden="true"> · </span>
                {href === null ? (
                  <span>{t.noLink}</span>
                ) : (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t.read} <span className="method-newtab">{t.newTab}</span>
                  </a>
                )}
                {source.file != null && (
                  <>
                    <span aria-hidden="true"> · </span>
                    {t.archived} <code className="method-code">{source.file}</code>
                  </>
                )}
              </p>
              <p>{positions === 0 ? t.nothingTaken : `${t.taken(positions)} ${fmt.list(issues.map(title))}.`}</p>
              {source.note != null && (
                <p className="method-meta">
                  <strong>{t.note}</strong> <span lang={noteLang(source)}>{source.note}</span>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The corrections log, newest first, each naming the positions it changed by party, issue and date. */
export function Corrections({ text, i18n, index, corrections }: SectionProps & { corrections: LoggedCorrection[] }) {
  const { fmt, lang } = i18n;
  const t = text.corrections;
  if (corrections.length === 0) return <p className="empty">{t.empty}</p>;
  return (
    <>
      <p>{t.intro}</p>
      <InEnglish lang={lang} text={text.inEnglish} />
      <ol className="method-list">
        {corrections.map((c, i) => (
          <li key={`${c.date} ${i}`}>
            <p className="method-date">
              <time dateTime={c.date}>{fmt.date(c.date)}</time>
            </p>
            <p>
              <span lang="en">{c.text}</span>
            </p>
            {c.named.length > 0 && (
              <>
                <p className="method-label">{t.positions}</p>
                <ul className="method-named">
                  {c.named.map(({ id, position }) => (
                    <li key={id}>
                      {position === null ? (
                        t.removed(id)
                      ) : (
                        <>
                          {index.parties.get(position.party)?.name ?? position.party},{' '}
                          {index.issues.get(position.issue)?.title ?? position.issue},{' '}
                          <time dateTime={position.date}>{fmt.date(position.date)}</time>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
