import { useId, useMemo } from 'react';
import { matrixRows, sortMatrixRows } from '../../lib/matrix';
import { pairKey, partyPairs } from '../../lib/overlap';
import { matrixSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';
import { Legend } from '../ui/Legend';
import { CellHints } from '../ui/cellText';
import { VerdictCell } from '../ui/VerdictCell';

/** Issues as rows, party pairs as columns, each cell the pair's verdict; rows sortable by conflicts. */
export function MatrixView() {
  const { parties, issues, current, asOf, staleness } = useGrid();
  const sort = useDashboard((s) => s.url.sort);
  const setSort = useDashboard((s) => s.setSort);
  const { m, fmt } = useI18n();
  const id = useId();
  const pairs = useMemo(() => partyPairs(parties.map((p) => p.id)), [parties]);
  const rows = useMemo(
    () =>
      sortMatrixRows(
        matrixRows(
          current,
          issues.map((i) => i.id),
          pairs,
        ),
        sort,
      ),
    [current, issues, pairs, sort],
  );
  const name = (id: string) => parties.find((p) => p.id === id)?.shortName ?? id;
  const title = (id: string) => issues.find((i) => i.id === id)?.title ?? id;

  if (issues.length === 0 || pairs.length === 0) return <p className="empty">{m.matrix.empty(pairs.length === 0)}</p>;

  return (
    <div className="matrix">
      <h2 className="chart-title" id={`${id}-title`}>
        {m.matrix.title}
      </h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {matrixSentence(rows, pairs.length, asOf, m.summary, fmt)}
      </p>
      <div className="scroll-x" role="region" aria-label={m.matrix.region} tabIndex={0}>
        {/* Named by the title and described by the summary, as ChartFrame does for the charts; the caption stays as
            the table's first line, with the date and the row order. */}
        <table className="grid matrix-table" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
          <caption className="visually-hidden">{m.matrix.caption(fmt.date(asOf), sort === 'conflicts')}</caption>
          <thead>
            <tr>
              <th scope="col" className="issue-col" aria-sort={sort === 'issue' ? 'ascending' : undefined}>
                <button type="button" className="sort" onClick={() => setSort('issue')}>
                  {m.matrix.issue}
                  <span aria-hidden="true" className="sort-mark">
                    {sort === 'issue' ? '▲' : '↕'}
                  </span>
                </button>
              </th>
              {pairs.map(([a, b]) => (
                <th scope="col" key={pairKey(a, b)} className="pair-col">
                  {name(a)} – {name(b)}
                </th>
              ))}
              <th scope="col" className="count-col" aria-sort={sort === 'conflicts' ? 'descending' : undefined}>
                <button type="button" className="sort" onClick={() => setSort('conflicts')}>
                  {m.matrix.conflicts}
                  <span aria-hidden="true" className="sort-mark">
                    {sort === 'conflicts' ? '▼' : '↕'}
                  </span>
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.issue}>
                <th scope="row" className="issue-col">
                  <span className="issue-title">{title(row.issue)}</span>
                </th>
                {row.cells.map((c) => (
                  <td key={pairKey(c.a, c.b)}>
                    <VerdictCell
                      comparison={c}
                      nameA={name(c.a)}
                      nameB={name(c.b)}
                      issueTitle={title(row.issue)}
                      asOf={asOf}
                      staleAfterDays={staleness.days}
                    />
                  </td>
                ))}
                <td className="count-col">
                  {row.conflicts}
                  <span className="visually-hidden">{m.matrix.conflictsOf(pairs.length)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CellHints />
      </div>
      <Legend stances={false} index={false} />
    </div>
  );
}
