import { pairKey } from '../../lib/overlap';
import type { Messages } from '../../i18n/en';
import type { CategoryAgreement } from '../../lib/agreementByCategory';
import type { IndexBase } from '../../lib/labels';

interface Props {
  categories: CategoryAgreement[];
  pairs: { key: string; label: string }[];
  categoryName: (id: string) => string;
  /** An index as the chart words it ("42%", "no basis"). */
  pct: (ag: IndexBase) => string;
  m: Messages;
}

/** The category chart's data: each pair's index per category, with how many issues it compares. */
export function CategoryChartTable({ categories, pairs, categoryName, pct, m }: Props) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.agreement.category}</th>
          <th scope="col">{m.agreement.issues}</th>
          {pairs.map((p) => (
            <th scope="col" key={p.key}>
              {p.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {categories.map((c) => (
          <tr key={c.category}>
            <th scope="row">{categoryName(c.category)}</th>
            <td>{c.issues.length}</td>
            {c.pairs.map((p) => (
              <td key={pairKey(p.a, p.b)}>
                {pct(p)} <span className="muted">{m.agreement.comparedCount(p.comparable)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
