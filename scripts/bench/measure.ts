/**
 * One measured page load in a fresh browser context: time to `<html data-ready>`, JavaScript bytes,
 * heap after GC and DOM size, then (dashboard only) interaction latency and PNG export time.
 * The CPU is slowed 4× through CDP so a fast workstation behaves more like a mid-range phone.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { emulatePhone, type Network } from './phone';
import { percentile } from './stats';

/** The whole page load, from navigation to ready (or an error panel), is capped at this. */
export const LOAD_TIMEOUT_MS = 120_000;
/** A hung renderer would block page.evaluate forever; past this the context is closed. */
const SAMPLE_DEADLINE_MS = 600_000;
/** Event Timing reports nothing shorter; an interaction without an entry is counted at this bound. */
const EVENT_THRESHOLD_MS = 16;
const INTERACTIONS = 20;
/** How long to wait for a slow interaction's Event Timing entry after the next frames. */
const EVENT_WAIT_MS = 500;

declare global {
  interface Window {
    /** performance.now() when `data-ready` first appeared, set by the init script. */
    __benchReady?: number;
    /** Durations of Event Timing entries of interactions since the bench last cleared the list. */
    __benchEvents?: number[];
    /** Exposed by the bench (page.exposeFunction): tells Node at once, even while the page stays busy. */
    __benchSignal?: (signal: LoadSignal) => Promise<void>;
  }
}

type LoadSignal = { kind: 'ready'; at: number } | { kind: 'error'; title: string };

/**
 * `unresponsive`: ready was signalled, but the page was still too busy (layout and paint of a huge DOM) to
 * answer anything before the load cap; its ready time is kept, the metrics that need the page are not.
 */
export type Status = 'ready' | 'refused: over cap' | 'timeout' | 'unresponsive after ready' | `error: ${string}`;

export interface Metrics {
  readyMs?: number;
  jsBytes?: number;
  heapBytes?: number;
  domNodes?: number;
  filterP50?: number;
  filterP95?: number;
  asOfP50?: number;
  asOfP95?: number;
  exportPngMs?: number;
}

export interface Sample {
  status: Status;
  metrics: Metrics;
  /** A step after ready that failed (interactions, export): the load's own metrics still count. */
  notes: string[];
}

export interface Target {
  /** Path and query of the table view, e.g. /?view=table&data=/.bench/data/positions-1000.json */
  path: string;
  /** Path and query of the matrix view, for the PNG export (dashboard only). */
  exportPath?: string;
  /** Accessible name of a party filter checkbox (dashboard only). */
  partyName?: string;
}

// Functions that run in the page (init script, page.evaluate) are sent as source text. tsx (esbuild, keepNames)
// wraps a function stored in a local `const` in a `__name(...)` helper the page does not have, so in-page code
// below only uses inline callbacks.

/**
 * Installed before any page script: stamps the moment `data-ready` (or an error panel) appears and collects
 * Event Timing entries. It observes `document` (subtree) because <html> may not exist yet when it runs, and
 * signals Node from the observer because polling from Node needs a main thread that may stay busy for minutes.
 */
function initScript(threshold: number): void {
  const observer = new MutationObserver(() => {
    if (document.documentElement?.dataset.ready === 'true') {
      window.__benchReady = performance.now();
      observer.disconnect();
      void window.__benchSignal?.({ kind: 'ready', at: window.__benchReady });
      return;
    }
    const panel = document.querySelector('.error-panel');
    if (panel === null) return;
    observer.disconnect();
    void window.__benchSignal?.({ kind: 'error', title: (panel.querySelector('h1') ?? panel).textContent ?? '' });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  window.__benchEvents = [];
  // durationThreshold is missing from TypeScript's DOM types; Chromium has supported it since Event Timing shipped.
  const options: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    durationThreshold: threshold,
    buffered: true,
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      if (e.interactionId > 0) window.__benchEvents?.push(e.duration);
  }).observe(options);
}

/** Runs `work` in a fresh, CPU-throttled context; past the deadline the context is closed so nothing hangs. */
async function inContext<T>(browser: Browser, work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(LOAD_TIMEOUT_MS);
  await context.addInitScript(initScript, EVENT_THRESHOLD_MS);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      void context.close();
      fail(new Error(`sample took over ${SAMPLE_DEADLINE_MS / 1000} s`));
    }, SAMPLE_DEADLINE_MS);
  });
  try {
    return await Promise.race([work(context), expired]);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

async function throttledPage(context: BrowserContext, network: Network): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await emulatePhone(cdp, network);
  return { page, cdp };
}

const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT once `ms` have passed (the promise is left to settle, ignored). */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((ok) => (timer = setTimeout(() => ok(TIMED_OUT), Math.max(0, ms))));
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface Loaded {
  status: Status;
  readyMs?: number;
}

/**
 * Navigates and waits for the init script's signal, then for the page to answer at all: all within
 * LOAD_TIMEOUT_MS of the start, so a page that is "ready" but frozen does not pass as loaded.
 */
async function load(page: Page, url: string): Promise<Loaded> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  let report: (signal: LoadSignal) => void = () => undefined;
  const signalled = new Promise<LoadSignal>((ok) => (report = ok));
  await page.exposeFunction('__benchSignal', (signal: LoadSignal) => report(signal));
  if ((await within(LOAD_TIMEOUT_MS, page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS }))) === TIMED_OUT)
    return { status: 'timeout' };
  const signal = await within(deadline - Date.now(), signalled);
  if (signal === TIMED_OUT) return { status: 'timeout' };
  // The dashboard's title for a file over MAX_DATASET_BYTES (src/data/load.ts).
  if (signal.kind === 'error')
    return { status: /too large/i.test(signal.title) ? 'refused: over cap' : `error: ${signal.title.slice(0, 80)}` };
  const answered = await within(
    deadline - Date.now(),
    page.evaluate(() => true),
  );
  return { status: answered === TIMED_OUT ? 'unresponsive after ready' : 'ready', readyMs: signal.at };
}

/**
 * Encoded (gzip) bytes of JavaScript responses that finished before ready: entry, static and lazy chunks.
 * Chromium reports the entry and dynamic imports as `script`, modulepreloads as `link`, and a module's static
 * imports as `other`, hence all three.
 */
async function jsBytesBeforeReady(page: Page): Promise<number> {
  return page.evaluate(() => {
    const readyAt = window.__benchReady ?? Infinity;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter(
        (e) =>
          ['script', 'link', 'other'].includes(e.initiatorType) &&
          new URL(e.name).pathname.endsWith('.js') &&
          e.responseEnd <= readyAt,
      )
      .reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0);
  });
}

interface MemoryMeasurement {
  bytes: number;
}

/** Live JS heap after a full GC; CDP first, the standard API (cross-origin-isolated pages only) as a fallback. */
async function heapAfterGc(page: Page, cdp: CDPSession): Promise<number | undefined> {
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } catch {
    return page.evaluate(async () => {
      const perf = performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<MemoryMeasurement> };
      if (!crossOriginIsolated || perf.measureUserAgentSpecificMemory === undefined) return undefined;
      return (await perf.measureUserAgentSpecificMemory()).bytes;
    });
  }
}

/**
 * Latency of one interaction: the longest Event Timing entry it produced. Entries arrive only after the
 * frame that shows the result is presented, so wait two frames, then up to EVENT_WAIT_MS for a slow one.
 */
async function interactionLatency(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    window.__benchEvents = [];
  });
  await act();
  const longest = await page.evaluate(async (waitMs) => {
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const until = performance.now() + waitMs;
    while ((window.__benchEvents ?? []).length === 0 && performance.now() < until)
      await new Promise((ok) => setTimeout(ok, 25));
    await new Promise((ok) => requestAnimationFrame(ok));
    const events = window.__benchEvents ?? [];
    return events.length === 0 ? null : Math.max(...events);
  }, EVENT_WAIT_MS);
  return longest ?? EVENT_THRESHOLD_MS;
}

/** p50 and p95 over INTERACTIONS interactions; `act(i)` alternates on/off by the parity of i. */
async function latencies(page: Page, act: (i: number) => Promise<void>): Promise<{ p50: number; p95: number }> {
  const values: number[] = [];
  for (let i = 0; i < INTERACTIONS; i++) values.push(await interactionLatency(page, () => act(i)));
  return { p50: percentile(values, 50) ?? NaN, p95: percentile(values, 95) ?? NaN };
}

async function measureInteractions(page: Page, partyName: string, metrics: Metrics, notes: string[]): Promise<void> {
  try {
    // Click on, click off: the first party alone, then every party again.
    const party = page.getByRole('group', { name: 'Parties' }).getByRole('checkbox', { name: partyName, exact: true });
    const filter = await latencies(page, () => party.click());
    metrics.filterP50 = filter.p50;
    metrics.filterP95 = filter.p95;
  } catch (err) {
    notes.push(`filter: ${String(err).split('\n')[0]}`);
  }
  try {
    // From the latest date one step back, then forward again.
    const slider = page.locator('#asof-range');
    await slider.focus();
    const asOf = await latencies(page, (i) => page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight'));
    metrics.asOfP50 = asOf.p50;
    metrics.asOfP95 = asOf.p95;
  } catch (err) {
    notes.push(`as-of: ${String(err).split('\n')[0]}`);
  }
}

/** Open the Download dialog, pick the Article size, then time "Download PNG" until the browser has the file. */
async function measureExport(
  context: BrowserContext,
  url: string,
  metrics: Metrics,
  notes: string[],
  network: Network,
): Promise<void> {
  const { page } = await throttledPage(context, network);
  const { status } = await load(page, url);
  if (status !== 'ready') {
    notes.push(`export: matrix view ${status}`);
    return;
  }
  try {
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await page.getByRole('radio', { name: /^Article/ }).check();
    const button = page.getByRole('button', { name: /^Download PNG/ });
    await button.waitFor({ state: 'visible' });
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    metrics.exportPngMs = performance.now() - start;
    await download.delete();
  } catch (err) {
    notes.push(`export: ${String(err).split('\n')[0]}`);
  }
}

/** One sample of a page: the floor (load metrics only) or the dashboard (plus interactions and export). */
export function measure(browser: Browser, origin: string, target: Target, network: Network = 'none'): Promise<Sample> {
  return inContext(browser, async (context) => {
    const { page, cdp } = await throttledPage(context, network);
    const notes: string[] = [];
    // Uncaught page errors explain a timeout better than the timeout does.
    page.on('pageerror', (err) => notes.push(`page error: ${err.message.slice(0, 120)}`));
    const { status, readyMs } = await load(page, origin + target.path);
    const sample: Sample = { status, metrics: readyMs === undefined ? {} : { readyMs }, notes };
    if (status !== 'ready') return sample;
    const m = sample.metrics;
    m.jsBytes = await jsBytesBeforeReady(page);
    m.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    m.heapBytes = await heapAfterGc(page, cdp);
    if (target.partyName !== undefined) await measureInteractions(page, target.partyName, m, sample.notes);
    await page.close();
    if (target.exportPath !== undefined)
      await measureExport(context, origin + target.exportPath, m, sample.notes, network);
    return sample;
  });
}
