/**
 * Size budget for the built site (run after `npm run build`; part of `npm test`). Sizes are
 * deterministic, so unlike speed this is a test: it prints every chunk and fails when a budget
 * is exceeded.
 *
 *   initial JS  JavaScript a reader downloads before the first view (entry + its static imports)
 *   all JS      every chunk, including those loaded on demand (charts, export, table, languages)
 */
import { resolve } from 'node:path';
import { buildSizes, type BuildSizes } from './buildSizes';
import type { View } from '../src/core/views';

const DIST = resolve(import.meta.dirname, '../dist');
const KB = 1024;

/**
 * Issue 6's targets for the first view; the total is a ratchet just above today's size until the 230 KB target is met
 * (issue 6 is blocked on that target: README, "The two targets not met"). Raised from 252 KB to 253 KB for session 4's
 * additions: 24 px timeline marker targets, the note on links that cannot carry a long selection, waiting for the
 * interface fonts, and their messages in three languages (250.9 KB at the start of the session, 252.0 KB after).
 * Raised by 17 KB for the methodology page (view=method), all of it on demand: its chunk with the English text (7.5 KB)
 * and the Ukrainian and Russian texts (4.5 and 4.7 KB); a reader of the page downloads the chunk and one language.
 * Raised by 5 KB more for format version 2 (274.3 KB): concessions, staleness, inferred positions, mirror issues and
 * their words in all three catalogs (English in the first view, which stays at 97 KB; Ukrainian and Russian on
 * demand), and the JSON Schema each rule of the format now carries beside its check.
 * Raised by 34 KB (to 320 KB) in session 22 for issue 15's hyphenation of Ukrainian and Russian titles: the `hyphen`
 * package's patterns (uk 8.5 KB, ru 16.7 KB) and its engine (1.3 KB), all fetched only with the Ukrainian or Russian
 * catalog, so a reader downloads one language's patterns and an English page none; and 5 KB for the cards, the
 * keyboard grid, the time axis, the date fields and the notices worded in each catalog (the first view went from
 * 98.1 KB to 99.4 KB, after 1.7 KB of the detail panel moved to a chunk fetched when the page is idle).
 * Raised in session 23 for issue 16's private preview of a local file: the first view by 1 KB (to 101 KB; it was at
 * 100.9 KB) for the preview bar every page and embed must show while a draft is previewed, and the check of the
 * address that decides it (the file picker, its texts and the code that reads a file load only when used); the total
 * by 40 KB (to 360 KB) for the file readers, fetched only when an editor chooses a file: the workbook, zip and CSV
 * readers (fast-xml-parser, fflate's inflate, Papa Parse: 36 KB) and the picker (1 KB).
 * Session 24: the first view lowered to 98 KB (it went from 100.7 to 97.7 KB) when the build took over checking the
 * bundled dataset (the checker, 3.9 KB, loads only for another dataset); the total raised by 5 KB (to 365 KB) for
 * hyphenation by the build (issue 15): the bundled dataset's words in English (0.7 KB, new), Ukrainian and Russian
 * (2.3 and 2.4 KB, fetched in place of their 8.5 and 16.7 KB of patterns, which only a reader of another dataset
 * now fetches).
 * Session 25: the first view lowered to 97.5 KB (it went from 97.9 to 97.0 KB) when the parser's error messages left
 * it for the checker's chunk, and zustand's shallow comparison gave way to one of the nine filters.
 */
/**
 * Each view's JavaScript over that of the libraries it needs (React and React DOM; recharts for the chart views;
 * TanStack for the table), as `npm run size` weighs them. Issue 17's target is 1.25× for every view: the chart views
 * meet it (1.20–1.22× in session 25); compare and matrix (1.46×: 31 KB of the dashboard's own code in the first view
 * beside React's 66 KB) and the table (1.42×) do not, and their budgets are ratchets at today's figures, so the app's
 * own code can only shrink relative to its libraries from here. The methodology page is a page of text (1.60×).
 */
export const VIEW_RATIO_BUDGETS: Record<View, number> = {
  compare: 1.47,
  matrix: 1.47,
  agreement: 1.25,
  timeline: 1.25,
  distribution: 1.25,
  table: 1.43,
  method: 1.61,
};

export const BUDGETS = { initialJs: 97.5 * KB, allJs: 365 * KB, css: 12 * KB, hostScript: 2 * KB };

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function main(): number {
  let sizes: BuildSizes;
  try {
    sizes = buildSizes(DIST);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
  for (const c of sizes.chunks)
    console.log(`${c.initial ? 'initial  ' : 'on demand'}  ${kb(c.gzip).padStart(9)}  ${c.file}`);
  let failed = 0;
  console.log('');
  console.log('view          JS before the view (gzip)   libraries it needs   ratio (budget)');
  for (const v of sizes.views) {
    const ratio = v.js / v.libraries;
    const budget = VIEW_RATIO_BUDGETS[v.view];
    const ok = ratio <= budget;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'}  ${v.view.padEnd(12)} ${kb(v.js).padStart(9)}  ${kb(v.libraries).padStart(26)}   ${ratio.toFixed(2)}× (${budget.toFixed(2)}×)`,
    );
  }
  console.log('');
  for (const key of Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]) {
    const ok = sizes[key] <= BUDGETS[key];
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'}  ${key.padEnd(10)} ${kb(sizes[key]).padStart(9)} gzip  (budget ${kb(BUDGETS[key])})`,
    );
  }
  return failed === 0 ? 0 : 1;
}

process.exit(main());
