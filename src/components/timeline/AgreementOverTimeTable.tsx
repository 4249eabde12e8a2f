import type { Messages } from '../../i18n/en';
import type { Formatter } from '../../lib/format';
import { pairKey } from '../../lib/overlap';
import type { AgreementRow } from '../../lib/timeline';

interface Props {
  rows: AgreementRow[];
  pairs: { a: string; b: string; label: string }[];
  /** A pair's figure at one date as the chart words it, with its base ("42% (5 compared)", "too few to compare…"). */
  pct: (row: AgreementRow, key: string) => string;
  m: Messages;
  fmt: Formatter;
}

/** Agreement over time as data: each pair's index at every date where a position changes. */
export function AgreementOverTimeTable({ rows, pairs, pct, m, fmt }: Props) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.timeline.date}</th>
          {pairs.map((p) => (
            <th scope="col" key={p.label}>
              {p.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.date}>
            <th scope="row">{fmt.date(r.date)}</th>
            {pairs.map((p) => (
              <td key={p.label}>{pct(r, pairKey(p.a, p.b))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
