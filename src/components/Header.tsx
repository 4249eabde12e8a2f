import { formatDate } from '../lib/format';
import { useData } from '../state/data';
import { useAsOf } from '../state/derived';

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
