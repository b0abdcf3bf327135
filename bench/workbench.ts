/**
 * `npm run bench:workbench`: how the article workbench holds up with 1,000 claims.
 *
 * Starts the built app on a throwaway database (scripts/e2e-server.ts: embedded PostgreSQL in a
 * temporary directory, demo users, `next build` when the code changed), adds a 10-claim and a
 * 1,000-claim article through the API, and measures in Chromium:
 *   - page response: time to first byte, HTML received, DOMContentLoaded, and the claims list ready;
 *   - keyboard: from a `j` key press to the next claim selected, and from a verdict key press to the
 *     saved state ("Saved." shown after the server confirmed the version-checked update).
 * Each figure is the median of several runs and is printed as a ratio against the 10-claim article
 * measured in the same run, so the machine's speed cancels out.
 *
 * Environment: BENCH_PORT (default: a free port), BENCH_RUNS (default 7), CHROMIUM_PATH.
 */
import type { Page } from '@playwright/test';
import { addBenchArticles, median, openBenchApp, openWorkbench } from './workbench-setup';

const runs = Number(process.env.BENCH_RUNS ?? 7);

type PageTimes = { ttfb: number; html: number; dcl: number; ready: number; requests: number };

async function measureLoad(page: Page, id: string): Promise<PageTimes> {
  let requests = 0;
  const count = () => requests++;
  page.on('request', count);
  await page.goto(`/articles/${id}`, { waitUntil: 'load' });
  await page.locator('[data-testid="workbench"][data-hydrated="true"]').waitFor();
  page.off('request', count);
  const ready = await page.evaluate(() => performance.now());
  const nav = await page.evaluate(() => {
    const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ttfb: e.responseStart - e.requestStart, html: e.responseEnd - e.startTime, dcl: e.domContentLoadedEventEnd - e.startTime };
  });
  return { ...nav, ready, requests };
}

/** Milliseconds from a key press (taken in the page, at keydown) until `done` holds, checked every frame. */
async function timeKey(page: Page, key: string, done: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchT0?: number };
    w.__benchT0 = undefined;
    window.addEventListener('keydown', () => (w.__benchT0 = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    (condition) => {
      // The condition is one of the fixed expressions written in this file, not user input.
      if (!new Function(`return (${condition});`)()) return false;
      return performance.now() - ((window as unknown as { __benchT0: number }).__benchT0 ?? 0);
    },
    done,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function measureKeys(page: Page, id: string): Promise<{ move: number; verdict: number }> {
  // Keys pressed before hydration would be lost: wait until the shortcuts listen.
  await openWorkbench(page, id);
  const moves: number[] = [];
  const verdicts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.locator('.claim-list [aria-current="true"]').getAttribute('data-claim-id');
    moves.push(await timeKey(page, 'j', `document.querySelector('.claim-list [aria-current="true"]')?.getAttribute('data-claim-id') !== ${JSON.stringify(before)} && document.querySelector('[data-testid="claim-panel"]') !== null`));
    // Verdict keys 1..5 in turn: each press is a real change saved with the version check.
    verdicts.push(await timeKey(page, String((i % 5) + 1), `[...document.querySelectorAll('[data-testid="claim-panel"] p')].some((p) => p.textContent === 'Saved.')`));
  }
  return { move: median(moves), verdict: median(verdicts) };
}

async function main(): Promise<void> {
  const app = await openBenchApp();
  try {
    const { page } = app;
    const { small, large } = await addBenchArticles(page);

    const load = async (id: string) => {
      await measureLoad(page, id); // warm-up: compiled routes, caches
      const samples: PageTimes[] = [];
      for (let i = 0; i < runs; i++) samples.push(await measureLoad(page, id));
      const m = (k: keyof PageTimes) => median(samples.map((s) => s[k]));
      return { ttfb: m('ttfb'), html: m('html'), dcl: m('dcl'), ready: m('ready'), requests: m('requests') };
    };
    const smallLoad = await load(small.id);
    const largeLoad = await load(large.id);
    await measureKeys(page, small.id); // warm-up
    const smallKeys = await measureKeys(page, small.id);
    const largeKeys = await measureKeys(page, large.id);
    const domRows = await page.locator('.claim-list li').count();

    const rows: [string, number, number][] = [
      ['page: time to first byte', smallLoad.ttfb, largeLoad.ttfb],
      ['page: HTML received', smallLoad.html, largeLoad.html],
      ['page: DOMContentLoaded', smallLoad.dcl, largeLoad.dcl],
      ['page: loaded and interactive', smallLoad.ready, largeLoad.ready],
      ['key j → next claim selected', smallKeys.move, largeKeys.move],
      ['verdict key → saved', smallKeys.verdict, largeKeys.verdict],
    ];
    console.log(`\nmedians of ${runs} runs, Chromium; baseline = ${small.claimCount}-claim article, same run\n`);
    console.log(`${'measure'.padEnd(32)}${'baseline ms'.padStart(12)}${`${large.claimCount} claims ms`.padStart(18)}${'ratio'.padStart(9)}`);
    for (const [name, a, b] of rows) console.log(`${name.padEnd(32)}${a.toFixed(1).padStart(12)}${b.toFixed(1).padStart(18)}${(b / a).toFixed(2).padStart(8)}×`);
    console.log(`\nrequests per page load: ${smallLoad.requests} with ${small.claimCount} claims, ${largeLoad.requests} with ${large.claimCount} (none per claim)`);
    console.log(`claim rows in the DOM with ${large.claimCount} claims: ${domRows} (windowed list)`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
