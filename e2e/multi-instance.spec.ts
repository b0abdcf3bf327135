/**
 * Two app processes on one database behave as one: a token's rate limit and an account's sign-in
 * lockout hold across both. The second instance is a plain `next start` of the same build, on
 * another port, against the e2e server's database (scripts/e2e-server.ts records how to reach it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL } from '../playwright.config';
import { storageState } from './credentials';
import { createApiToken } from './api-client';
import { createUserInDb, serverInfo, signInAttempt } from './signin-helpers';

test.use({ storageState: storageState('admin') });
test.describe.configure({ timeout: 180_000 });

let second: ChildProcess | undefined;
let secondUrl = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  const info = serverInfo();
  const port = await freePort();
  secondUrl = `http://localhost:${port}`;
  const root = path.resolve(__dirname, '..');
  second = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), DATABASE_URL: info.databaseUrl, NEXTAUTH_SECRET: info.nextauthSecret, NEXTAUTH_URL: secondUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  second.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  second.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (second.exitCode !== null) throw new Error(`The second instance exited: ${output}`);
    try {
      if ((await fetch(`${secondUrl}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The second instance did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (second && second.exitCode === null) {
    const exited = new Promise((resolve) => second?.once('exit', resolve));
    second.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
});

async function burst(client: APIRequestContext, base: string, token: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - i) }, () => client.get(`${base}/api/v1/verdicts`, { headers: { Authorization: `Bearer ${token}` } })),
    );
    statuses.push(...batch.map((r) => r.status()));
  }
  return statuses;
}

test("one token's rate limit holds across two instances", async ({ request, playwright }) => {
  const token = await createApiToken(request, { scope: 'read' });
  const client = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const started = Date.now();
  // The burst is 60 (CLAIMDESK_API_RATE_BURST), refilled at 2 a second: 60 on the first instance
  // use it up; on its own memory, the second would allow another 60.
  const first = await burst(client, BASE_URL, token.token, 60);
  const onSecond = await burst(client, secondUrl, token.token, 40);
  const seconds = (Date.now() - started) / 1000;
  await client.dispose();

  expect(first.every((s) => s === 200 || s === 429)).toBe(true);
  expect(onSecond.every((s) => s === 200 || s === 429)).toBe(true);
  const allowed = [...first, ...onSecond].filter((s) => s === 200).length;
  // Never more than the burst plus what refilled meanwhile, across both instances together.
  expect(allowed).toBeLessThanOrEqual(60 + Math.ceil(seconds * 2) + 1);
  expect(onSecond.filter((s) => s === 429).length).toBeGreaterThan(0);
  const refused = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const last = await refused.get(`${secondUrl}/api/v1/verdicts`, { headers: { Authorization: `Bearer ${token.token}` } });
  if (last.status() === 429) expect(Number(last.headers()['retry-after'])).toBeGreaterThan(0);
  await refused.dispose();
});

test("one account's sign-in lockout holds across two instances", async ({ playwright }) => {
  const password = 'multi-instance-password-1';
  const user = await createUserInDb({ password });
  // Each instance is its own origin: a sign-in form posts to the instance it came from.
  const onFirst = await playwright.request.newContext({ baseURL: BASE_URL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { Origin: BASE_URL } });
  const onSecond = await playwright.request.newContext({ baseURL: secondUrl, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { Origin: secondUrl } });
  // Wrong guesses spread over both instances: the lock comes after 5 in all.
  for (let i = 0; i < 5; i++) expect(await signInAttempt(i % 2 ? onSecond : onFirst, user.email, `guess ${i}`)).toBe('CredentialsSignin');
  expect(await signInAttempt(onSecond, user.email, password)).toMatch(/^THROTTLED:\d+$/);
  expect(await signInAttempt(onFirst, user.email, password)).toMatch(/^THROTTLED:\d+$/);
  await onFirst.dispose();
  await onSecond.dispose();
});

test('a session ended on one instance is ended on the other', async ({ playwright }) => {
  const password = 'multi-instance-password-2';
  const user = await createUserInDb({ password });
  const browserless = await playwright.request.newContext({ baseURL: BASE_URL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { Origin: BASE_URL } });
  expect(await signInAttempt(browserless, user.email, password)).toBeNull();
  const cookies = (await browserless.storageState()).cookies;
  const onSecond = await playwright.request.newContext({
    baseURL: secondUrl,
    storageState: { cookies: cookies.map((c) => ({ ...c, domain: 'localhost' })), origins: [] },
  });
  expect((await onSecond.get('/api/v1/verdicts')).status()).toBe(200);
  // Sign out on the first instance.
  const csrf = (await (await browserless.get('/api/auth/csrf')).json()) as { csrfToken: string };
  expect((await browserless.post('/api/auth/signout', { form: { csrfToken: csrf.csrfToken, json: 'true' } })).status()).toBeLessThan(400);
  expect((await onSecond.get('/api/v1/verdicts')).status()).toBe(401);
  await browserless.dispose();
  await onSecond.dispose();
});
