import { expect, test, type APIRequestContext } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { BASE_URL } from '../playwright.config';
import { createApiToken } from './api-client';
import { observeAction, observePage, observeRoute, fillPath, type Observed } from './authz-client';
import { readInventory, type Inventory } from './authz-inventory';
import { ACTION_PROBES, ACTIONS, CALLERS, expectations, PAGES, ROUTE_PROBES, ROUTES, type Caller, type Fixture } from './authz-matrix';
import { E2E_PASSWORD, storageState, USERS } from './credentials';

/*
 * The authorization matrix (e2e/authz-matrix.ts) checked against the build: every page, route
 * handler method and server action × anonymous, reviewer, editor, admin, read token, write token,
 * revoked token. Requests carry the app's own Origin, as the browser sends for same-origin writes.
 */
const ORIGIN = { Origin: BASE_URL };

type Callers = Record<Caller, { request: APIRequestContext; headers: Record<string, string> }>;

async function openCallers(playwright: import('@playwright/test').PlaywrightWorkerArgs['playwright']): Promise<{ callers: Callers; fx: Fixture }> {
  const anon = () => playwright.request.newContext({ baseURL: BASE_URL, storageState: { cookies: [], origins: [] } });
  const session = (role: keyof typeof USERS) => playwright.request.newContext({ baseURL: BASE_URL, storageState: storageState(role), extraHTTPHeaders: ORIGIN });
  const admin = await session('admin');
  const read = await createApiToken(admin, { scope: 'read', name: `matrix read ${Date.now()}` });
  const write = await createApiToken(admin, { scope: 'write', name: `matrix write ${Date.now()}` });
  const revoked = await createApiToken(admin, { scope: 'write', name: `matrix revoked ${Date.now()}` });
  expect((await admin.delete(`/api/v1/tokens/${revoked.id}`)).status()).toBeLessThan(300);

  // Its own article, so the probes never depend on what other specs left behind.
  const article = await admin.post('/api/v1/articles', {
    data: { title: 'Authorization matrix fixture', body: 'Unemployment fell to 3.9% in May, the statistics office said. The minister said the new law will cut waiting times by half by 2027.' },
  });
  expect(article.status(), await article.text()).toBe(201);
  const articleId = ((await article.json()).data as { id: string }).id;
  const claims = (await (await admin.get(`/api/v1/articles/${articleId}/claims`)).json()).data as { id: string }[];
  const claimId = claims[0].id;
  const source = await admin.post(`/api/v1/articles/${articleId}/claims/${claimId}/sources`, { data: { url: 'https://example.org/matrix', title: 'Matrix source' } });
  expect(source.status(), await source.text()).toBe(201);
  const sourceId = ((await source.json()).data as { id: string }).id;

  const callers: Callers = {
    anonymous: { request: await anon(), headers: ORIGIN },
    reviewer: { request: await session('reviewer'), headers: ORIGIN },
    editor: { request: await session('editor'), headers: ORIGIN },
    admin: { request: admin, headers: ORIGIN },
    readToken: { request: await anon(), headers: { ...ORIGIN, Authorization: `Bearer ${read.token}` } },
    writeToken: { request: await anon(), headers: { ...ORIGIN, Authorization: `Bearer ${write.token}` } },
    revokedToken: { request: await anon(), headers: { ...ORIGIN, Authorization: `Bearer ${revoked.token}` } },
  };
  return { callers, fx: { articleId, claimId, sourceId } };
}

test.describe('authorization matrix', () => {
  test.describe.configure({ timeout: 180_000 });
  let inventory: Inventory;
  let callers: Callers;
  let fx: Fixture;

  test.beforeAll(async ({ playwright }) => {
    inventory = readInventory();
    ({ callers, fx } = await openCallers(playwright));
  });

  test.afterAll(async () => {
    for (const c of Object.values(callers ?? {})) await c.request.dispose();
  });

  test('has a row for everything the build serves, and nothing else', () => {
    const missing = (built: string[], table: Record<string, unknown>) => built.filter((k) => !(k in table));
    const extra = (built: string[], table: Record<string, unknown>) => Object.keys(table).filter((k) => !built.includes(k));
    const actionKeys = inventory.actions.map((a) => a.key);
    expect({ pages: missing(inventory.pages, PAGES), routes: missing(inventory.routes, ROUTES), actions: missing(actionKeys, ACTIONS), actionProbes: missing(actionKeys, ACTION_PROBES) }, 'add a row to e2e/authz-matrix.ts').toEqual({ pages: [], routes: [], actions: [], actionProbes: [] });
    expect({ pages: extra(inventory.pages, PAGES), routes: extra(inventory.routes, ROUTES), actions: extra(actionKeys, ACTIONS) }, 'rows for things the build no longer has').toEqual({ pages: [], routes: [], actions: [] });
    // The build really was read: these are known to exist.
    expect(inventory.pages).toContain('/articles/[id]');
    expect(inventory.routes).toContain('PATCH /api/v1/articles/[id]/claims/[claimId]');
    expect(actionKeys).toContain('app/articles/[id]/actions.ts#approveClaimAction');
    expect(inventory.actions.every((a) => a.pages.length > 0)).toBe(true);
  });

  async function check(kind: string, keys: string[], table: Record<string, string>, observe: (key: string, caller: Caller) => Promise<Observed>) {
    const wrong: string[] = [];
    const grid: string[] = [];
    let cells = 0;
    for (const key of keys) {
      const row = table[key];
      if (!row) continue; // reported by the coverage test
      const expected = expectations(row);
      for (const caller of CALLERS) {
        const seen = await observe(key, caller);
        grid.push(`${kind} ${key} · ${caller}: ${seen.outcome} (${seen.detail})`);
        cells++;
        if (seen.outcome !== expected[caller]) wrong.push(`${kind} ${key} as ${caller}: expected ${expected[caller]}, got ${seen.outcome} (${seen.detail})`);
      }
    }
    // What each cell really answered, for a reviewer of the matrix (test-results/…/authz-<kind>.txt).
    writeFileSync(test.info().outputPath(`authz-${kind}.txt`), grid.join('\n') + '\n');
    expect(wrong, `${wrong.length} of ${cells} cells differ from e2e/authz-matrix.ts`).toEqual([]);
    expect(cells).toBeGreaterThan(keys.length * CALLERS.length - 1);
  }

  test('pages', async () => {
    await check('page', inventory.pages, PAGES, (pattern, caller) => observePage(callers[caller].request, fillPath(pattern, fx), callers[caller].headers));
  });

  test('route handlers', async () => {
    await check('route', inventory.routes, ROUTES, (key, caller) => {
      const [method, pattern] = key.split(' ');
      const probe = ROUTE_PROBES[key]?.(fx) ?? { path: fillPath(pattern, fx), body: method === 'GET' || method === 'DELETE' ? undefined : {} };
      return observeRoute(callers[caller].request, method, probe, callers[caller].headers);
    });
  });

  test('a revoked token is refused even beside an admin session cookie', async () => {
    // The revoked-token column again, sent by a browser context that is signed in as the admin.
    const asAdminCookie = { ...callers.revokedToken, request: callers.admin.request };
    const wrong: string[] = [];
    for (const key of inventory.routes) {
      const [method, pattern] = key.split(' ');
      const probe = ROUTE_PROBES[key]?.(fx) ?? { path: fillPath(pattern, fx), body: method === 'GET' || method === 'DELETE' ? undefined : {} };
      const seen = await observeRoute(asAdminCookie.request, method, probe, asAdminCookie.headers);
      const expected = ROUTES[key] ? expectations(ROUTES[key]).revokedToken : 'U';
      if (seen.outcome !== expected) wrong.push(`${key}: expected ${expected}, got ${seen.outcome} (${seen.detail})`);
    }
    expect(wrong).toEqual([]);
  });

  test('server actions', async () => {
    const byKey = new Map(inventory.actions.map((a) => [a.key, a]));
    await check('action', [...byKey.keys()], ACTIONS, (key, caller) => {
      const probe = ACTION_PROBES[key];
      if (!probe) return Promise.resolve({ outcome: 'other', detail: 'no probe in e2e/authz-matrix.ts' });
      return observeAction(callers[caller].request, byKey.get(key)!, probe, fx, callers[caller].headers);
    });
  });
});

test.describe('signed out', () => {
  test('a page sends the browser to sign-in and back', async ({ page }) => {
    await page.goto('/settings/verdicts');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Fverdicts/);
    await expect(page.getByRole('heading', { name: 'Sign in to Claimdesk' })).toBeVisible();
  });

  test('a wrong password gets a clear message', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(USERS.admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signin-error')).toHaveText('Wrong email or password.');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  });
});

test.describe('reviewer limits', () => {
  test.use({ storageState: storageState('reviewer') });

  test('cannot reach user management or export', async ({ page, request }) => {
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    const list = await request.get('/api/v1/articles');
    const [first] = (await list.json()).data as { id: string }[];
    const response = await request.get(`/api/v1/articles/${first.id}/export?format=claimreview`);
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

test.describe('admin', () => {
  test.use({ storageState: storageState('admin') });

  test('manages users, with field errors for bad input', async ({ page }) => {
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name').fill('Nina New');
    await form.getByLabel('Email').fill('nina@claimdesk.local');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
    await expect(form.locator('#new-password-error')).toHaveText('Use at least 10 characters.');
    await expect(form.getByLabel('Initial password')).toHaveAttribute('aria-invalid', 'true');
    await form.getByLabel('Initial password').fill('a long enough password');
    await form.getByLabel('Role').selectOption('editor');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'nina@claimdesk.local' })).toBeVisible();
  });
});
