import type { Messages } from '../../i18n/en';
import type { IssueDistribution } from '../../lib/distribution';
import { SEGMENTS } from './segments';

interface Props {
  rows: IssueDistribution[];
  title: (issue: string) => string;
  onSelect: (issue: string) => void;
  m: Messages;
}

/** The distribution's data: per issue, how many parties hold each stance; each issue opens its positions. */
export function DistributionTable({ rows, title, onSelect, m }: Props) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.distribution.issue}</th>
          {SEGMENTS.map((s) => (
            <th scope="col" key={s}>
              {m.stance[s]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.issue}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onSelect(r.issue)}>
                {title(r.issue)}
              </button>
            </th>
            {SEGMENTS.map((s) => (
              <td key={s}>{r.counts[s]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
