/**
 * Many parties: each view that draws pairs (and the table) loaded with the bundled dataset and with the bundled dataset
 * plus generated parties, runs alternating, ready time and DOM size compared view by view.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { manyPartiesDataset } from './generate';
import { measure, type Sample } from './measure';
import type { Network } from './phone';
import { failuresOf, summarize } from './report';
import { textTable, type Spread } from './stats';

export const MANY_PARTY_VIEWS = ['compare', 'matrix', 'agreement', 'timeline', 'table'] as const;
type ManyPartyView = (typeof MANY_PARTY_VIEWS)[number];

export interface ViewResult {
  view: ManyPartyView;
  bundled: { ready?: Spread; dom?: Spread; failures: string[] };
  many: { ready?: Spread; dom?: Spread; failures: string[] };
}

export interface ManyPartiesResult {
  parties: number;
  results: ViewResult[];
}

/** Writes .bench/data/many-parties-N.json (the bundled dataset and N generated parties) and returns its URL. */
export function manyPartiesFile(root: string, extra: number): { url: string; parties: number } {
  const base = JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')) as Dataset;
  const data = manyPartiesDataset(base, extra);
  mkdirSync(join(root, '.bench/data'), { recursive: true });
  writeFileSync(join(root, `.bench/data/many-parties-${extra}.json`), JSON.stringify(data));
  return { url: `/.bench/data/many-parties-${extra}.json`, parties: data.parties.length };
}

/** The ready time and DOM size of a view's runs, summarised as the dataset results are (report.ts). */
const summary = (samples: readonly Sample[]) => {
  const s = summarize(samples);
  return { ready: s.readyMs, dom: s.domNodes, failures: failuresOf(samples) };
};

export async function benchViews(
  browser: Browser,
  origin: string,
  dataUrl: string,
  runs: number,
  network: Network,
): Promise<ViewResult[]> {
  const out: ViewResult[] = [];
  for (const view of MANY_PARTY_VIEWS) {
    const samples = { bundled: [] as Sample[], many: [] as Sample[] };
    for (let run = 1; run <= runs; run++) {
      samples.bundled.push(await measure(browser, origin, { path: `/?view=${view}` }, network));
      samples.many.push(
        await measure(browser, origin, { path: `/?view=${view}&data=${encodeURIComponent(dataUrl)}` }, network),
      );
      const last = (s: Sample[]) => s.at(-1)?.metrics.readyMs?.toFixed(0) ?? s.at(-1)?.status;
      console.log(`  ${view} run ${run}: bundled ${last(samples.bundled)} ms, many parties ${last(samples.many)} ms`);
    }
    out.push({ view, bundled: summary(samples.bundled), many: summary(samples.many) });
  }
  return out;
}

export function viewsTable(result: ManyPartiesResult): string {
  const ms = (s: Spread | undefined) => (s === undefined ? '–' : s.median.toFixed(0));
  const rows = result.results.map((r) => [
    r.view,
    ms(r.bundled.ready),
    ms(r.many.ready),
    r.bundled.ready && r.many.ready ? `${(r.many.ready.median / r.bundled.ready.median).toFixed(2)}×` : '',
    ms(r.bundled.dom),
    ms(r.many.dom),
  ]);
  return textTable(
    [
      'view',
      'bundled ready (ms)',
      `${result.parties} parties ready (ms)`,
      'ratio',
      'bundled DOM',
      `${result.parties} parties DOM`,
    ],
    rows,
  );
}
