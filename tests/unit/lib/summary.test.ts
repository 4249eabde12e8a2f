import { uk } from '../../../src/i18n/uk';
import { ru } from '../../../src/i18n/ru';
import { en } from '../../../src/i18n/en';
import { describe, expect, it } from 'vitest';
import type { Stance } from '../../../src/data/schema';
import type { IssueDistribution } from '../../../src/lib/distribution';
import type { MatrixRow } from '../../../src/lib/matrix';
import { MIN_COMPARABLE, type Agreement } from '../../../src/lib/overlap';
import {
  agreementRankingSentence,
  agreementSentence,
  distributionSentence,
  matrixSentence,
  timelineSentence,
} from '../../../src/lib/summary';
import type { StanceStep } from '../../../src/lib/timeline';

const AS_OF = '2024-06-14';
const NAMES: Record<string, string> = { ua: 'Ukraine', ru: 'Russia', nato: 'NATO', eu: 'EU' };
const name = (id: string) => NAMES[id] ?? id;

/** An agreement with the counts given and the index stated explicitly (worked out by hand in each test). */
function ag(
  a: string,
  b: string,
  index: number | null,
  overlap: number,
  partial: number,
  conflict: number,
  notComparable = 0,
  concededBy = { a: 0, b: 0 },
): Agreement {
  const concession = Math.max(concededBy.a, concededBy.b);
  const comparable = overlap + concession + partial + conflict;
  // The rule under test elsewhere (overlap.ts): below MIN_COMPARABLE issues the index is withheld.
  if (index !== null && comparable < MIN_COMPARABLE) throw new Error(`fixture: an index over ${comparable} issues`);
  return {
    a,
    b,
    index,
    overlap,
    concession,
    concededBy,
    partial,
    conflict,
    score: index,
    tooFew: comparable > 0 && comparable < MIN_COMPARABLE,
    comparable,
    notComparable,
    comparisons: [],
  };
}

describe('agreementSentence', () => {
  it('names all three verdicts with their counts', () => {
    expect(agreementSentence(ag('ua', 'nato', 4 / 12, 1, 2, 3), 'Ukraine', 'NATO', AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO agree on 1, partly agree on 2 and conflict on 3 of the 6 issues both addressed.',
    );
  });

  it('leaves out verdicts that do not occur', () => {
    expect(agreementSentence(ag('ua', 'ru', 0, 0, 0, 7, 2), 'Ukraine', 'Russia', AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and Russia conflict on 7 of the 7 issues both addressed.',
    );
    expect(agreementSentence(ag('ua', 'nato', 4 / 6, 2, 0, 1), 'Ukraine', 'NATO', AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO agree on 2 and conflict on 1 of the 3 issues both addressed.',
    );
    expect(agreementSentence(ag('ru', 'nato', null, 0, 2, 0), 'Russia', 'NATO', AS_OF)).toBe(
      'As of 14 June 2024, Russia and NATO partly agree on 2 of the 2 issues both addressed.',
    );
  });

  it('says "issue", not "issues", for one', () => {
    expect(agreementSentence(ag('ua', 'nato', null, 1, 0, 0, 5), 'Ukraine', 'NATO', AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO agree on the one issue both addressed.',
    );
  });

  it('says so when the two have no issue in common, rather than giving a score', () => {
    expect(agreementSentence(ag('ru', 'eu', null, 0, 0, 0, 4), 'Russia', 'EU', AS_OF)).toBe(
      'As of 14 June 2024, Russia and EU have not both stated a position on any of these issues.',
    );
  });

  it('writes the date in words whatever the date', () => {
    expect(agreementSentence(ag('ua', 'ru', null, 0, 0, 1), 'Ukraine', 'Russia', '2022-03-01')).toBe(
      'As of 1 March 2022, Ukraine and Russia conflict on the one issue both addressed.',
    );
  });
});

describe('agreementRankingSentence', () => {
  it('names the pair that agrees most and the pair that agrees least', () => {
    const agreements = [
      ag('ua', 'ru', 0, 0, 0, 3), // 0%
      ag('ua', 'nato', 0.75, 2, 2, 0), // 6 of 8 points: 75%
      ag('ru', 'nato', 0.5, 0, 3, 0), // 50%
    ];
    expect(agreementRankingSentence(agreements, name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO score highest (75% over 4 issues both addressed); Ukraine and Russia score lowest (0% over 3 issues both addressed).',
    );
  });

  it('rounds the index to a whole percent', () => {
    const agreements = [
      ag('ua', 'ru', 1 / 6, 0, 1, 2), // 16.7% → 17%
      ag('ua', 'nato', 2 / 3, 1, 2, 0), // 66.7% → 67%
    ];
    expect(agreementRankingSentence(agreements, name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO score highest (67% over 3 issues both addressed); Ukraine and Russia score lowest (17% over 3 issues both addressed).',
    );
  });

  it('ignores pairs without a common issue instead of ranking them last', () => {
    const agreements = [ag('ua', 'ru', 0.5, 0, 3, 0), ag('ua', 'eu', null, 0, 0, 0, 3), ag('ru', 'nato', 1, 3, 0, 0)];
    expect(agreementRankingSentence(agreements, name, AS_OF)).toBe(
      'As of 14 June 2024, Russia and NATO score highest (100% over 3 issues both addressed); Ukraine and Russia score lowest (50% over 3 issues both addressed).',
    );
  });

  it('never ranks a pair on fewer than three issues: one coincidence is not "agree most"', () => {
    const agreements = [
      ag('ua', 'ru', 0.5, 1, 1, 1), // 50% over 3
      ag('ua', 'eu', null, 1, 0, 0), // one overlap: would read 100%
      ag('ru', 'nato', 0, 0, 0, 4), // 0% over 4
      ag('ru', 'eu', null, 0, 0, 2), // two conflicts: would read 0%
    ];
    expect(agreementRankingSentence(agreements, name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and Russia score highest (50% over 3 issues both addressed); Russia and NATO score lowest (0% over 4 issues both addressed).',
    );
  });

  it('says every pair scores the same when all indices tie, and says which pairs when some are too few', () => {
    const agreements = [ag('ua', 'ru', 0.5, 0, 3, 0), ag('ua', 'nato', 0.5, 2, 0, 2), ag('ru', 'nato', 0.5, 0, 4, 0)];
    expect(agreementRankingSentence(agreements, name, AS_OF)).toBe(
      'As of 14 June 2024, every pair of parties scores the same agreement index, 50%.',
    );
    expect(agreementRankingSentence([...agreements, ag('ua', 'eu', null, 1, 0, 0)], name, AS_OF)).toBe(
      'As of 14 June 2024, every pair of parties with enough issues in common to compare scores the same agreement index, 50%.',
    );
  });

  it('names every pair in a tie at the top or the bottom', () => {
    const topTie = [ag('ua', 'ru', 1, 3, 0, 0), ag('ua', 'nato', 1, 4, 0, 0), ag('ru', 'nato', 0, 0, 0, 3)];
    expect(agreementRankingSentence(topTie, name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and Russia, Ukraine and NATO score highest (100% each, over 3 to 4 issues both addressed); Russia and NATO score lowest (0% over 3 issues both addressed).',
    );
    const bottomTie = [ag('ua', 'ru', 0, 0, 0, 3), ag('ua', 'nato', 1, 5, 0, 0), ag('ru', 'nato', 0, 0, 0, 4)];
    expect(agreementRankingSentence(bottomTie, name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO score highest (100% over 5 issues both addressed); Ukraine and Russia, Russia and NATO score lowest (0% each, over 3 to 4 issues both addressed).',
    );
  });

  it('falls back to the pair sentence when only one pair has a score', () => {
    expect(agreementRankingSentence([ag('ua', 'ru', 0, 0, 0, 3, 1)], name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and Russia conflict on 3 of the 3 issues both addressed.',
    );
    const oneScored = [
      ag('ua', 'eu', null, 0, 0, 0, 3),
      ag('ua', 'nato', 0.75, 2, 2, 0),
      ag('ru', 'eu', null, 1, 1, 0),
    ];
    expect(agreementRankingSentence(oneScored, name, AS_OF)).toBe(
      'As of 14 June 2024, Ukraine and NATO agree on 2 and partly agree on 2 of the 4 issues both addressed.',
    );
  });

  it('says no two parties share an issue when none does, and too few to compare when none shares three', () => {
    const none = [ag('ua', 'eu', null, 0, 0, 0, 3), ag('ru', 'eu', null, 0, 0, 0, 3)];
    const expected = 'As of 14 June 2024, no two parties have stated positions on a common issue.';
    expect(agreementRankingSentence(none, name, AS_OF)).toBe(expected);
    expect(agreementRankingSentence([], name, AS_OF)).toBe(expected);
    expect(agreementRankingSentence([...none, ag('ua', 'ru', null, 1, 1, 0)], name, AS_OF)).toBe(
      'As of 14 June 2024, no two parties have both stated positions on 3 or more of these issues: too few to compare.',
    );
  });
});

/** A matrix row with the counts given; the sentence reads only the counts. */
const mrow = (issue: string, conflicts: number, partials: number, overlaps: number): MatrixRow => ({
  issue,
  cells: [],
  conflicts,
  partials,
  overlaps,
});

describe('matrixSentence', () => {
  it('counts issues with any conflicting pair and issues where every pair overlaps', () => {
    // 3 pairs: a has a conflict; b all three overlap; c two overlaps and a partial; d two conflicts.
    const rows = [mrow('a', 1, 0, 2), mrow('b', 0, 0, 3), mrow('c', 0, 1, 2), mrow('d', 2, 1, 0)];
    expect(matrixSentence(rows, 3, AS_OF)).toBe(
      'As of 14 June 2024, at least one pair of parties conflicts on 2 of the 4 issues shown, and every pair overlaps on 1.',
    );
  });

  it('does not count an issue as all-overlap when a pair has no basis there', () => {
    // 3 pairs, 2 overlaps and 1 no-basis cell: not every pair overlaps.
    const rows = [mrow('a', 0, 0, 2), mrow('b', 0, 0, 0)];
    expect(matrixSentence(rows, 3, AS_OF)).toBe(
      'As of 14 June 2024, no pair of parties conflicts on any of the 2 issues shown, and on none do all pairs overlap.',
    );
  });

  it('speaks of the two parties when there is a single pair', () => {
    const rows = [mrow('a', 1, 0, 0), mrow('b', 0, 1, 0), mrow('c', 0, 0, 1), mrow('d', 0, 0, 0), mrow('e', 0, 0, 1)];
    expect(matrixSentence(rows, 1, AS_OF)).toBe(
      'As of 14 June 2024, the two parties conflict on 1 of the 5 issues shown, and overlap on 2.',
    );
  });

  it('says "issue" for a single row', () => {
    expect(matrixSentence([mrow('a', 1, 0, 0)], 1, AS_OF)).toBe(
      'As of 14 June 2024, the two parties conflict on 1 of the 1 issue shown, and overlap on none.',
    );
  });
});

/** Steps at the given dates with the given stances (null: nothing stated yet). */
const steps = (...list: [string, Stance | null][]): StanceStep[] =>
  list.map(([date, stance]) => ({ date, stance, position: null }));

describe('timelineSentence', () => {
  it('describes each party’s path, one stance, several changes and silence alike', () => {
    const map = new Map<string, StanceStep[]>([
      [
        'ua',
        steps(
          ['2021-04-06', 'supports'],
          ['2022-03-15', 'opposes'],
          ['2022-03-29', 'opposes'],
          ['2024-06-14', 'supports'],
        ),
      ],
      [
        'ru',
        steps(
          ['2021-04-06', 'opposes'],
          ['2022-03-15', 'opposes'],
          ['2022-03-29', 'opposes'],
          ['2024-06-14', 'opposes'],
        ),
      ],
      ['eu', steps(['2021-04-06', null], ['2022-03-15', null], ['2022-03-29', null], ['2024-06-14', null])],
    ]);
    expect(timelineSentence(map, name, 'NATO membership', AS_OF)).toBe(
      'As of 14 June 2024, on NATO membership: Ukraine went from support (6 Apr 2021) to opposition (15 Mar 2022) to support (14 Jun 2024); ' +
        'Russia opposes throughout (first stated 6 Apr 2021); EU has no stated position.',
    );
  });

  it('dates a first statement from the step where the party first speaks, not the first step', () => {
    const map = new Map([
      ['nato', steps(['2021-04-06', null], ['2022-03-15', 'conditional'], ['2022-03-29', 'conditional'])],
    ]);
    expect(timelineSentence(map, name, 'NATO membership', AS_OF)).toBe(
      'As of 14 June 2024, on NATO membership: NATO supports with conditions throughout (first stated 15 Mar 2022).',
    );
  });

  it('names conditional support when it is part of a path', () => {
    const map = new Map([
      ['nato', steps(['2021-04-06', 'opposes'], ['2022-01-02', 'conditional'], ['2023-11-30', 'supports'])],
    ]);
    expect(timelineSentence(map, name, 'Sanctions', AS_OF)).toBe(
      'As of 14 June 2024, on Sanctions: NATO went from opposition (6 Apr 2021) to conditional support (2 Jan 2022) to support (30 Nov 2023).',
    );
  });

  it('uses the names it is given, in the order of the parties', () => {
    const map = new Map([
      ['ru', steps(['2022-03-15', 'opposes'])],
      ['ua', steps(['2022-03-15', 'supports'])],
    ]);
    expect(timelineSentence(map, (id) => `Party ${id}`, 'Ceasefire', AS_OF)).toBe(
      'As of 14 June 2024, on Ceasefire: Party ru opposes throughout (first stated 15 Mar 2022); Party ua supports throughout (first stated 15 Mar 2022).',
    );
  });
});

/** An issue's counts: supports, conditional, opposes, none. */
const dist = (
  issue: string,
  supports: number,
  conditional: number,
  opposes: number,
  none: number,
): IssueDistribution => ({
  issue,
  counts: { supports, conditional, opposes, none },
});

describe('distributionSentence', () => {
  it('counts split issues and issues where everyone who spoke agrees', () => {
    const rows = [
      dist('trade', 2, 1, 0, 1), // supports and conditional: neither split nor united
      dist('troops', 2, 0, 0, 2), // two supporters, nobody else spoke: united
      dist('borders', 1, 0, 1, 2), // split
      dist('treaty', 1, 1, 1, 1), // split, conditional notwithstanding
      dist('ports', 0, 0, 3, 1), // united in opposition
    ];
    expect(distributionSentence(rows, AS_OF)).toBe(
      'As of 14 June 2024, the parties are split — at least one supports and one opposes — on 2 of the 5 issues shown; on 2, every party that has spoken takes the same stance.',
    );
  });

  it('does not call an issue united when only one party has spoken', () => {
    const rows = [dist('a', 0, 1, 0, 3), dist('b', 0, 0, 0, 4), dist('c', 0, 2, 0, 2)];
    expect(distributionSentence(rows, AS_OF)).toBe(
      'As of 14 June 2024, the parties are split — at least one supports and one opposes — on none of the 3 issues shown; on 1, every party that has spoken takes the same stance.',
    );
  });

  it('says "issue" for a single row', () => {
    expect(distributionSentence([dist('a', 1, 0, 1, 0)], AS_OF)).toBe(
      'As of 14 June 2024, the parties are split — at least one supports and one opposes — on 1 of the 1 issue shown; on none does every party that has spoken take the same stance.',
    );
  });
});

describe('zero, one, two and many in every language (issue 15)', () => {
  const LANGS = { en, uk, ru } as const;
  const COUNTS = [0, 1, 2, 5] as const;

  it('never says "0" for none in the matrix sentence, in any language, for one pair or several', () => {
    for (const [lang, m] of Object.entries(LANGS))
      for (const pairs of [1, 3])
        for (const conflicted of COUNTS)
          for (const overlap of COUNTS) {
            const text = m.summary.matrix('As of X', pairs, conflicted, 5, overlap);
            expect(text, `${lang} ${pairs} ${conflicted} ${overlap}`).not.toMatch(/(^|\D)0(\D|$)/);
            if (conflicted > 0) expect(text).toContain(String(conflicted));
            expect(text.endsWith('.')).toBe(true);
          }
  });

  it('never says "0" for none in the distribution sentence, in any language', () => {
    for (const [lang, m] of Object.entries(LANGS))
      for (const split of COUNTS)
        for (const united of COUNTS) {
          const text = m.summary.distribution('As of X', split, 5, united);
          expect(text, `${lang} ${split} ${united}`).not.toMatch(/(^|\D)0(\D|$)/);
          if (split > 0) expect(text).toContain(String(split));
          if (united > 0) expect(text).toContain(String(united));
        }
  });

  it('gives tied pairs their base in every language: one count, or the fewest and most', () => {
    expect(en.summary.rankedTie('A and B, C and D', true, '50%', 3, 3)).toBe(
      'A and B, C and D score highest (50% each, over 3 issues both addressed)',
    );
    expect(uk.summary.rankedTie('А і Б, В і Г', false, '0 %', 3, 5)).toBe(
      'А і Б, В і Г — найнижчий (0 % у кожної пари, щодо 3–5 спільних питань)',
    );
    expect(ru.summary.rankedTie('А и Б, В и Г', true, '100 %', 21, 21)).toBe(
      'А и Б, В и Г имеют самый высокий индекс (100 % у каждой пары, по 21 общему вопросу)',
    );
  });

  it('says "none" in English, and the negative in Ukrainian and Russian', () => {
    expect(en.summary.matrix('As of X', 3, 0, 2, 0)).toBe(
      'As of X, no pair of parties conflicts on any of the 2 issues shown, and on none do all pairs overlap.',
    );
    expect(uk.summary.matrix('Станом на X', 1, 0, 2, 0)).toBe(
      'Станом на X позиції двох сторін не протилежні щодо жодного з 2 показаних питань і не збігаються щодо жодного.',
    );
    expect(ru.summary.distribution('По состоянию на X', 0, 21, 0)).toBe(
      'По состоянию на X ни по одному из 21 показанного вопроса стороны не расходятся так, чтобы одна была за, а другая против; нет вопроса, по которому все высказавшиеся стороны занимали бы одинаковую позицию.',
    );
  });
});
