import { LANGS, LANGUAGES, type Lang } from '../i18n/languages';
import { fullDashboardSearch } from '../lib/urlState';
import { useData } from '../state/data';
import { useAsOf } from '../state/derived';
import { useI18n } from '../state/i18n';
import { useKeptParams } from '../state/presentation';
import { useDashboard } from '../state/store';
import { ViewLink } from './ui/ViewLink';
import { asSentence } from '../lib/labels';

export function Header() {
  const { dataset } = useData();
  const { m, fmt } = useI18n();
  const asOf = useAsOf();
  return (
    <header className="masthead">
      <div className="masthead-top">
        <h1>{dataset.meta.title}</h1>
        <LanguageSwitch />
      </div>
      <p className="dek">{dataset.meta.description}</p>
      <p className="meta">
        {m.header.positionsAsOf} <strong data-testid="as-of">{fmt.date(asOf)}</strong>
        <span aria-hidden="true"> · </span>
        {m.header.updated(fmt.date(dataset.meta.updated))}
        <span aria-hidden="true"> · </span>
        {dataset.meta.credit}
        <span aria-hidden="true"> · </span>
        <MethodLink />
      </p>
    </header>
  );
}

/** Each language named in itself, so a reader finds theirs whatever the current one. */
function LanguageSwitch() {
  const { m, lang } = useI18n();
  const setLang = useDashboard((s) => s.setLang);
  return (
    <label className="lang-switch">
      <span>{m.app.language}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGES[l].endonym}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The methodology page, in the dashboard's current state (its filters and date wait there for the way back). */
function MethodLink() {
  const { m } = useI18n();
  const url = useDashboard((s) => s.url);
  return (
    <ViewLink to={{ ...url, view: 'method' }} current={url.view === 'method'} className="method-link">
      {m.header.methodology}
    </ViewLink>
  );
}

const outletsOf = (sources: readonly { outlet: string }[]) => [...new Set(sources.map((s) => s.outlet))];

export function Footer() {
  const { dataset } = useData();
  const { m } = useI18n();
  return (
    <footer className="site-footer">
      <p>
        <strong>{m.header.sources}</strong> {outletsOf(dataset.sources).join('; ')}. <MethodLink />
      </p>
      <p className="muted">
        {asSentence(dataset.meta.credit)} {m.header.licence(dataset.meta.license)} {m.header.footerNote}
      </p>
    </footer>
  );
}

/** The embed's heading: the title and the date, nothing that competes with the article around it. */
export function EmbedHeader() {
  const { dataset } = useData();
  const { m, fmt } = useI18n();
  const asOf = useAsOf();
  return (
    <header className="masthead embed-masthead">
      <h1>{dataset.meta.title}</h1>
      <p className="meta">
        {m.header.positionsAsOf} <strong data-testid="as-of">{fmt.date(asOf)}</strong>
      </p>
    </header>
  );
}

/** Sources, credit, date and a way out to the full dashboard in the same state. */
export function EmbedFooter() {
  const { dataset } = useData();
  const { m, fmt } = useI18n();
  const asOf = useAsOf();
  const url = useDashboard((s) => s.url);
  const kept = useKeptParams();
  const href = `${window.location.pathname}${fullDashboardSearch(url, kept)}`;
  const method = `${window.location.pathname}${fullDashboardSearch({ ...url, view: 'method' }, kept)}`;
  return (
    <footer className="site-footer embed-footer">
      <p>
        <strong>{m.header.sources}</strong> {outletsOf(dataset.sources).join('; ')}.
      </p>
      <p className="muted">
        {asSentence(dataset.meta.credit)} {m.header.embedDates(fmt.date(asOf), fmt.date(dataset.meta.updated))}{' '}
        <a href={href} target="_blank" rel="noopener noreferrer">
          {m.header.openFull}
          <span className="visually-hidden"> {m.header.newTab}</span>
        </a>
        <span aria-hidden="true"> · </span>
        <a href={method} target="_blank" rel="noopener noreferrer">
          {m.header.methodology}
          <span className="visually-hidden"> {m.header.newTab}</span>
        </a>
      </p>
    </footer>
  );
}
