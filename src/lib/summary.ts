import type { Stance } from '../data/schema';
import type { IssueDistribution } from './distribution';
import { formatDate, formatShortDate, plural } from './format';
import type { MatrixRow } from './matrix';
import type { Agreement } from './overlap';
import type { StanceStep } from './timeline';

const asOfClause = (asOf: string) => `As of ${formatDate(asOf)}`;

const listInWords = (parts: readonly string[]) =>
  parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');

/** One generated sentence per party pair, e.g. "As of 14 June 2024, Ukraine and Russia partly agree on 1 and conflict on 6 of the 7 issues both addressed." */
export function agreementSentence(ag: Agreement, nameA: string, nameB: string, asOf: string): string {
  const when = asOfClause(asOf);
  if (ag.comparable === 0) return `${when}, ${nameA} and ${nameB} have not both stated a position on any of these issues.`;
  if (ag.comparable === 1) {
    const verb = ag.overlap === 1 ? 'agree' : ag.partial === 1 ? 'partly agree' : 'conflict';
    return `${when}, ${nameA} and ${nameB} ${verb} on the one issue both addressed.`;
  }
  const of = `of the ${plural(ag.comparable, 'issue')} both addressed`;
  const parts: string[] = [];
  if (ag.overlap > 0) parts.push(`agree on ${ag.overlap}`);
  if (ag.partial > 0) parts.push(`partly agree on ${ag.partial}`);
  if (ag.conflict > 0) parts.push(`conflict on ${ag.conflict}`);
  return `${when}, ${nameA} and ${nameB} ${listInWords(parts)} ${of}.`;
}

const percent = (index: number) => `${Math.round(index * 100)}%`;

/** Which pair agrees most and which least (every pair, when several tie), or the single pair's sentence. */
export function agreementRankingSentence(agreements: readonly Agreement[], name: (id: string) => string, asOf: string): string {
  const scored = agreements.filter((a): a is Agreement & { index: number } => a.index !== null);
  if (scored.length === 0) return `${asOfClause(asOf)}, no two parties have stated positions on a common issue.`;
  const [only] = scored;
  if (scored.length === 1 && only) return agreementSentence(only, name(only.a), name(only.b), asOf);
  const max = Math.max(...scored.map((a) => a.index));
  const min = Math.min(...scored.map((a) => a.index));
  if (max === min) return `${asOfClause(asOf)}, every pair of parties scores the same agreement index, ${percent(max)}.`;
  const describe = (group: (typeof scored)[number][], what: string) => {
    const [first] = group;
    const pairs = group.map((a) => `${name(a.a)} and ${name(a.b)}`);
    if (group.length === 1 && first)
      return `${pairs[0] ?? ''} ${what} (${percent(first.index)} over ${plural(first.comparable, 'issue')} both addressed)`;
    return `${pairs.join(', ')} ${what} (${percent(first?.index ?? 0)} each)`;
  };
  return `${asOfClause(asOf)}, ${describe(scored.filter((a) => a.index === max), 'agree most')}; ${describe(scored.filter((a) => a.index === min), 'least')}.`;
}

/** How widely the pairs conflict across issues, e.g. "… at least one pair conflicts on 9 of the 17 issues …". */
export function matrixSentence(rows: readonly MatrixRow[], pairCount: number, asOf: string): string {
  const conflicted = rows.filter((r) => r.conflicts > 0).length;
  const allOverlap = rows.filter((r) => r.overlaps === pairCount && pairCount > 0).length;
  const issues = `of the ${plural(rows.length, 'issue')} shown`;
  const head =
    pairCount === 1
      ? `${asOfClause(asOf)}, the two parties conflict on ${conflicted} ${issues}`
      : `${asOfClause(asOf)}, at least one pair of parties conflicts on ${conflicted} ${issues}`;
  const tail =
    pairCount === 1
      ? `and overlap on ${allOverlap}`
      : allOverlap === 0
        ? 'and on none do all pairs overlap'
        : `and every pair overlaps on ${allOverlap}`;
  return `${head}, ${tail}.`;
}

const STANCE_NOUN: Record<Stance, string> = { supports: 'support', conditional: 'conditional support', opposes: 'opposition' };
const STANCE_VERB: Record<Stance, string> = { supports: 'supports', conditional: 'supports with conditions', opposes: 'opposes' };

/** Each party's path on one issue, e.g. "Ukraine went from support (6 Apr 2021) to opposition (15 Mar 2022)". */
export function timelineSentence(
  steps: ReadonlyMap<string, readonly StanceStep[]>,
  name: (id: string) => string,
  issueTitle: string,
  asOf: string,
): string {
  const parts = [...steps].map(([party, list]) => {
    const changes: { stance: Stance; date: string }[] = [];
    for (const s of list) if (s.stance !== null && s.stance !== changes.at(-1)?.stance) changes.push({ stance: s.stance, date: s.date });
    const [first] = changes;
    if (!first) return `${name(party)} has no stated position`;
    if (changes.length === 1) return `${name(party)} ${STANCE_VERB[first.stance]} throughout (first stated ${formatShortDate(first.date)})`;
    const path = changes.map((c, i) => `${i === 0 ? 'from' : 'to'} ${STANCE_NOUN[c.stance]} (${formatShortDate(c.date)})`);
    return `${name(party)} went ${path.join(' ')}`;
  });
  return `${asOfClause(asOf)}, on ${issueTitle}: ${parts.join('; ')}.`;
}

/** How many issues split the parties (some support, some oppose) and how many unite those who spoke. */
export function distributionSentence(rows: readonly IssueDistribution[], asOf: string): string {
  const split = rows.filter((r) => r.counts.supports > 0 && r.counts.opposes > 0).length;
  const united = rows.filter((r) => {
    const stated = (['supports', 'conditional', 'opposes'] as const).filter((s) => r.counts[s] > 0);
    return stated.length === 1 && r.counts.supports + r.counts.conditional + r.counts.opposes >= 2;
  }).length;
  return `${asOfClause(asOf)}, the parties are split — at least one supports and one opposes — on ${split} of the ${plural(rows.length, 'issue')} shown; on ${united}, every party that has spoken takes the same stance.`;
}
