import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL } from '../playwright.config';
import { bearerContext, createApiToken, expectError, sessionContext } from './api-client';
import { storageState } from './credentials';
import { REVIEW_ARTICLE } from './review-helpers';

/** A page on another port of the same host: same site, so the browser sends the victim's cookie. */
async function startAttackerSite(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

async function articleTitles(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/v1/articles?limit=100');
  expect(response.status()).toBe(200);
  return ((await response.json()).data as { title: string }[]).map((a) => a.title);
}

test.describe('requests from other pages', () => {
  test('a page on another port cannot create an article with the victim\'s session cookie', async ({ browser, playwright }) => {
    const stamp = `CSRF ${Date.now()}`;
    const api = `${BASE_URL}/api/v1/articles`;
    const body = REVIEW_ARTICLE.replace(/\n/g, ' ');
    // A text/plain form whose "name=value" line is itself JSON, and a no-cors fetch with text/plain:
    // both are "simple" requests a browser sends cross-origin without asking first.
    const { url, server } = await startAttackerSite(`<!doctype html><html><body>
      <iframe name="sink"></iframe>
      <form id="attack" method="POST" action="${api}" enctype="text/plain" target="sink">
        <input name='{"title":"${stamp} form","body":"${body}' value='"}'>
      </form>
      <script>
        fetch(${JSON.stringify(api)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ title: ${JSON.stringify(`${stamp} fetch`)}, body: ${JSON.stringify(body)} }) })
          .finally(() => { document.getElementById('attack').submit(); });
      </script></body></html>`);
    // The victim's browser: signed in, sending only what a browser sends (no test-added Origin).
    const victim = await browser.newContext({ storageState: storageState('editor'), extraHTTPHeaders: {} });
    try {
      const page = await victim.newPage();
      const statuses: number[] = [];
      const origins: string[] = [];
      const bothAnswered = new Promise<void>((resolve) => {
        page.on('response', async (response) => {
          if (response.url() === api && response.request().method() === 'POST') {
            origins.push((await response.request().allHeaders())['origin'] ?? '(none)');
            statuses.push(response.status());
            if (statuses.length === 2) resolve();
          }
        });
      });
      await page.goto(url);
      await bothAnswered;
      expect(statuses).toEqual([403, 403]);
      // What the browser itself sent (the attacker's origin, or none that Chromium reports for the
      // no-cors fetch), never the app's origin that the test config adds to its own requests.
      expect(origins).toContain(url.replace(/\/$/, ''));
      expect(origins).not.toContain(BASE_URL);
    } finally {
      await victim.close();
      server.close();
    }
    const editor = await sessionContext(playwright, 'editor');
    expect((await articleTitles(editor)).filter((title) => title.startsWith(stamp))).toEqual([]);
    await editor.dispose();
  });

  test('cookie-authenticated API writes need the app\'s origin and JSON; bearer tokens do not', async ({ playwright }) => {
    const noOrigin = await playwright.request.newContext({ baseURL: BASE_URL, storageState: storageState('editor'), extraHTTPHeaders: {} });
    const data = { title: `No origin ${Date.now()}`, body: REVIEW_ARTICLE };
    const refused = await expectError(await noOrigin.post('/api/v1/articles', { data }), 403, 'FORBIDDEN');
    expect(refused.message).toMatch(/origin/i);
    await expectError(await noOrigin.post('/api/v1/articles', { data, headers: { Origin: 'http://localhost:1' } }), 403, 'FORBIDDEN');
    await expectError(
      await noOrigin.post('/api/v1/articles', { data: JSON.stringify(data), headers: { Origin: BASE_URL, 'Content-Type': 'text/plain' } }),
      403, 'FORBIDDEN',
    );
    expect((await noOrigin.post('/api/v1/articles', { data, headers: { Origin: BASE_URL } })).status()).toBe(201);
    await noOrigin.dispose();

    const admin = await sessionContext(playwright, 'admin');
    const writer = await createApiToken(admin, { scope: 'write' });
    const bearer = await bearerContext(playwright, writer.token);
    expect((await bearer.post('/api/v1/articles', { data: { title: `Token ${Date.now()}`, body: REVIEW_ARTICLE } })).status()).toBe(201);
    await bearer.dispose();
    await admin.dispose();
  });

  test('a server action called from another site gets 403 in the one error shape, not 500', async ({ playwright }) => {
    const editor = await playwright.request.newContext({ baseURL: BASE_URL, storageState: storageState('editor'), extraHTTPHeaders: {} });
    for (const origin of ['http://localhost:1', 'null']) {
      const response = await editor.post('/articles/new', {
        headers: { Origin: origin, 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
        data: '[]',
      });
      await expectError(response, 403, 'FORBIDDEN');
    }
    await editor.dispose();
  });
});

test.describe('what tokens may do', () => {
  test('a token cannot mint tokens or download the backup; a signed-in admin can', async ({ playwright }) => {
    const admin = await sessionContext(playwright, 'admin');
    const writer = await createApiToken(admin, { scope: 'write' });
    const reader = await createApiToken(admin, { scope: 'read' });
    const asWriter = await bearerContext(playwright, writer.token);
    const asReader = await bearerContext(playwright, reader.token);

    await expectError(await asWriter.post('/api/v1/tokens', { data: { name: 'child', scope: 'write' } }), 403, 'FORBIDDEN');
    await expectError(await asWriter.get('/api/v1/tokens'), 403, 'FORBIDDEN');
    await expectError(await asWriter.delete(`/api/v1/tokens/${reader.id}`), 403, 'FORBIDDEN');
    await expectError(await asReader.get('/api/v1/exports/backup'), 403, 'FORBIDDEN');
    await expectError(await asWriter.get('/api/v1/exports/backup'), 403, 'FORBIDDEN');

    const tokens = (await (await admin.get('/api/v1/tokens')).json()).data as { name: string; state: string; id: string }[];
    expect(tokens.filter((t) => t.name === 'child')).toEqual([]);
    expect(tokens.find((t) => t.id === reader.id)?.state).toBe('active');
    expect((await admin.get('/api/v1/exports/backup')).status()).toBe(200);
    await Promise.all([asWriter.dispose(), asReader.dispose(), admin.dispose()]);
  });
});

test.describe('what leaves the building', () => {
  test.use({ storageState: storageState('editor') });

  test('ClaimReview with </script> in a claim, embedded in a page, runs no script', async ({ request, page }) => {
    const hostile = 'The bridge cost $4.2 million </script><script>window.__pwned = 1</script><!-- & \u2028 more';
    const created = await request.post('/api/v1/articles', { data: { title: `Embed ${Date.now()}`, body: REVIEW_ARTICLE } });
    expect(created.status()).toBe(201);
    const articleId = (await created.json()).data.id as string;
    const claim = (await (await request.get(`/api/v1/articles/${articleId}`)).json()).data.claims[0] as { id: string; version: number };
    const verdicts = (await (await request.get('/api/v1/verdicts')).json()).data as { id: string; label: string }[];
    const patched = await request.patch(`/api/v1/articles/${articleId}/claims/${claim.id}`, {
      data: { version: claim.version, claimText: hostile, verdictId: verdicts[0]!.id, rationale: '<b>bold</b> & </script>' },
    });
    expect(patched.status(), await patched.text()).toBe(200);

    const exported = await request.get(`/api/v1/articles/${articleId}/export?format=claimreview&status=all&ids=${claim.id}`);
    expect(exported.status()).toBe(200);
    const jsonld = await exported.text();
    expect(jsonld).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(jsonld).claimReviewed).toContain('</script><script>');

    // The publisher pastes it into their page as Google documents it.
    await page.setContent(`<!doctype html><html><head>
      <script type="application/ld+json">${jsonld}</script>
      <script>window.__parsed = JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent);</script>
      </head><body><p id="after">Article text</p></body></html>`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __parsed: { claimReviewed: string } }).__parsed.claimReviewed)).toContain('window.__pwned = 1');
    await expect(page.locator('#after')).toHaveText('Article text');
  });

  test('ClaimReview leaves out claims without a public URL and says how many', async ({ request }) => {
    const created = await request.post('/api/v1/articles', { data: { title: `Public URL ${Date.now()}`, body: REVIEW_ARTICLE } });
    const articleId = (await created.json()).data.id as string;
    const claim = (await (await request.get(`/api/v1/articles/${articleId}`)).json()).data.claims[0] as { id: string; version: number };
    const verdicts = (await (await request.get('/api/v1/verdicts')).json()).data as { id: string }[];
    await request.patch(`/api/v1/articles/${articleId}/claims/${claim.id}`, { data: { version: claim.version, verdictId: verdicts[0]!.id } });
    // The e2e workspace has a URL pattern (scripts/e2e-server.ts): every claim gets a public page.
    const response = await request.get(`/api/v1/articles/${articleId}/export?format=claimreview&status=all`);
    expect(response.headers()['x-omitted-count']).toBe('0');
    const doc = await response.json();
    expect(doc.url).toBe(`https://facts.e2e.example/checks/${articleId}#${claim.id}`);
    expect(doc.url.startsWith(BASE_URL)).toBe(false);
  });
});

test.describe('public fact-check URLs in the app', () => {
  test('an editor gives a claim its public URL; without one, the export menu says it was left out', async ({ browser, playwright }) => {
    const editorContext = await browser.newContext({ storageState: storageState('editor') });
    const adminContext = await browser.newContext({ storageState: storageState('admin') });
    const editorPage = await editorContext.newPage();
    const adminPage = await adminContext.newPage();
    const editor = await sessionContext(playwright, 'editor');
    const pattern = 'https://facts.e2e.example/checks/{articleId}#{claimId}';
    async function savePattern(value: string) {
      await adminPage.goto('/settings/organisation');
      const form = adminPage.getByRole('form', { name: 'Organisation' });
      await form.getByLabel('Public fact-check URL pattern').fill(value);
      await form.getByRole('button', { name: 'Save organisation' }).click();
      await expect(form.getByRole('status')).toContainText('Saved.');
    }
    try {
      const created = await editor.post('/api/v1/articles', { data: { title: `Publish ${Date.now()}`, body: REVIEW_ARTICLE } });
      const articleId = (await created.json()).data.id as string;
      const claims = (await (await editor.get(`/api/v1/articles/${articleId}`)).json()).data.claims as { id: string; version: number; quote: string }[];
      const verdicts = (await (await editor.get('/api/v1/verdicts')).json()).data as { id: string }[];
      for (const claim of claims.slice(0, 2)) {
        await editor.patch(`/api/v1/articles/${articleId}/claims/${claim.id}`, { data: { version: claim.version, verdictId: verdicts[0]!.id } });
      }
      await savePattern('');

      await editorPage.goto(`/articles/${articleId}?sort=position`);
      await expect(editorPage.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
      await editorPage.getByRole('list', { name: 'Claims' }).getByRole('button', { name: claims[0]!.quote.slice(0, 30) }).click();
      const field = editorPage.getByRole('form', { name: 'Public fact-check URL' });
      await field.getByLabel('Public fact-check URL').fill(`http://localhost:${new URL(BASE_URL).port}/articles/${articleId}`);
      await field.getByRole('button', { name: 'Save URL' }).click();
      await expect(field.getByText(/Claimdesk’s own address/)).toBeVisible();
      await field.getByLabel('Public fact-check URL').fill('https://facts.e2e.example/bridge-costs');
      await field.getByRole('button', { name: 'Save URL' }).click();
      await expect(field.getByText('Saved: ClaimReview links this page.')).toBeVisible();

      await editorPage.getByRole('navigation', { name: 'Export' }).getByRole('button', { name: 'More export options…' }).click();
      const menu = editorPage.getByRole('group', { name: 'Export this article' });
      await menu.getByLabel('Claims').selectOption('all');
      const download = editorPage.waitForEvent('download');
      await menu.getByRole('button', { name: 'Download' }).click();
      await download;
      await expect(menu.getByTestId('export-omitted')).toHaveText(/^1 claim was left out of ClaimReview: no public fact-check URL\./);
      const response = await editor.get(`/api/v1/articles/${articleId}/export?format=claimreview&status=all`);
      expect(response.headers()['x-omitted-count']).toBe('1');
      expect((await response.json()).url).toBe('https://facts.e2e.example/bridge-costs');
    } finally {
      await savePattern(pattern);
      await Promise.all([editorContext.close(), adminContext.close(), editor.dispose()]);
    }
  });
});
