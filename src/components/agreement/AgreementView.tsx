import { useMemo } from 'react';
import { agreementByCategory } from '../../lib/agreementByCategory';
import { agreement } from '../../lib/overlap';
import { agreementRankingSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { useData } from '../../state/data';
import { useI18n, type I18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';
import { Legend } from '../ui/Legend';
import { useChartEnv } from '../useChartEnv';
import { CategoryChart } from './CategoryChart';
import { PairBars } from './PairBars';
import { categoryTitle } from '../../lib/labels';

/** The agreement index of each pair, overall and per category. */
export function AgreementView() {
  const { parties, issues, current, asOf, pairs } = useGrid();
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const env = useChartEnv();
  const select = useDashboard((s) => s.select);
  const issueIds = useMemo(() => issues.map((i) => i.id), [issues]);
  const overall = useMemo(() => pairs.map(([a, b]) => agreement(current, issueIds, a, b)), [pairs, current, issueIds]);
  const byCategory = useMemo(() => agreementByCategory(current, issues, pairs), [current, issues, pairs]);
  const name = (id: string) => parties.find((p) => p.id === id)?.shortName ?? id;
  const { dataset } = useData();
  const categoryName = (id: string) => categoryTitle(dataset.categories, m, id);

  if (pairs.length === 0 || issues.length === 0) return <p className="empty">{m.agreement.empty}</p>;

  return (
    <div className="agreement">
      <PairBars
        agreements={overall}
        name={name}
        summary={agreementRankingSentence(overall, name, asOf, m.summary, fmt)}
        env={env}
        onSelect={({ a, b }) => select({ kind: 'pair-all', a, b })}
      />
      <CategoryChart
        categories={byCategory}
        name={name}
        categoryName={categoryName}
        summary={`${m.summary.categoryIntro(fmt.date(asOf))} ${categoryExtremes(byCategory, name, categoryName, i18n)}`}
        env={env}
        onSelect={(a, b, category) => select({ kind: 'pair-all', a, b, category })}
      />
      <Legend stances={false} />
    </div>
  );
}

function categoryExtremes(
  rows: ReturnType<typeof agreementByCategory>,
  name: (id: string) => string,
  categoryName: (id: string) => string,
  { m, fmt }: I18n,
): string {
  const scored = rows.flatMap((r) => r.pairs.filter((p) => p.index !== null).map((p) => ({ category: r.category, p })));
  if (scored.length === 0) return m.summary.categoryNone;
  const max = scored.reduce((best, x) => ((x.p.index ?? 0) > (best.p.index ?? 0) ? x : best));
  return m.summary.categoryHighest(
    m.summary.pairName(name(max.p.a), name(max.p.b)),
    categoryName(max.category).toLocaleLowerCase(fmt.locale),
    fmt.percent(max.p.index ?? 0),
    max.p.comparable,
  );
}
