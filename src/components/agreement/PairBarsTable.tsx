import type { Messages } from '../../i18n/en';
import type { Agreement } from '../../lib/overlap';

export interface PairBarRow {
  key: string;
  label: string;
  /** The index as the chart words it ("42%", "No basis"). */
  indexLabel: string;
  ag: Agreement;
}

/** The pair bars' data: each pair's index and the verdict counts it rests on. */
export function PairBarsTable({ rows, m }: { rows: PairBarRow[]; m: Messages }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.agreement.pair}</th>
          <th scope="col">{m.agreement.index}</th>
          <th scope="col">{m.agreement.overlap}</th>
          <th scope="col">{m.verdict.concession}</th>
          <th scope="col">{m.agreement.partial}</th>
          <th scope="col">{m.agreement.conflict}</th>
          <th scope="col">{m.agreement.compared}</th>
          <th scope="col">{m.agreement.excluded}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.indexLabel}</td>
            <td>{r.ag.overlap}</td>
            <td>{r.ag.concession}</td>
            <td>{r.ag.partial}</td>
            <td>{r.ag.conflict}</td>
            <td>{r.ag.comparable}</td>
            <td>{r.ag.notComparable}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
