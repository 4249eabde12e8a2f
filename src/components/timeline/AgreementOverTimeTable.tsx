import type { Messages } from '../../i18n/en';
import type { Formatter } from '../../lib/format';
import { pairKey } from '../../lib/overlap';
import type { AgreementRow } from '../../lib/timeline';

interface Props {
  rows: AgreementRow[];
  pairs: { a: string; b: string; label: string }[];
  /** A plotted value (0–100) as the chart words it ("42%", "no basis"). */
  pct: (value: number | null | undefined) => string;
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
              <td key={p.label}>{pct(r.values[pairKey(p.a, p.b)])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
