/**
 * An article page with one embed of the dashboard, and one with three: JavaScript transferred by the whole page (the
 * three share their chunks, cached once, when their file names and cache headers allow it) and the time until every
 * embed is ready, under the same 4× CPU throttling as the rest of the bench.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { emulatePhone, type Network } from './phone';
import { spread, textTable, type Spread } from './stats';

const EMBEDS = [
  '?embed=1&view=compare',
  '?embed=1&view=matrix',
  '?embed=1&view=compare&parties=ukraine,united-states,europe',
];

export interface EmbedsResult {
  one: { ready?: Spread; jsBytes?: Spread };
  three: { ready?: Spread; jsBytes?: Spread };
}

/** The two host pages, under .bench/ (served beside the dashboard): text, then the embeds, as an article lays them out. */
export function writeHostPages(root: string): { one: string; three: string } {
  const page = (frames: readonly string[]) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="max-width:680px;margin:0 auto;font:18px Georgia,serif">
<h1>An article</h1><p>${'Text of the article. '.repeat(20)}</p>
${frames.map((q, i) => `<iframe title="Embed ${i + 1}" src="/${q}" style="width:100%;height:900px;border:0"></iframe><p>${'More text. '.repeat(10)}</p>`).join('\n')}
</body></html>`;
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench/embeds-1.html'), page(EMBEDS.slice(0, 1)));
  writeFileSync(join(root, '.bench/embeds-3.html'), page(EMBEDS));
  return { one: '/.bench/embeds-1.html', three: '/.bench/embeds-3.html' };
}

/** One load of a host page: ms from navigation until every embed is ready, and JavaScript bytes transferred. */
async function loadHost(
  browser: Browser,
  url: string,
  frames: number,
  network: Network,
): Promise<{ ready: number; jsBytes: number } | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(() => {
      if (window === window.top) return;
      const observer = new MutationObserver(() => {
        if (document.documentElement?.dataset.ready !== 'true') return;
        (window as unknown as { __benchReadyAt?: number }).__benchReadyAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await emulatePhone(cdp, network);
    await cdp.send('Network.enable');
    const jsRequests = new Set<string>();
    let jsBytes = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (new URL(e.response.url).pathname.endsWith('.js')) jsRequests.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (jsRequests.has(e.requestId)) jsBytes += e.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'commit' });
    const start = await page.evaluate(() => performance.timeOrigin);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const times = await Promise.all(
        page
          .frames()
          .filter((f) => f !== page.mainFrame())
          .map((f) =>
            f
              .evaluate(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt ?? null)
              .catch(() => null),
          ),
      );
      const ready = times.filter((t): t is number => t !== null);
      if (ready.length === frames) return { ready: Math.max(...ready) - start, jsBytes };
      if (Date.now() > deadline) return null;
      await new Promise((ok) => setTimeout(ok, 50));
    }
  } finally {
    await context.close();
  }
}

export async function benchEmbeds(
  browser: Browser,
  origin: string,
  root: string,
  runs: number,
  network: Network,
): Promise<EmbedsResult> {
  const pages = writeHostPages(root);
  const samples = {
    one: [] as { ready: number; jsBytes: number }[],
    three: [] as { ready: number; jsBytes: number }[],
  };
  for (let run = 1; run <= runs; run++) {
    for (const [kind, url, frames] of [
      ['one', pages.one, 1],
      ['three', pages.three, 3],
    ] as const) {
      const s = await loadHost(browser, origin + url, frames, network);
      if (s !== null) samples[kind].push(s);
      console.log(
        `  embeds run ${run} ${kind}: ${s === null ? 'timeout' : `ready ${s.ready.toFixed(0)} ms, JS ${(s.jsBytes / 1024).toFixed(1)} KB`}`,
      );
    }
  }
  const summary = (list: { ready: number; jsBytes: number }[]) => ({
    ready: spread(list.map((s) => s.ready)) ?? undefined,
    jsBytes: spread(list.map((s) => s.jsBytes)) ?? undefined,
  });
  return { one: summary(samples.one), three: summary(samples.three) };
}

export function embedsTable(r: EmbedsResult): string {
  const ratio = (a?: Spread, b?: Spread) => (a && b ? `${(b.median / a.median).toFixed(2)}×` : '');
  return textTable(
    ['article page', 'one embed', 'three embeds', 'ratio'],
    [
      [
        'ready (ms), all embeds',
        r.one.ready?.median.toFixed(0) ?? '–',
        r.three.ready?.median.toFixed(0) ?? '–',
        ratio(r.one.ready, r.three.ready),
      ],
      [
        'JS transferred (KB gz)',
        r.one.jsBytes ? (r.one.jsBytes.median / 1024).toFixed(1) : '–',
        r.three.jsBytes ? (r.three.jsBytes.median / 1024).toFixed(1) : '–',
        ratio(r.one.jsBytes, r.three.jsBytes),
      ],
    ],
  );
}
