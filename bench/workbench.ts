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
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { E2E_PASSWORD, USERS } from '../e2e/credentials';
import { freePort } from '../lib/test/db-global-setup';

const root = path.resolve(__dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
let port = 0;
let base = '';

const SUBJECTS = ['The city', 'The county', 'The agency', 'The ministry', 'The council', 'The hospital trust', 'The school board', 'The port authority'];
const TEMPLATES = [
  (s: string, i: number) => `${s} spent $${(i % 97) + 1}.${i % 10} million on project ${i} in ${1990 + (i % 35)}, according to officials.`,
  (s: string, i: number) => `Unemployment in district ${i} fell to ${(i % 9) + 1}.${i % 10} percent last year, ${s.toLowerCase()} reported.`,
  (s: string, i: number) => `${s} said that crime rose by ${(i % 40) + 2} percent after budget line ${i} was cut.`,
  (s: string, i: number) => `Rule ${i} requires every operator to hold a permit from ${2020 + (i % 9)}, ${s.toLowerCase()} said.`,
];

/** An article body with `n` distinct, check-worthy sentences in paragraphs of five. */
function articleBody(n: number): string {
  const sentences = Array.from({ length: n }, (_, i) => TEMPLATES[i % TEMPLATES.length](SUBJECTS[i % SUBJECTS.length], i + 1));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return `Benchmark article\n\n${paragraphs.join('\n\n')}`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app server exited (${server.exitCode})`);
    try {
      const r = await fetch(`${base}/signin`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the app server did not start within 15 minutes');
}

async function addArticle(page: Page, title: string, sentences: number): Promise<{ id: string; claimCount: number }> {
  const response = await page.request.post('/api/v1/articles', { data: { title, body: articleBody(sentences) }, timeout: 300_000 });
  if (response.status() !== 201) throw new Error(`adding the article failed: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { data: { id: string; claimCount: number } }).data;
}

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
  await page.goto(`/articles/${id}`);
  // Keys pressed before hydration would be lost: wait until the shortcuts listen.
  await page.locator('[data-testid="workbench"][data-hydrated="true"]').waitFor();
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
  port = Number(process.env.BENCH_PORT ?? (await freePort()));
  base = `http://localhost:${port}`;
  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/e2e-server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    console.log(`starting the app on ${base} (builds first if the code changed)…`);
    await waitForServer(server);
    const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill(USERS.reviewer.email);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();

    const small = await addArticle(page, 'Bench: 10 claims', 10);
    const large = await addArticle(page, 'Bench: 1,000 claims', 1000);
    console.log(`articles: ${small.claimCount} and ${large.claimCount} claims`);
    if (large.claimCount < 1000) throw new Error(`expected 1,000 claims, extraction kept ${large.claimCount}`);

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
    await browser.close();
  } finally {
    stop();
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
