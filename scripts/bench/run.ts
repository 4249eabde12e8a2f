// Usage: npm run bench -- [--check] [--runs 5] [--counts bundled,500,10000,100000] [--parties 40] [--network none|4g]
//
// Compares the dashboard's table view with a floor page (bench/floor: plain React, one <table> row per
// position) on the same data, in Chromium with the CPU slowed 4×. Prints one table of medians and
// writes .bench/results.json; --check also evaluates the performance targets and exits 1 on a miss.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { evaluateTargets, formatChecks } from './check';
import { measure, type Sample, type Target } from './measure';
import { isNetwork, NETWORKS, type Network } from './phone';
import { buildSites, datasetFiles, ensureDatasets, type DatasetFile } from './prepare';
import { datasetResult, resultsTable, type DatasetResult, type PageKind } from './report';
import { startServer } from './server';
import { benchEmbeds, embedsTable, type EmbedsResult } from './embeds';
import { benchViews, manyPartiesFile, viewsTable, type ManyPartiesResult } from './views';
import { buildSizes } from '../buildSizes';
import { MB } from './stats';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const USAGE =
  'usage: npm run bench -- [--check] [--runs 5] [--counts bundled,500,10000,100000] [--parties 40] [--network none|4g]';

interface Options {
  check: boolean;
  runs: number;
  /** 'bundled' and/or positive integers, as strings. */
  counts: string[];
  /** Generated parties added to the bundled dataset for the many-parties case; 0 leaves it out. */
  parties: number;
  /** The network every load runs over (phone.ts); the targets are set on `none`. */
  network: Network;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      counts: { type: 'string', default: 'bundled,500,10000,100000' },
      parties: { type: 'string', default: '40' },
      network: { type: 'string', default: 'none' },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: expected a positive integer, got "${values.runs}"\n${USAGE}`);
  const counts = values.counts.split(',').map((c) => c.trim());
  for (const c of counts)
    if (c !== 'bundled' && !/^[1-9]\d*$/.test(c))
      throw new Error(`--counts: expected "bundled" or a positive integer, got "${c}"\n${USAGE}`);
  const parties = Number(values.parties);
  if (!Number.isInteger(parties) || parties < 0)
    throw new Error(`--parties: expected a whole number, got "${values.parties}"\n${USAGE}`);
  const network = values.network;
  if (!isNetwork(network))
    throw new Error(`--network: expected one of ${Object.keys(NETWORKS).join(', ')}, got "${network}"\n${USAGE}`);
  if (values.check && network !== 'none')
    throw new Error(`--check: the targets are set without network emulation; leave out --network ${network}\n${USAGE}`);
  return { check: values.check, runs, counts, parties, network };
}

/** The dashboard's table view (with interactions) and matrix view (for the export), and the floor. */
function targets(data: DatasetFile): Record<PageKind, Target> {
  const param = data.dataParam === null ? '' : `&data=${encodeURIComponent(data.dataParam)}`;
  return {
    dashboard: { path: `/?view=table${param}`, exportPath: `/?view=matrix${param}`, partyName: data.firstParty },
    floor: { path: `/.bench/floor/?data=${encodeURIComponent(data.url)}` },
  };
}

/** A sample that threw (browser crash, deadline) is recorded as an error, so one bad run does not end the bench. */
async function safeMeasure(browser: Browser, origin: string, target: Target, network: Network): Promise<Sample> {
  try {
    return await measure(browser, origin, target, network);
  } catch (err) {
    return { status: `error: ${String(err).split('\n')[0]?.slice(0, 80) ?? ''}`, metrics: {}, notes: [] };
  }
}

function logSample(label: string, kind: PageKind, run: number, s: Sample): void {
  const m = s.metrics;
  const parts = [m.readyMs === undefined ? s.status : `ready ${m.readyMs.toFixed(0)} ms`];
  if (m.filterP95 !== undefined) parts.push(`filter p95 ${m.filterP95.toFixed(0)} ms`);
  if (m.asOfP95 !== undefined) parts.push(`as-of p95 ${m.asOfP95.toFixed(0)} ms`);
  if (m.exportPngMs !== undefined) parts.push(`png ${m.exportPngMs.toFixed(0)} ms`);
  console.log(`  ${label} run ${run} ${kind.padEnd(9)} ${[...parts, ...s.notes].join(', ')}`);
}

/** Runs alternate dashboard and floor, so drift in machine load affects both alike. */
async function benchDataset(
  browser: Browser,
  origin: string,
  data: DatasetFile,
  { runs, network }: Options,
): Promise<DatasetResult> {
  const t = targets(data);
  const samples: Record<PageKind, Sample[]> = { dashboard: [], floor: [] };
  for (let run = 1; run <= runs; run++) {
    for (const kind of ['dashboard', 'floor'] as const) {
      const sample = await safeMeasure(browser, origin, t[kind], network);
      samples[kind].push(sample);
      logSample(data.label, kind, run, sample);
    }
  }
  return datasetResult(data.label, data.positions, data.bytes, runs, samples);
}

function machine(browserVersion: string) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryBytes: totalmem(),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString(),
  };
}

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const options = parseOptions(argv);
  buildSites(ROOT);
  ensureDatasets(ROOT, options.counts.filter((c) => c !== 'bundled').map(Number));
  const datasets = datasetFiles(ROOT, options.counts);
  const { initialJs, allJs } = buildSizes(join(ROOT, 'dist'));
  const sizes = { initialJs, allJs };
  const server = await startServer([
    { prefix: '/.bench/', dir: join(ROOT, '.bench') },
    { prefix: '/', dir: join(ROOT, 'dist') },
  ]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  const network = NETWORKS[options.network];
  if (network !== null)
    console.log(
      `every load over a ${options.network} link: ${network.latency} ms round trip, ${(network.downloadThroughput * 8) / 1e6} Mbit/s down`,
    );
  const results: DatasetResult[] = [];
  let many: ManyPartiesResult | null = null;
  let embeds: EmbedsResult;
  try {
    for (const data of datasets) {
      console.log(`\n${data.label}: ${data.positions} positions, ${(data.bytes / MB).toFixed(1)} MB`);
      results.push(await benchDataset(browser, server.origin, data, options));
    }
    if (options.parties > 0) {
      const file = manyPartiesFile(ROOT, options.parties);
      console.log(
        `\nmany parties: the bundled dataset and ${options.parties} generated parties (${file.parties} in all)`,
      );
      many = {
        parties: file.parties,
        results: await benchViews(browser, server.origin, file.url, options.runs, options.network),
      };
    }
    console.log('\narticle pages with one and three embeds');
    embeds = await benchEmbeds(browser, server.origin, ROOT, options.runs, options.network);
  } finally {
    await browser.close();
    await server.close();
  }

  const checks = evaluateTargets(sizes, results, many, embeds);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${resultsTable(results)}\n`);
  if (many !== null) console.log(`${viewsTable(many)}\n`);
  if (embeds !== null) console.log(`${embedsTable(embeds)}\n`);
  const out = join(ROOT, '.bench/results.json');
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ machine: machine(browserVersion), options, seconds, sizes, results, many, embeds, checks }, null, 2)}\n`,
  );
  console.log(`Wrote ${out} (${seconds.toFixed(0)} s in all).`);
  if (!options.check) return 0;
  console.log(`\n${formatChecks(checks)}`);
  const failed = checks.filter((c) => !c.pass);
  if (failed.length > 0) console.log(`\n${failed.length} target(s) missed: ${failed.map((c) => c.target).join('; ')}`);
  return failed.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
