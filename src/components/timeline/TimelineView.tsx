import { useMemo } from 'react';
import type { Position } from '../../data/schema';
import { latestDate, earliestDate } from '../../lib/datasetIndex';
import { dayNumber } from '../../core/dates';
import { agreementSeries, mostDiscussedIssue, stanceSeries, stanceSteps } from '../../lib/timeline';
import { timelineSentence } from '../../lib/summary';
import { useData } from '../../state/data';
import { useGrid } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { usePositionMarks, useStaleAge } from '../ui/cellText';
import { useChartEnv } from '../useChartEnv';
import { AgreementOverTime } from './AgreementOverTime';
import { StanceSteps } from './StanceSteps';

/** One issue's stances over time, and every pair's agreement over time, up to the as-of date. */
export function TimelineView() {
  const index = useData();
  const { parties, issues, evidence, asOf, staleness, pairs } = useGrid();
  const window = staleness.fresh ? staleness.days : null;
  const chosen = useDashboard((s) => s.url.issues);
  const setFilter = useDashboard((s) => s.setFilter);
  const select = useDashboard((s) => s.select);
  const env = useChartEnv();
  const { m, fmt } = env;
  const marks = usePositionMarks();
  const staleAge = useStaleAge();
  const partyIds = useMemo(() => parties.map((p) => p.id), [parties]);
  const issueIds = useMemo(() => issues.map((i) => i.id), [issues]);
  const issueId = chosen[0] ?? mostDiscussedIssue(evidence, issueIds);
  const issue = issueId === null ? undefined : index.issues.get(issueId);
  const { dataset } = index;
  const domain = useMemo<[number, number]>(
    () => [
      dayNumber(earliestDate(dataset.positions) ?? dataset.meta.updated),
      dayNumber(latestDate(dataset.positions) ?? dataset.meta.updated),
    ],
    [dataset],
  );
  const series = useMemo(
    () => (issueId === null ? new Map() : stanceSeries(evidence, issueId, partyIds, asOf, window)),
    [evidence, issueId, partyIds, asOf, window],
  );
  const sentence = useMemo(() => {
    if (issue === undefined) return '';
    const steps = stanceSteps(
      evidence.filter((p) => p.date <= asOf),
      issue.id,
      partyIds,
      window,
      asOf,
    );
    return timelineSentence(steps, (id) => index.parties.get(id)?.shortName ?? id, issue.title, asOf, m.summary, fmt);
  }, [evidence, issue, partyIds, asOf, window, index, m, fmt]);
  const agreementRows = useMemo(
    () => agreementSeries(evidence, issueIds, pairs, asOf, window),
    [evidence, issueIds, pairs, asOf, window],
  );

  if (parties.length === 0 || issue === undefined) return <p className="empty">{m.timeline.empty}</p>;

  const name = (id: string) => index.parties.get(id)?.shortName ?? id;
  // Only a party's standing statement can be stale; older ones are history.
  const describe = (p: Position, standing: boolean) => {
    const age = standing ? staleAge(p, asOf, staleness.days) : null;
    const how = [...marks(p), ...(age === null ? [] : [age])];
    return how.length === 0 ? m.stance[p.stance] : `${m.stance[p.stance]} (${how.join(', ')})`;
  };
  return (
    <div className="timeline">
      <label className="issue-picker">
        <span>{m.timeline.issue}</span>
        <select value={issue.id} onChange={(e) => setFilter('issues', [e.target.value])}>
          {dataset.issues.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title}
            </option>
          ))}
        </select>
      </label>
      {chosen.length > 1 && <p className="muted">{m.timeline.firstOfMany(chosen.length)}</p>}
      <p className="proposition">{m.timeline.proposition(issue.proposition)}</p>
      <StanceSteps
        issue={issue}
        parties={parties.map((p) => ({ id: p.id, name: p.shortName, color: index.colors.get(p.id) ?? '#4d4d4d' }))}
        series={series}
        domain={domain}
        asOf={asOf}
        summary={sentence}
        describe={describe}
        actors={index.actors}
        env={env}
        onSelect={(id) => select({ kind: 'position', id })}
      />
      {pairs.length > 0 && (
        <AgreementOverTime
          rows={agreementRows}
          pairs={pairs.map(([a, b]) => ({ a, b, label: `${name(a)}–${name(b)}` }))}
          domain={domain}
          asOf={asOf}
          issueCount={issues.length}
          env={env}
        />
      )}
    </div>
  );
}
