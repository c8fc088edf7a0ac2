/**
 * How fast search answers on a slow phone (the search step of `npm run bench`, scripts/bench.ts).
 *
 * Serves a built site with the project's static server (scripts/lib/static-server.ts: gzip, ETags,
 * the `_headers` of the build), opens it in Debian's chromium with CDP throttling, and measures, from
 * a cold cache each time:
 *
 * - **page**: from the start of the navigation to `/search/?q=<query>` until the first result is in
 *   the page;
 * - **dialog**: on the home page, once it has loaded, from the click on the header's search link
 *   (the query typed at once) until the first result is in the dialog.
 *
 * Profiles (below): a slowed-down phone, CPU 4× slower (`Emulation.setCPUThrottlingRate`) on a slow
 * mobile network (`Network.emulateNetworkConditions`). Chromium applies them to the page and to its
 * workers alike (checked: a 60 kB fetch takes the same time in the page and in a dedicated worker).
 *
 * A "first result" is an element `.search-result` in the search mount, seen by a MutationObserver
 * installed before any page script runs, so the measure does not depend on the UI's own code.
 * Each request the run made is kept (start and end from the navigation start, bytes on the wire)
 * so that the report can say where the time went.
 */
import type { AddressInfo } from 'node:net';
import { type BrowserContext, chromium } from '@playwright/test';
import { median } from '#scripts/bench/measure.ts';
import { CHROMIUM_ARGS } from '#scripts/lib/chromium.ts';
import { createStaticServer } from '#scripts/lib/static-server.ts';

export interface ThrottleProfile {
  name: string;
  cpuSlowdown: number;
  /** Added to every request, from sending it to the first byte of the response. */
  latencyMs: number;
  downKbps: number;
  upKbps: number;
}

/**
 * The budget's profile: "Slow 4G" as Lighthouse and PageSpeed Insights define a mobile visit: 150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower. Applied through CDP, the round trip is
 * added to each request; on a phone's open HTTP/2 connection each request costs about one round trip.
 */
export const SLOW_4G: ThrottleProfile = {
  name: 'Slow 4G (Lighthouse mobile): 150 ms per request, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower',
  cpuSlowdown: 4,
  latencyMs: 150,
  downKbps: 1638.4,
  upKbps: 750,
};

/**
 * Two harsher profiles, measured and reported without a budget: Chrome DevTools' "Slow 4G" preset
 * (Lighthouse's figures with the latency multiplied by 3.75, as if every request opened a new
 * connection) and a very slow link (400 ms, 400 kbit/s), where the bytes alone take seconds.
 */
export const DEVTOOLS_SLOW_4G: ThrottleProfile = {
  name: "Chrome DevTools' Slow 4G preset: 562.5 ms per request, 1.44 Mbit/s down, 675 kbit/s up, CPU 4× slower",
  cpuSlowdown: 4,
  latencyMs: 562.5,
  downKbps: 1474.56,
  upKbps: 675,
};
export const VERY_SLOW: ThrottleProfile = {
  name: 'very slow link: 400 ms per request, 400 kbit/s down and up, CPU 4× slower',
  cpuSlowdown: 4,
  latencyMs: 400,
  downKbps: 400,
  upKbps: 400,
};

/** The first result within this many ms of opening search (median of the runs, each scenario), on SLOW_4G. */
export const SEARCH_BUDGET_MS = 2000;

export interface RequestTiming {
  path: string;
  /** ms from the navigation start (page) or from the click (dialog). */
  start: number;
  end: number;
  /** Bytes received: body as sent (compressed) plus headers. */
  bytes: number;
}

export interface SpeedRun {
  scenario: 'page' | 'dialog';
  query: string;
  /** ms to the first result; null when none appeared within the timeout. */
  ms: number | null;
  requests: RequestTiming[];
}

export interface SpeedOptions {
  /** The built site to serve. */
  root: string;
  queries: string[];
  /** Runs per scenario and query. */
  runs: number;
  profile?: ThrottleProfile;
  /** Give up on one run after this many ms. */
  timeoutMs?: number;
  chromiumPath?: string;
}

/** Installed before any page script: when the first result appears, and when search was opened. */
const OBSERVER = `(() => {
  const mark = () => {
    if (window.__firstResult === undefined && document.querySelector('.search-result')) window.__firstResult = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    if (window.__clickAt === undefined && e.target instanceof Element && e.target.closest('[data-search-trigger]')) window.__clickAt = performance.now();
  }, true);
})();`;
interface Marks {
  __firstResult: number;
  __clickAt: number;
}
const FIRST_RESULT = () => (window as unknown as Partial<Marks>).__firstResult !== undefined;

async function throttle(
  context: BrowserContext,
  page: Parameters<BrowserContext['newCDPSession']>[0],
  p: ThrottleProfile,
) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: p.latencyMs,
    downloadThroughput: (p.downKbps * 1000) / 8,
    uploadThroughput: (p.upKbps * 1000) / 8,
  });
  return cdp;
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + (u.search.length > 40 ? `${u.search.slice(0, 40)}…` : u.search);
  } catch {
    return url.slice(0, 60);
  }
}

export async function measureSearchSpeed(options: SpeedOptions): Promise<SpeedRun[]> {
  const profile = options.profile ?? SLOW_4G;
  const timeout = options.timeoutMs ?? 20_000;
  const server = createStaticServer(options.root);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const runs: SpeedRun[] = [];
  try {
    for (let i = 0; i < options.runs; i++) {
      for (const query of options.queries) {
        for (const scenario of ['page', 'dialog'] as const) {
          // A new context each time: an empty cache, as for a first visit.
          const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true });
          await context.addInitScript(OBSERVER);
          const page = await context.newPage();
          await throttle(context, page, profile);
          // Requests of the page and of its workers (Playwright reports both on the context).
          const done: { url: string; t0: number; t1: number; bytes: number }[] = [];
          context.on('requestfinished', (request) => {
            const timing = request.timing();
            void request.sizes().then(
              (sizes) => {
                done.push({
                  url: request.url(),
                  t0: timing.startTime,
                  t1: timing.startTime + Math.max(timing.responseEnd, 0),
                  bytes: sizes.responseBodySize + sizes.responseHeadersSize,
                });
              },
              () => undefined,
            );
          });
          let ms: number | null = null;
          let origin = 0; // epoch ms of the first request measured
          try {
            if (scenario === 'page') {
              await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
              await page.waitForFunction(FIRST_RESULT, null, { timeout, polling: 50 });
              ms = await page.evaluate(() => (window as unknown as Marks).__firstResult);
            } else {
              await page.goto(`${base}/`, { waitUntil: 'load' });
              done.length = 0;
              await page.locator('[data-search-trigger]').click();
              await page.locator('[data-search-dialog] input[type=search]').fill(query, { timeout });
              await page.waitForFunction(FIRST_RESULT, null, { timeout, polling: 50 });
              const marks = await page.evaluate(() => {
                const w = window as unknown as Marks;
                return { first: w.__firstResult, click: w.__clickAt };
              });
              ms = marks.first - marks.click;
            }
            // Request times from the first request of the scenario (the navigation, or the first
            // request after the click).
            origin = done.length > 0 ? Math.min(...done.map((d) => d.t0)) : 0;
          } catch {
            ms = null;
          }
          runs.push({
            scenario,
            query,
            ms,
            requests: done
              .map((d) => ({
                path: pathOf(d.url),
                start: Math.round(d.t0 - origin),
                end: Math.round(d.t1 - origin),
                bytes: d.bytes,
              }))
              .sort((a, b) => a.start - b.start),
          });
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return runs;
}

export interface SpeedSummary {
  profile: string;
  scenario: 'page' | 'dialog';
  runs: number;
  /** ms; null when a run timed out (counted as failing). */
  median: number | null;
  max: number | null;
  failures: number;
}

/** Median and worst time to the first result per scenario. A run that timed out counts as a failure. */
export function summarise(profile: ThrottleProfile, runs: SpeedRun[]): SpeedSummary[] {
  return (['page', 'dialog'] as const).map((scenario) => {
    const mine = runs.filter((r) => r.scenario === scenario);
    const times = mine.flatMap((r) => (r.ms === null ? [] : [r.ms]));
    const failures = mine.length - times.length;
    return {
      profile: profile.name,
      scenario,
      runs: mine.length,
      median: times.length === 0 || failures > 0 ? null : Math.round(median(times)),
      max: times.length === 0 || failures > 0 ? null : Math.round(Math.max(...times)),
      failures,
    };
  });
}

/** The search budget holds when every scenario's median is within SEARCH_BUDGET_MS and no run timed out. */
export function searchBudgetHolds(summary: SpeedSummary[], budgetMs = SEARCH_BUDGET_MS): boolean {
  return summary.every((s) => s.median !== null && s.median <= budgetMs);
}

/** A run's requests as a Markdown table: where the time went. */
export function waterfall(run: SpeedRun): string[] {
  return [
    '| request | start (ms) | end (ms) | bytes |',
    '|---|---:|---:|---:|',
    ...run.requests.map((r) => `| \`${r.path}\` | ${r.start} | ${r.end} | ${r.bytes} |`),
  ];
}
