import { useId, useMemo, useRef } from 'react';
import { matrixRows, sortMatrixRows } from '../../lib/matrix';
import { pairKey } from '../../lib/overlap';
import { matrixSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';
import { Legend } from '../ui/Legend';
import { CellHints } from '../ui/cellText';
import { VerdictCell } from '../ui/VerdictCell';
import { useGridLayout } from '../ui/useGridLayout';
import { useRovingGrid } from '../ui/useRovingGrid';

/**
 * Issues as rows, party pairs as columns, each cell the pair's verdict; rows in the dataset's order or most conflicted
 * first. Where the pairs do not fit, each issue becomes a card (see CompareGrid), and the order is chosen above it.
 */
export function MatrixView() {
  const { parties, issues, current, asOf, staleness, pairs } = useGrid();
  const sort = useDashboard((s) => s.url.sort);
  const setSort = useDashboard((s) => s.setSort);
  const { m, fmt, hy, lang } = useI18n();
  const id = useId();
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

  const gridKey = `${lang} ${asOf} ${issues.map((i) => i.id).join()} ${parties.map((p) => p.id).join()}`;
  const { ref, scrollerRef, layout } = useGridLayout<HTMLDivElement>(pairs.length, true, gridKey);
  const cards = layout === 'cards';
  const tableRef = useRef<HTMLTableElement>(null);
  useRovingGrid(tableRef, `${layout} ${sort} ${gridKey}`);
  const byConflicts = sort === 'conflicts';

  // The same box in both returns, so its width is followed from when it first appears.
  if (issues.length === 0 || pairs.length === 0)
    return (
      <div className="matrix" ref={ref}>
        <p className="empty">{m.matrix.empty(pairs.length === 0)}</p>
      </div>
    );

  return (
    <div className="matrix" ref={ref}>
      <h2 className="chart-title" id={`${id}-title`}>
        {m.matrix.title}
      </h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {matrixSentence(rows, pairs.length, asOf, m.summary, fmt)}
      </p>
      {cards && (
        <div className="matrix-order" role="group" aria-labelledby={`${id}-order`}>
          <span id={`${id}-order`}>{m.matrix.order}:</span>
          {(['issue', 'conflicts'] as const).map((order) => (
            <button key={order} type="button" aria-pressed={sort === order} onClick={() => setSort(order)}>
              {order === 'issue' ? m.matrix.datasetOrder : m.matrix.mostConflicts}
            </button>
          ))}
        </div>
      )}
      <div
        ref={scrollerRef}
        className={cards ? 'grid-cards' : 'scroll-x'}
        {...(cards ? {} : { role: 'region', 'aria-label': m.matrix.region, tabIndex: 0 })}
      >
        {/* Named by the title and described by the summary, as ChartFrame does for the charts; the caption stays as
            the table's first line, with the date and the row order. */}
        <table
          className={`grid matrix-table${cards ? ' is-cards' : ''}`}
          role="grid"
          ref={tableRef}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-summary`}
        >
          <caption className="visually-hidden">{m.matrix.caption(fmt.date(asOf), byConflicts)}</caption>
          <thead>
            <tr>
              {/* Dataset order is not sorted by title: no arrow and no aria-sort on this column, ever. Its button (in
                  the table layout; the cards have the order buttons above) goes back to that order. */}
              <th scope="col" className="issue-col">
                {cards || !byConflicts ? (
                  m.matrix.issue
                ) : (
                  <button type="button" className="sort" onClick={() => setSort('issue')}>
                    {m.matrix.issue}
                    <span className="visually-hidden"> ({m.matrix.datasetOrder})</span>
                  </button>
                )}
              </th>
              {pairs.map(([a, b]) => (
                <th scope="col" key={pairKey(a, b)} className="pair-col">
                  {name(a)} – {name(b)}
                </th>
              ))}
              <th scope="col" className="count-col" aria-sort={byConflicts ? 'descending' : undefined}>
                {cards ? (
                  m.matrix.conflicts
                ) : (
                  <button type="button" className="sort" onClick={() => setSort(byConflicts ? 'issue' : 'conflicts')}>
                    {m.matrix.conflicts}
                    <span aria-hidden="true" className="sort-mark">
                      {byConflicts ? '▼' : '↕'}
                    </span>
                  </button>
                )}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.issue}>
                <th scope="row" className="issue-col">
                  <span className="issue-title">{hy(title(row.issue))}</span>
                </th>
                {row.cells.map((c) => (
                  <td key={pairKey(c.a, c.b)}>
                    <span className="cell-label" aria-hidden="true">
                      {name(c.a)} – {name(c.b)}
                    </span>
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
                  <span className="cell-label" aria-hidden="true">
                    {m.matrix.conflicts}
                  </span>
                  <span className="count-value">{row.conflicts}</span>
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
