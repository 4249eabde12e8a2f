import { useMemo } from 'react';
import { stanceDistribution } from '../../lib/distribution';
import { distributionSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { Legend } from '../ui/Legend';
import { useChartEnv } from '../useChartEnv';
import { DistributionChart } from './DistributionChart';

/** Per issue, how many parties support, conditionally support, oppose or have not spoken, as of the date. */
export function DistributionView() {
  const { parties, issues, current, asOf } = useGrid();
  const select = useDashboard((s) => s.select);
  const env = useChartEnv();
  const { m, fmt } = env;
  const rows = useMemo(
    () =>
      stanceDistribution(
        current,
        issues.map((i) => i.id),
        parties.map((p) => p.id),
      ),
    [current, issues, parties],
  );

  if (issues.length === 0 || parties.length === 0) return <p className="empty">{m.distribution.empty}</p>;

  return (
    <div className="distribution">
      <DistributionChart
        rows={rows}
        title={(id) => issues.find((i) => i.id === id)?.title ?? id}
        partyCount={parties.length}
        summary={distributionSentence(rows, asOf, m.summary, fmt)}
        env={env}
        onSelect={(issue) => select({ kind: 'issue', issue })}
      />
      {/* A stance is read against its issue's proposition, which the bars' labels (the issues' titles) do not say. */}
      <details className="propositions">
        <summary>{m.distribution.propositions(issues.length)}</summary>
        <dl>
          {issues.map((i) => (
            <div key={i.id}>
              <dt>{env.hy(i.title)}</dt>
              <dd>{env.hy(i.proposition)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <Legend verdicts={false} index={false} />
    </div>
  );
}
