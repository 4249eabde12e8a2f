import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseLang, isLang } from '../../../src/i18n/languages';
import { checkDataUrl } from '../../../src/lib/dataUrl';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { parsePresentation } from '../../../src/lib/embedParams';
import { VIEWS } from '../../../src/core/views';
import { keptParams, parseUrl, reconcile, serializeUrl } from '../../../src/lib/urlState';
import { junkQueries } from '../../fixtures/junkQueries';
import { loadBundled } from '../../fixtures/load';

// Moved from the 200-URL fuzz of e2e/hostile.spec.ts: every step src/main.tsx and App take from the address to the
// first render (state, presentation, language, kept parameters, the ?data= check, reconciling with the dataset, the
// address written back) runs on each malformed query without throwing and gives a state the views can draw. A small
// real-browser sample (the address as Chromium hands it over, and the page that results) stays in e2e/hostile.spec.ts.

const index = indexDataset(loadBundled());
const PAGE = 'http://127.0.0.1:4173/';

/** What the page decides from an address, as main.tsx and App do. */
function boot(query: string) {
  // The browser normalises the address before the page reads location.search.
  const href = new URL(`${PAGE}?${query}`).href;
  const search = new URL(href).search;
  const parsed = parseUrl(search);
  const { presentation } = parsePresentation(search);
  const langParam = new URLSearchParams(search).get('lang');
  const lang = chooseLang(langParam, ['en-US', 'en'], presentation.embed);
  const data = parsed.data === null ? null : checkDataUrl(parsed.data, href, []);
  const keep = keptParams(search);
  const { state, notices } = reconcile(parsed.state, index);
  const written = serializeUrl(state, keep);
  return { state, notices: [...parsed.notices, ...notices], lang, data, written, presentation };
}

const usable = (query: string) => {
  const result = boot(query);
  expect(VIEWS, query).toContain(result.state.view);
  expect(isLang(result.lang), query).toBe(true);
  for (const id of result.state.parties) expect(index.parties.has(id), query).toBe(true);
  // The address written back reads as the same state.
  expect(reconcile(parseUrl(result.written).state, index).state, query).toEqual(result.state);
  if (result.data !== null) expect(typeof result.data.ok, query).toBe('boolean');
};

describe('malformed query strings', () => {
  it('the 200 seeded junk queries of the former e2e fuzz each give a usable state', () => {
    for (const query of junkQueries(200)) usable(query);
  });

  it('so do arbitrary strings and key=value soups', () => {
    const piece = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('%', '%zz', '&', '=', ';', ','));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...Object.keys(parseUrl('').state), 'lang', 'data', 'embed', 'theme', 'view'),
            piece,
          ),
        ),
        (pairs) => {
          usable(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
        },
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => usable(raw)),
      { numRuns: 150 },
    );
  });
});
