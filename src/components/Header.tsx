import { formatDate } from '../lib/format';
import { fullDashboardSearch } from '../lib/urlState';
import { useData } from '../state/data';
import { useAsOf } from '../state/derived';
import { usePresentation } from '../state/presentation';
import { useDashboard } from '../state/store';

export function Header() {
  const { dataset } = useData();
  const asOf = useAsOf();
  return (
    <header className="masthead">
      <h1>{dataset.meta.title}</h1>
      <p className="dek">{dataset.meta.description}</p>
      <p className="meta">
        Positions as of <strong data-testid="as-of">{formatDate(asOf)}</strong>
        <span aria-hidden="true"> · </span>
        Dataset updated {formatDate(dataset.meta.updated)}
        <span aria-hidden="true"> · </span>
        {dataset.meta.credit}
      </p>
    </header>
  );
}

export function Footer() {
  const { dataset } = useData();
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))];
  return (
    <footer className="site-footer">
      <p>
        <strong>Sources:</strong> {outlets.join('; ')}.
      </p>
      <p className="muted">
        {dataset.meta.credit} Licence: {dataset.meta.license}. Every stance links to its verbatim quote and source; “reported” marks
        positions the outlet describes without quoting the party.
      </p>
    </footer>
  );
}

/** The embed's heading: the title and the date, nothing that competes with the article around it. */
export function EmbedHeader() {
  const { dataset } = useData();
  const asOf = useAsOf();
  return (
    <header className="masthead embed-masthead">
      <h1>{dataset.meta.title}</h1>
      <p className="meta">
        Positions as of <strong data-testid="as-of">{formatDate(asOf)}</strong>
      </p>
    </header>
  );
}

/** Sources, credit, date and a way out to the full dashboard in the same state. */
export function EmbedFooter() {
  const { dataset } = useData();
  const asOf = useAsOf();
  const url = useDashboard((s) => s.url);
  const { kept } = usePresentation();
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))];
  const href = `${window.location.pathname}${fullDashboardSearch(url, kept)}`;
  return (
    <footer className="site-footer embed-footer">
      <p>
        <strong>Sources:</strong> {outlets.join('; ')}.
      </p>
      <p className="muted">
        {dataset.meta.credit} Positions as of {formatDate(asOf)}; dataset updated {formatDate(dataset.meta.updated)}.{' '}
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open the full dashboard
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </footer>
  );
}
