import { expect, test, type Page, type Response } from '@playwright/test';
import { E2E_PASSWORD, USERS, storageState } from './credentials';
import { createReviewArticle, openWorkbench } from './review-helpers';

const NONCE_CSP = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})' 'strict-dynamic'/;

/** Collects CSP violations the page reports (events and console errors), from before its first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
    return [...consoleErrors, ...events, ...pageErrors];
  };
}

/** The headers every page carries, and every inline or external script naming the request's nonce. */
async function expectSecurePage(response: Response | null, path: string) {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  const nonce = NONCE_CSP.exec(csp)?.[1];
  expect(nonce, `${path}: ${csp}`).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // Served over plain HTTP here: no HSTS, which would lock a browser out of an http:// install.
  expect(headers['strict-transport-security']).toBeUndefined();
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/** Next's client has started (hydration), which a blocked script would prevent. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');
}

test.describe('security headers and the CSP', () => {
  test('sign-in page: headers, a fresh nonce per request, and signing in works under the CSP', async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    const first = await expectSecurePage(await page.goto('/signin'), '/signin');
    const second = await expectSecurePage(await page.goto('/signin'), '/signin again');
    expect(second).not.toBe(first);
    await expectHydrated(page);
    await page.getByLabel('Email').fill(USERS.reviewer.email);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
    expect(await violations()).toEqual([]);
    await context.close();
  });

  test.describe('signed in as admin', () => {
    test.use({ storageState: storageState('admin') });

    test('every page carries the headers, runs with no CSP violation, and stays interactive', async ({ page }) => {
      test.setTimeout(120_000);
      const articleId = await createReviewArticle(page);
      const violations = await watchCsp(page);
      const pages: [string, (page: Page) => Promise<void>][] = [
        ['/', async (p) => { await expect(p.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible(); }],
        ['/articles/new', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/queue', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/exports', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/imports', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/settings', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/settings/verdicts', async (p) => { await expect(p.getByRole('heading', { level: 1, name: 'Verdict scale' })).toBeVisible(); }],
        ['/settings/tokens', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/admin/users', async (p) => { await expect(p.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible(); }],
        [`/articles/${articleId}/report`, async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
        ['/settings/organisation', async (p) => {
          // A server action round trip under the CSP: the field error comes back from the server.
          const form = p.getByRole('form', { name: 'Organisation' });
          await form.getByLabel('Public fact-check URL pattern').fill('https://facts.example/{slug}');
          await form.getByRole('button', { name: 'Save organisation' }).click();
          await expect(form.getByText(/Unknown placeholder \{slug\}/)).toBeVisible();
        }],
      ];
      const seen: string[] = [];
      for (const [path, check] of pages) {
        await expectSecurePage(await page.goto(path), path);
        await expectHydrated(page);
        await check(page);
        // Each page's own violation events, before the next navigation drops them.
        seen.push(...(await violations()).map((v) => `${path}: ${v}`));
      }
      expect(seen).toEqual([]);
      // The workbench: client components, keyboard shortcuts and a server action save.
      await openWorkbench(page, articleId);
      await page.getByRole('list', { name: 'Claims' }).getByRole('button').first().click();
      await page.getByTestId('claim-panel').getByLabel('Rationale').fill('Checked under the CSP.');
      await page.getByTestId('claim-panel').getByRole('button', { name: /^Save/ }).first().click();
      await expect(page.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();
      await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  });

  test('API responses and static files carry the headers; HSTS only over HTTPS', async ({ request, page }) => {
    const api = await request.get('/api/v1/health');
    expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers()['x-content-type-options']).toBe('nosniff');
    expect(api.headers()['strict-transport-security']).toBeUndefined();

    const overHttps = await request.get('/signin', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(overHttps.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(overHttps.headers()['content-security-policy']).toContain('upgrade-insecure-requests');

    await page.goto('/signin');
    const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['x-content-type-options']).toBe('nosniff');
    // The browser asks every page for the icon: a file, not a 404 in every page's console.
    const icon = await request.get('/favicon.ico');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/icon/);
    expect(icon.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('the signed-in app cannot be framed by another page', async ({ page, baseURL }) => {
    const blocked: string[] = [];
    page.on('console', (message) => { if (/frame-ancestors|Refused to (display|frame)/i.test(message.text())) blocked.push(message.text()); });
    await page.setContent(`<iframe id="victim" src="${baseURL}/" width="400" height="300"></iframe>`);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    const frame = page.frame({ url: `${baseURL}/` });
    expect(await frame?.locator('h1').count().catch(() => 0) ?? 0).toBe(0);
  });
});
