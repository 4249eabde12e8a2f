import { useMemo } from 'react';
import { agreementByCategory } from '../../lib/agreementByCategory';
import { CATEGORY_LABEL } from '../../lib/labels';
import { agreement, partyPairs } from '../../lib/overlap';
import { agreementRankingSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { Legend } from '../ui/Legend';
import { CategoryChart } from './CategoryChart';
import { PairBars } from './PairBars';

const pct = (index: number | null) => (index === null ? 'no basis' : `${Math.round(index * 100)}%`);

/** The agreement index of each pair, overall and per category. */
export function AgreementView() {
  const { parties, issues, current, asOf } = useGrid();
  const pairs = useMemo(() => partyPairs(parties.map((p) => p.id)), [parties]);
  const issueIds = useMemo(() => issues.map((i) => i.id), [issues]);
  const overall = useMemo(() => pairs.map(([a, b]) => agreement(current, issueIds, a, b)), [pairs, current, issueIds]);
  const byCategory = useMemo(() => agreementByCategory(current, issues, parties.map((p) => p.id)), [current, issues, parties]);
  const name = (id: string) => parties.find((p) => p.id === id)?.shortName ?? id;

  if (pairs.length === 0 || issues.length === 0)
    return <p className="empty">Agreement needs two parties and at least one issue: clear the party, issue or category filter.</p>;

  return (
    <div className="agreement">
      <PairBars agreements={overall} name={name} summary={agreementRankingSentence(overall, name, asOf)} />
      <CategoryChart
        categories={byCategory}
        name={name}
        summary={`Agreement index of each pair within each category of issues, as of the same date. ${categoryExtremes(byCategory, name)}`}
      />
      <Legend stances={false} />
    </div>
  );
}

function categoryExtremes(rows: ReturnType<typeof agreementByCategory>, name: (id: string) => string): string {
  const scored = rows.flatMap((r) => r.pairs.filter((p) => p.index !== null).map((p) => ({ category: r.category, p })));
  if (scored.length === 0) return 'No pair shares a stated issue in any category.';
  const max = scored.reduce((m, x) => ((x.p.index ?? 0) > (m.p.index ?? 0) ? x : m));
  return `Highest: ${name(max.p.a)} and ${name(max.p.b)} on ${CATEGORY_LABEL(max.category).toLowerCase()}, ${pct(max.p.index)} over ${max.p.comparable} ${max.p.comparable === 1 ? 'issue' : 'issues'}.`;
}

export default AgreementView;
