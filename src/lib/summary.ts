import type { Stance } from '../data/schema';
import { en, type Messages } from '../i18n/en';
import type { IssueDistribution } from './distribution';
import { formatterFor, type Formatter } from './format';
import type { MatrixRow } from './matrix';
import { MIN_COMPARABLE, type Agreement } from './overlap';
import type { StanceStep } from './timeline';

/**
 * Generated one-sentence readings of each chart. The facts are computed here; the wording comes
 * from the language's catalog (`s`), with dates, percentages and lists formatted by `fmt`.
 * English is the default so the engine reads naturally in tests and scripts.
 */
type Text = Messages['summary'];
const EN = en.summary;
const EN_FMT = formatterFor('en');

/** One sentence per party pair, e.g. "As of 14 June 2024, Ukraine and Russia partly agree on 1 and conflict on 6 of the 7 issues both addressed." */
export function agreementSentence(
  ag: Agreement,
  nameA: string,
  nameB: string,
  asOf: string,
  s: Text = EN,
  fmt: Formatter = EN_FMT,
): string {
  const when = s.asOf(fmt.date(asOf));
  if (ag.comparable === 0) return s.noneTogether(when, nameA, nameB);
  if (ag.comparable === 1) {
    // A concession is never "agreement": the sentence names who gave way.
    if (ag.concession === 1)
      return ag.concededBy.a === 1 ? s.oneConcession(when, nameA, nameB) : s.oneConcession(when, nameB, nameA);
    return s.oneIssue(when, nameA, nameB, ag.overlap === 1 ? 'overlap' : ag.partial === 1 ? 'partial' : 'conflict');
  }
  return s.counts(when, nameA, nameB, ag, fmt.list);
}

/** Which pair agrees most and which least (every pair, when several tie), or the single pair's sentence. */
export function agreementRankingSentence(
  agreements: readonly Agreement[],
  name: (id: string) => string,
  asOf: string,
  s: Text = EN,
  fmt: Formatter = EN_FMT,
): string {
  const scored = agreements.filter((a): a is Agreement & { index: number } => a.index !== null);
  const when = s.asOf(fmt.date(asOf));
  if (scored.length === 0)
    return agreements.some((a) => a.tooFew) ? s.tooFewPairs(when, MIN_COMPARABLE) : s.noPairs(when);
  const [only] = scored;
  if (scored.length === 1 && only) return agreementSentence(only, name(only.a), name(only.b), asOf, s, fmt);
  const max = Math.max(...scored.map((a) => a.index));
  const min = Math.min(...scored.map((a) => a.index));
  if (max === min) return s.allSame(when, fmt.percent(max), scored.length === agreements.length);
  const describe = (group: (typeof scored)[number][], most: boolean) => {
    const [first] = group;
    const pairs = group.map((a) => s.pairName(name(a.a), name(a.b)));
    if (group.length === 1 && first)
      return s.rankedOne(pairs[0] ?? '', most, fmt.percent(first.index), first.comparable);
    const bases = group.map((a) => a.comparable);
    return s.rankedTie(pairs.join(', '), most, fmt.percent(first?.index ?? 0), Math.min(...bases), Math.max(...bases));
  };
  return s.ranking(
    when,
    describe(
      scored.filter((a) => a.index === max),
      true,
    ),
    describe(
      scored.filter((a) => a.index === min),
      false,
    ),
  );
}

/** How widely the pairs conflict across issues, e.g. "… at least one pair conflicts on 9 of the 17 issues …". */
export function matrixSentence(
  rows: readonly MatrixRow[],
  pairCount: number,
  asOf: string,
  s: Text = EN,
  fmt: Formatter = EN_FMT,
): string {
  const conflicted = rows.filter((r) => r.conflicts > 0).length;
  const allOverlap = rows.filter((r) => r.overlaps === pairCount && pairCount > 0).length;
  return s.matrix(s.asOf(fmt.date(asOf)), pairCount, conflicted, rows.length, allOverlap);
}

/** Each party's path on one issue, e.g. "Ukraine went from support (6 Apr 2021) to opposition (15 Mar 2022)". */
export function timelineSentence(
  steps: ReadonlyMap<string, readonly StanceStep[]>,
  name: (id: string) => string,
  issueTitle: string,
  asOf: string,
  s: Text = EN,
  fmt: Formatter = EN_FMT,
): string {
  const parts = [...steps].map(([party, list]) => {
    const changes: { stance: Stance; date: string }[] = [];
    for (const step of list)
      if (step.stance !== null && step.stance !== changes.at(-1)?.stance)
        changes.push({ stance: step.stance, date: step.date });
    const [first] = changes;
    if (!first) return s.silentParty(name(party));
    if (changes.length === 1) return s.throughout(name(party), s.stanceVerb[first.stance], fmt.shortDate(first.date));
    return s.path(
      name(party),
      changes.map((c) => ({ noun: s.stanceNoun[c.stance], date: fmt.shortDate(c.date) })),
    );
  });
  return s.timeline(s.asOf(fmt.date(asOf)), issueTitle, parts);
}

/** How many issues split the parties (some support, some oppose) and how many unite those who spoke. */
export function distributionSentence(
  rows: readonly IssueDistribution[],
  asOf: string,
  s: Text = EN,
  fmt: Formatter = EN_FMT,
): string {
  const split = rows.filter((r) => r.counts.supports > 0 && r.counts.opposes > 0).length;
  const united = rows.filter((r) => {
    const stated = (['supports', 'conditional', 'opposes'] as const).filter((st) => r.counts[st] > 0);
    return stated.length === 1 && r.counts.supports + r.counts.conditional + r.counts.opposes >= 2;
  }).length;
  return s.distribution(s.asOf(fmt.date(asOf)), split, rows.length, united);
}
