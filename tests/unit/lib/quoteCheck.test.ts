import { describe, expect, it } from 'vitest';
import { checkQuotes, foldTypography, nearestPassage } from '../../../src/lib/quoteCheck';
import { loadFixture } from '../../fixtures/load';

const base = loadFixture('four-parties.json');
const ARCHIVE = [
  {
    path: 'wire/alpha.txt',
    text: 'The minister said: “We will never accept  foreign troops — not now, not later.” Then he left.',
  },
  { path: 'beta.txt', text: 'A spokesman added that the border question was closed.' },
];

/** The fixture with its first source archived as `file`, and one quoted position citing it. */
function withQuote(quote: string, file: string | null = 'wire/alpha.txt') {
  const [source] = base.sources;
  const [position] = base.positions;
  if (source === undefined || position === undefined) throw new Error('fixture');
  return {
    ...base,
    sources: [{ ...source, file }, ...base.sources.slice(1)],
    positions: [
      { ...position, source: source.id, quote },
      ...base.positions.slice(1).map((p) => ({ ...p, quote: null })),
    ],
  };
}

describe('quotes checked against their archived texts', () => {
  it('finds a quote whose typography differs (straight quotes, hyphen for dash, case, spaces), and passages joined by …', () => {
    expect(checkQuotes(withQuote('"we will never accept foreign troops - not now'), ARCHIVE).problems).toEqual([]);
    expect(checkQuotes(withQuote('We will never accept … not later.'), ARCHIVE).problems).toEqual([]);
  });

  it('fails a quote with one word changed, naming the position and the nearest passage', () => {
    const ds = withQuote('We will never accept foreign soldiers');
    const { problems, quotes } = checkQuotes(ds, ARCHIVE);
    expect(quotes).toBe(1);
    expect(problems).toEqual([
      {
        path: 'positions[0].quote',
        positionId: ds.positions[0]?.id,
        message:
          'not verbatim in "wire/alpha.txt"; quoted: “we will never accept foreign soldiers”; nearest passage: “"we will never accept foreign troops”',
      },
    ]);
  });

  it('says when a quote is in another source’s text, and when the named text is not in the archive', () => {
    expect(checkQuotes(withQuote('the border question was closed'), ARCHIVE).problems[0]?.message).toBe(
      'not in its source\'s text "wire/alpha.txt" but in "beta.txt"',
    );
    expect(checkQuotes(withQuote('anything', 'gone.txt'), ARCHIVE).problems[0]?.message).toBe(
      'its source\'s archived text "gone.txt" is not in the archive',
    );
  });

  it('lets a source without an archived text match any text, and names a quote found in none', () => {
    expect(checkQuotes(withQuote('border question', null), ARCHIVE).problems).toEqual([]);
    expect(checkQuotes(withQuote('no such words', null), ARCHIVE).problems[0]?.message).toBe(
      'not verbatim in any archived text',
    );
  });

  it('folds only typography, never words', () => {
    expect(foldTypography('“Quote” – ‘here’ …\u00a0end')).toBe('"quote" - \'here\' ... end');
    expect(nearestPassage('a b c d e', 'x c d')).toBe('b c d');
  });
});
