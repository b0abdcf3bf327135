/**
 * What the browser benchmarks of the article workbench share (bench/workbench.ts, bench/article-page.ts):
 * the built app on a throwaway database (scripts/e2e-server.ts, which builds when the code changed)
 * or a running one (BENCH_URL, with the e2e demo passwords), Chromium with a signed-in reviewer,
 * and benchmark articles of N distinct check-worthy sentences added through the API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { E2E_PASSWORD, USERS } from '../e2e/credentials';
import { freePort } from '../lib/test/db-global-setup';

const root = path.resolve(__dirname, '..');

const SUBJECTS = ['The city', 'The county', 'The agency', 'The ministry', 'The council', 'The hospital trust', 'The school board', 'The port authority'];
const TEMPLATES = [
  (s: string, i: number) => `${s} spent $${(i % 97) + 1}.${i % 10} million on project ${i} in ${1990 + (i % 35)}, according to officials.`,
  (s: string, i: number) => `Unemployment in district ${i} fell to ${(i % 9) + 1}.${i % 10} percent last year, ${s.toLowerCase()} reported.`,
  (s: string, i: number) => `${s} said that crime rose by ${(i % 40) + 2} percent after budget line ${i} was cut.`,
  (s: string, i: number) => `Rule ${i} requires every operator to hold a permit from ${2020 + (i % 9)}, ${s.toLowerCase()} said.`,
];

/** An article body with `n` distinct, check-worthy sentences in paragraphs of five. */
export function articleBody(n: number): string {
  const sentences = Array.from({ length: n }, (_, i) => TEMPLATES[i % TEMPLATES.length](SUBJECTS[i % SUBJECTS.length], i + 1));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return `Benchmark article\n\n${paragraphs.join('\n\n')}`;
}

/** The q-quantile (0..1) by the nearest-rank method. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** The median (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export type BenchApp = { base: string; browser: Browser; page: Page; close: () => Promise<void> };

async function waitForServer(server: ChildProcess, base: string): Promise<void> {
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

/**
 * Starts the app (or takes BENCH_URL), opens Chromium at 1400×900 and signs the reviewer in.
 * `close` shuts the browser and the app this started; Ctrl-C stops the app too.
 */
export async function openBenchApp(): Promise<BenchApp> {
  let server: ChildProcess | null = null;
  let base: string;
  if (process.env.BENCH_URL) base = process.env.BENCH_URL.replace(/\/$/, '');
  else {
    const port = Number(process.env.BENCH_PORT ?? (await freePort()));
    base = `http://localhost:${port}`;
    server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/e2e-server.ts'], {
      cwd: root,
      // A benchmark saves faster than a person: the per-user action budget (its statement still runs
      // on every action, as in production) must not refuse its saves.
      env: { CLAIMDESK_ACTION_RATE_PER_MINUTE: '100000', CLAIMDESK_ACTION_RATE_BURST: '100000', ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const stopServer = async () => {
    if (!server) return;
    if (server.exitCode === null) server.kill('SIGTERM');
    const s = server;
    await new Promise((resolve) => (s.exitCode === null ? s.once('exit', resolve) : resolve(undefined)));
  };
  process.on('SIGINT', () => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
    process.exit(130);
  });
  let browser: Browser | null = null;
  try {
    console.log(`app at ${base}${server ? ' (starting; builds first if the code changed)…' : ''}`);
    if (server) await waitForServer(server, base);
    const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1400, height: 900 }, extraHTTPHeaders: { Origin: base } });
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill(USERS.reviewer.email);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    const opened = browser;
    return {
      base,
      browser: opened,
      page,
      close: async () => {
        await opened.close();
        await stopServer();
      },
    };
  } catch (error) {
    await browser?.close();
    await stopServer();
    throw error;
  }
}

/** Adds an article of `sentences` benchmark sentences through the API; returns its id and claim count. */
export async function addArticle(page: Page, title: string, sentences: number): Promise<{ id: string; claimCount: number }> {
  // On a busy shared machine the 1,000-claim import can outlast the transaction timeout: try again.
  for (let attempt = 1; ; attempt++) {
    const response = await page.request.post('/api/v1/articles', { data: { title, body: articleBody(sentences) }, timeout: 300_000 });
    if (response.status() === 201) return ((await response.json()) as { data: { id: string; claimCount: number } }).data;
    if (attempt >= 4) throw new Error(`adding the article failed: ${response.status()} ${await response.text()}`);
    console.log(`adding the ${sentences}-sentence article failed (${response.status()}); trying again`);
  }
}

/** The 10-claim baseline and the 1,000-claim article of issue 12, added in that order. */
export async function addBenchArticles(page: Page, large = 1000): Promise<{ small: { id: string; claimCount: number }; large: { id: string; claimCount: number } }> {
  const smallArticle = await addArticle(page, 'Bench: 10 claims', 10);
  const largeArticle = await addArticle(page, `Bench: ${large.toLocaleString('en')} claims`, large);
  console.log(`articles: ${smallArticle.claimCount} and ${largeArticle.claimCount} claims`);
  if (largeArticle.claimCount < large) throw new Error(`expected ${large} claims, extraction kept ${largeArticle.claimCount}`);
  return { small: smallArticle, large: largeArticle };
}

/** Opens an article and waits until the workbench is hydrated (its keys listen). */
export async function openWorkbench(page: Page, id: string): Promise<void> {
  await page.goto(`/articles/${id}`);
  await page.locator('[data-testid="workbench"][data-hydrated="true"]').waitFor({ timeout: 60_000 });
}

/** The one-line verdict the integrator reads for each goal. */
export function goalLine(goal: string, met: boolean, measured: string): string {
  return `goal ${goal}: ${met ? 'met' : 'NOT met'} (${measured})`;
}
