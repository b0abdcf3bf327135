/**
 * `npm run bench:page`: the article page at newsroom scale (issue 12's speed goal).
 *
 * Starts the built app on a throwaway database (bench/workbench-setup.ts: scripts/e2e-server.ts,
 * which builds when the code changed) or uses a running one (BENCH_URL, with the e2e demo passwords),
 * adds a 10-claim and a 1,000-claim article through the API, and measures both in one run in Chromium:
 *   - time to first byte and time to interactive (the workbench hydrated: keys listen) of the page,
 *     with the load-independent side of it: main-thread time (CDP), bytes, DOM elements;
 *   - the GET /api/v1/articles/:id response (the service alone, without React), to tell the
 *     database from the rendering;
 *   - verdict key → "Saved." (the version-checked save confirmed by the server), p50 and p95, split
 *     into the server action's round trip and the browser's own part.
 * Page figures are medians of interleaved loads, each once the page before has finished its own
 * requests (and, for comparison, back to back, where the previous page's requests are still running); every figure is printed with its ratio to the
 * 10-claim article, and each goal (issue 12) gets a one-line verdict: TTFB and interactive ≤ 1.5×,
 * verdict key → saved p95 ≤ 100 ms.
 *
 * Environment: BENCH_URL, BENCH_PORT, BENCH_RUNS (page loads, default 9), BENCH_SAVES (default 40), CHROMIUM_PATH.
 */
import type { CDPSession, Page } from '@playwright/test';
import { addBenchArticles, goalLine, median, openBenchApp, quantile } from './workbench-setup';

const runs = Number(process.env.BENCH_RUNS ?? 9);
const saves = Number(process.env.BENCH_SAVES ?? 40);

type PageTimes = { ttfb: number; interactive: number; bytes: number; htmlBytes: number; elements: number; scriptMs: number; taskMs: number };

/** Main-thread time of the current document so far (CDP; it starts at 0 with each navigation), in ms: scripts, and every task (script, style, layout…). */
async function cpu(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/**
 * One load of the page. `settle`: first let the page on screen finish what it asked the server for
 * as it became interactive (the current claim's neighbours and collaboration), so the figures are
 * this page's own and not partly the previous page's; without it, loads follow each other at once.
 */
async function measureLoad(page: Page, cdp: CDPSession, id: string, settle = true): Promise<PageTimes> {
  if (settle) await page.waitForLoadState('networkidle');
  await page.goto(`/articles/${id}`, { waitUntil: 'commit' });
  await page.locator('[data-testid="workbench"][data-hydrated="true"]').waitFor({ timeout: 60_000 });
  // Interactive = the moment the workbench marked itself hydrated (its keys listen), from navigation start.
  const times = await page.evaluate(() => {
    const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const mark = performance.getEntriesByName('workbench-hydrated')[0];
    return {
      ttfb: e.responseStart - e.requestStart,
      interactive: mark ? mark.startTime : performance.now(),
      bytes: e.transferSize || e.encodedBodySize,
      htmlBytes: e.decodedBodySize,
      elements: document.getElementsByTagName('*').length,
    };
  });
  // Main-thread time spent by then (less sensitive to other processes on the machine than wall-clock time).
  const spent = await cpu(cdp);
  return { ...times, scriptMs: spent.script, taskMs: spent.task };
}

async function timeApi(page: Page, id: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await page.request.get(`/api/v1/articles/${id}`);
    await r.body();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

type SaveTime = { total: number; before: number; server: number; after: number };

/**
 * Records every server action the page sends (Next.js POSTs them with a Next-Action header through
 * fetch), on the page's clock: when it left, when the response headers came, and whether it was a
 * claim save. Installed before any page script runs; plain JavaScript, as the page runs it.
 */
const RECORD_ACTIONS = `
  window.__benchActions = [];
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    if (!new Headers(init && init.headers).has('Next-Action')) return original(input, init);
    const entry = { start: performance.now(), headers: 0, save: typeof (init && init.body) === 'string' && init.body.includes('"verdictId"') };
    window.__benchActions.push(entry);
    const response = await original(input, init);
    entry.headers = performance.now();
    return response;
  };
`;

/**
 * Milliseconds from a verdict key press (taken in the page, at keydown) until "Saved." is shown, in
 * three parts: before the save's request left (the key's handling, and any server action queued
 * ahead of it: Next.js runs a page's actions one at a time), the server (request sent → response
 * headers), and after (reading the answer, React rendering "Saved.").
 */
async function timeVerdictKey(page: Page, key: string): Promise<SaveTime> {
  // The panel refuses a verdict key while its previous save is still finishing ("Saving…"), and its
  // "Saved." would still show: wait for the panel to be ready, so every sample times a real save.
  await page.locator('[data-testid="claim-panel"] button[type="submit"]', { hasText: 'Save claim' }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __benchT0?: number; __benchActions: unknown[] };
    w.__benchT0 = undefined;
    w.__benchActions.length = 0;
    window.addEventListener('keydown', () => (w.__benchT0 = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    () => {
      const saved = [...document.querySelectorAll('[data-testid="claim-panel"] p')].some((p) => p.textContent === 'Saved.');
      const w = window as unknown as { __benchT0?: number; __benchActions: { start: number; headers: number; save: boolean }[] };
      if (!saved || w.__benchT0 === undefined) return false;
      const now = performance.now();
      const save = w.__benchActions.find((a) => a.save && a.headers > 0);
      if (!save) return false;
      return { total: now - w.__benchT0, before: save.start - w.__benchT0, server: save.headers - save.start, after: now - save.headers };
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  ).catch(async (error: unknown) => {
    // Say why no save was confirmed (a refusal such as the rate limit shows in the panel).
    console.error(await page.evaluate(() => document.querySelector('[data-testid="claim-form-error"], [data-testid="claim-error"]')?.textContent ?? 'no error shown'));
    throw error;
  });
  return (await handle.jsonValue()) as SaveTime;
}

async function measureSaves(page: Page, id: string, count: number): Promise<SaveTime[]> {
  await page.goto(`/articles/${id}`);
  await page.locator('[data-testid="workbench"][data-hydrated="true"]').waitFor();
  await page.keyboard.press('o');
  const samples: SaveTime[] = [];
  for (let i = 0; i < count; i++) {
    // Verdict keys 1..5 in turn: every press is a real change, saved with the version check.
    samples.push(await timeVerdictKey(page, String((i % 5) + 1)));
    // Every fifth save, the next claim (j, then open it), so saves spread over claims.
    if (i % 5 === 4) {
      await page.keyboard.press('j');
      await page.keyboard.press('o');
      await page.locator('[data-testid="claim-panel"]:focus').waitFor();
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const app = await openBenchApp();
  try {
    const { page } = app;
    await page.context().addInitScript({ content: RECORD_ACTIONS });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { small, large } = await addBenchArticles(page);

    // Interleaved loads (small, large, small, …) so a busy moment of the machine hits both alike.
    await measureLoad(page, cdp, small.id);
    await measureLoad(page, cdp, large.id);
    const smallLoads: PageTimes[] = [];
    const largeLoads: PageTimes[] = [];
    const smallRushed: PageTimes[] = [];
    const largeRushed: PageTimes[] = [];
    for (let i = 0; i < runs; i++) {
      smallLoads.push(await measureLoad(page, cdp, small.id));
      largeLoads.push(await measureLoad(page, cdp, large.id));
    }
    for (let i = 0; i < runs; i++) {
      smallRushed.push(await measureLoad(page, cdp, small.id, false));
      largeRushed.push(await measureLoad(page, cdp, large.id, false));
    }
    const m = (xs: PageTimes[], k: keyof PageTimes) => median(xs.map((x) => x[k]));
    const smallApi = await timeApi(page, small.id);
    const largeApi = await timeApi(page, large.id);
    await measureSaves(page, small.id, 5); // warm-up
    const smallSaves = await measureSaves(page, small.id, saves);
    const largeSaves = await measureSaves(page, large.id, saves);
    const domRows = await page.locator('.claim-list li').count();
    const q = (xs: SaveTime[], k: keyof SaveTime, p: number) => quantile(xs.map((x) => x[k]), p);

    const rows: [string, number, number, string][] = [
      ['page: time to first byte', m(smallLoads, 'ttfb'), m(largeLoads, 'ttfb'), 'ms'],
      ['page: interactive', m(smallLoads, 'interactive'), m(largeLoads, 'interactive'), 'ms'],
      ['  back to back: first byte', m(smallRushed, 'ttfb'), m(largeRushed, 'ttfb'), 'ms'],
      ['  back to back: interactive', m(smallRushed, 'interactive'), m(largeRushed, 'interactive'), 'ms'],
      ['page: main thread, scripts', m(smallLoads, 'scriptMs'), m(largeLoads, 'scriptMs'), 'ms'],
      ['page: main thread, all tasks', m(smallLoads, 'taskMs'), m(largeLoads, 'taskMs'), 'ms'],
      ['page: bytes transferred', m(smallLoads, 'bytes'), m(largeLoads, 'bytes'), ''],
      ['page: HTML+RSC bytes (decoded)', m(smallLoads, 'htmlBytes'), m(largeLoads, 'htmlBytes'), ''],
      ['page: DOM elements', m(smallLoads, 'elements'), m(largeLoads, 'elements'), ''],
      ['GET /api/v1/articles/:id', smallApi, largeApi, 'ms'],
      ['verdict key → saved, p50', q(smallSaves, 'total', 0.5), q(largeSaves, 'total', 0.5), 'ms'],
      ['verdict key → saved, p95', q(smallSaves, 'total', 0.95), q(largeSaves, 'total', 0.95), 'ms'],
      ['  key → request sent, p50/p95', q(smallSaves, 'before', 0.5), q(largeSaves, 'before', 0.5), 'ms'],
      ['', q(smallSaves, 'before', 0.95), q(largeSaves, 'before', 0.95), 'ms'],
      ['  server action, p50/p95', q(smallSaves, 'server', 0.5), q(largeSaves, 'server', 0.5), 'ms'],
      ['', q(smallSaves, 'server', 0.95), q(largeSaves, 'server', 0.95), 'ms'],
      ['  answer → "Saved.", p50/p95', q(smallSaves, 'after', 0.5), q(largeSaves, 'after', 0.5), 'ms'],
      ['', q(smallSaves, 'after', 0.95), q(largeSaves, 'after', 0.95), 'ms'],
    ];
    console.log(`\nChromium, ${runs} interleaved loads (medians; each after the page before went quiet, then back to back), ${saves} saves per article; baseline = the ${small.claimCount}-claim article, same run\n`);
    console.log(`${'measure'.padEnd(32)}${`${small.claimCount} claims`.padStart(14)}${`${large.claimCount} claims`.padStart(16)}${'ratio'.padStart(9)}`);
    for (const [name, a, b, unit] of rows) {
      const f = (x: number) => (unit ? `${x.toFixed(1)} ${unit}` : x.toFixed(0));
      console.log(`${name.padEnd(32)}${f(a).padStart(14)}${f(b).padStart(16)}${(b / a).toFixed(2).padStart(8)}×`);
    }
    console.log(`claim rows in the DOM with ${large.claimCount} claims: ${domRows} (windowed list)\n`);
    const ttfbRatio = m(largeLoads, 'ttfb') / m(smallLoads, 'ttfb');
    const interactiveRatio = m(largeLoads, 'interactive') / m(smallLoads, 'interactive');
    const p95 = q(largeSaves, 'total', 0.95);
    console.log(goalLine('TTFB ≤ 1.5× the 10-claim page', ttfbRatio <= 1.5, `${ttfbRatio.toFixed(2)}×`));
    console.log(goalLine('interactive ≤ 1.5× the 10-claim page', interactiveRatio <= 1.5, `${interactiveRatio.toFixed(2)}×`));
    console.log(goalLine(`verdict key → saved p95 ≤ 100 ms (${large.claimCount} claims)`, p95 <= 100, `${p95.toFixed(1)} ms; of which the server action p95 ${q(largeSaves, 'server', 0.95).toFixed(1)} ms`));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
