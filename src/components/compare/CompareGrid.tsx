import { useMemo, useRef } from 'react';
import { stanceKey } from '../../lib/asOf';
import { agreement, compareOn, pairKey } from '../../lib/overlap';
import { agreementSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { useData } from '../../state/data';
import { useI18n } from '../../state/i18n';
import { PartyDot } from '../ui/Badges';
import { Legend } from '../ui/Legend';
import { StanceCell } from '../ui/StanceCell';
import { CellHints } from '../ui/cellText';
import { VerdictCell } from '../ui/VerdictCell';
import { useGridLayout } from '../ui/useGridLayout';
import { useRovingGrid } from '../ui/useRovingGrid';
import { indexText } from '../../lib/labels';

/**
 * Issues as rows, each party's current stance, then the verdict for every pair of parties. Where the columns do not
 * fit (phones, article columns, five parties at any width) each issue becomes a card with every cell labelled: the same
 * table, restyled, so a screen reader and the arrow keys meet one grid whatever the width.
 */
export function CompareGrid() {
  const { parties, issues, current, asOf, staleness, pairs } = useGrid();
  const { colors } = useData();
  const { m, fmt, hy, lang } = useI18n();
  const select = useDashboard((s) => s.select);
  const name = (id: string) => parties.find((p) => p.id === id)?.shortName ?? id;
  const issueIds = useMemo(() => issues.map((i) => i.id), [issues]);
  const agreements = useMemo(
    () => pairs.map(([a, b]) => agreement(current, issueIds, a, b)),
    [pairs, current, issueIds],
  );

  const gridKey = `${lang} ${asOf} ${issueIds.join()} ${parties.map((p) => p.id).join()}`;
  const { ref, scrollerRef, layout } = useGridLayout<HTMLDivElement>(parties.length + pairs.length, false, gridKey);
  const cards = layout === 'cards';
  const tableRef = useRef<HTMLTableElement>(null);
  useRovingGrid(tableRef, `${layout} ${gridKey}`);

  // The same box in both returns, so its width is followed from when it first appears.
  if (issues.length === 0 || parties.length === 0)
    return (
      <div className="compare" ref={ref}>
        <p className="empty">{m.compare.empty}</p>
      </div>
    );

  return (
    <div className="compare" ref={ref}>
      {pairs.length > 0 && (
        <ul className="pair-summaries" aria-label={m.compare.pairsLabel}>
          {agreements.map((ag) => (
            <li key={pairKey(ag.a, ag.b)} className="pair-summary">
              <span className="pair-name">
                {name(ag.a)} – {name(ag.b)}
              </span>
              <span className="pair-index">{indexText(m, fmt.percent, ag, { none: m.compare.notApplicable })}</span>
              <span className="pair-sentence">
                {agreementSentence(ag, name(ag.a), name(ag.b), asOf, m.summary, fmt)}
              </span>
              <span className="pair-counts">{m.compare.counts(ag.comparable, ag.notComparable)}</span>
            </li>
          ))}
        </ul>
      )}
      <div
        ref={scrollerRef}
        className={cards ? 'grid-cards' : 'scroll-x'}
        {...(cards ? {} : { role: 'region', 'aria-label': m.compare.region, tabIndex: 0 })}
      >
        <table className={`grid${cards ? ' is-cards' : ''}`} role="grid" ref={tableRef}>
          <caption className="visually-hidden">{m.compare.caption(fmt.date(asOf))}</caption>
          <thead>
            <tr>
              <th scope="col" className="issue-col">
                {m.compare.issue}
              </th>
              {parties.map((p) => (
                <th scope="col" key={p.id}>
                  <PartyDot color={colors.get(p.id) ?? ''} /> {p.shortName}
                </th>
              ))}
              {pairs.map(([a, b]) => (
                <th scope="col" key={pairKey(a, b)} className="pair-col">
                  {name(a)} – {name(b)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id}>
                <th scope="row" className="issue-col">
                  <span className="issue-title">{hy(issue.title)}</span>
                  <span className="issue-prop">{hy(issue.proposition)}</span>
                </th>
                {parties.map((p) => {
                  const pos = current.get(stanceKey(p.id, issue.id));
                  return (
                    <td key={p.id}>
                      <span className="cell-label" aria-hidden="true">
                        <PartyDot color={colors.get(p.id) ?? ''} /> {p.shortName}
                      </span>
                      <StanceCell
                        position={pos}
                        party={p.shortName}
                        issueTitle={issue.title}
                        asOf={asOf}
                        staleAfterDays={staleness.days}
                        onOpen={() => select({ kind: 'stance', issue: issue.id, party: p.id })}
                      />
                    </td>
                  );
                })}
                {pairs.map(([a, b], i) => (
                  <td key={pairKey(a, b)} className={i === 0 ? 'pair-start' : undefined}>
                    <span className="cell-label" aria-hidden="true">
                      {name(a)} – {name(b)}
                    </span>
                    <VerdictCell
                      comparison={compareOn(current, issue.id, a, b)}
                      nameA={name(a)}
                      nameB={name(b)}
                      issueTitle={issue.title}
                      asOf={asOf}
                      staleAfterDays={staleness.days}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <CellHints />
      </div>
      <Legend />
    </div>
  );
}
