import { expect, test } from '@playwright/test';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { storageState } from './credentials';
import { FETCH_TEST_PORT } from '../playwright.config';

/**
 * Add an article from its link. A local HTTP server stands in for a news site; the app may fetch
 * from it only because playwright.config.ts puts its host:port on CLAIMDESK_FETCH_ALLOW — every
 * other private address stays refused.
 */
test.use({ storageState: storageState('reviewer') });

const PAGE = readFileSync(path.join(__dirname, '..', 'lib', 'ingest', 'testdata', 'news-graph.html'));
const SITE = `http://127.0.0.1:${FETCH_TEST_PORT}`;
let server: http.Server;

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/news/living') {
      // The outlet corrected its story after it was added: the figure and the date changed.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE.toString('utf8').replaceAll('€4.5 million', '€4.9 million'));
    } else if (req.url === '/news/bridge') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/short') {
      res.writeHead(301, { Location: '/news/bridge' });
      res.end();
    } else if (req.url === '/video') {
      res.writeHead(200, { 'Content-Type': 'video/mp4' });
      res.end('not a page');
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(FETCH_TEST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('add an article from its link: preview, correct, save, see the claims', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Article link').fill(`${SITE}/short`);
  await page.getByRole('button', { name: 'Fetch article' }).click();

  const preview = page.getByTestId('link-preview');
  await expect(preview).toContainText('Found “Council spent €4.5m on a bridge that never opened”');
  await expect(preview).toContainText('by Maria López, Tom Reed');
  await expect(preview).toContainText('published 2025-03-02');
  await expect(preview).toContainText('updated 2025-03-03');
  await expect(preview).toContainText('language en-GB');
  // the form is the preview: every field filled and editable
  await expect(page.getByLabel('Title')).toHaveValue('Council spent €4.5m on a bridge that never opened');
  await expect(page.getByLabel('Outlet (optional)')).toHaveValue('The Riverside Courier');
  await expect(page.getByLabel('URL (optional)')).toHaveValue(`${SITE}/news/2025/03/02/bridge-never-opened`);
  await expect(page.getByLabel('Published (optional)')).toHaveValue('2025-03-02');
  await expect(page.getByLabel('Language (optional)')).toHaveValue('en-GB');
  const body = page.getByLabel('Article text');
  await expect(body).toHaveValue(/^The city council spent €4\.5 million/);
  await expect(body).toHaveValue(/## What the accounts show/);
  await expect(body).not.toHaveValue(/Cheap flights|Related stories|Accept all cookies/);

  await page.screenshot({ path: 'test-results/article-from-url-preview.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/article-from-url-preview-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1400, height: 900 });

  // correct the preview before saving
  const title = `Bridge that never opened ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Author (optional)').fill('Maria López');
  await page.getByRole('button', { name: 'Add article' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const claims = page.getByRole('list', { name: 'Claims' });
  await expect(claims.getByRole('button', { name: /€4\.5 million on a footbridge/ })).toBeVisible();
  // captions and the pull quote are kept in the text but never become claims
  await expect(page.getByTestId('article-text')).toContainText('Pull quote:');
  await expect(claims.getByRole('button', { name: /Pull quote|Caption/ })).toHaveCount(0);
  await expect(page.getByText('Maria López', { exact: false }).first()).toBeVisible();

  // the source form: pasting a link fills the title, publisher and date left empty
  await claims.getByRole('button', { name: /€4\.5 million on a footbridge/ }).click();
  const panel = page.getByTestId('claim-panel');
  await panel.getByRole('button', { name: 'Add source' }).click();
  const url = panel.getByLabel('Source URL');
  await url.focus();
  await url.evaluate((input, link) => {
    const data = new DataTransfer();
    data.setData('text/plain', link);
    (input as HTMLInputElement).value = link;
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `${SITE}/news/bridge`);
  await expect(panel.getByLabel('Source title')).toHaveValue('Council spent €4.5m on a bridge that never opened');
  await expect(panel.getByLabel('Publisher')).toHaveValue('The Riverside Courier');
  await expect(panel.getByLabel('Published')).toHaveValue('2025-03-02');
  await expect(panel.getByText('Filled the title, publisher, date from the page.')).toBeVisible();
  await panel.getByRole('button', { name: 'Add this source' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/article-from-url-source-form.png' });
});

test('a refused address, a missing page and a video get plain errors and store nothing', async ({ page }) => {
  await page.goto('/articles/new');
  const link = page.getByLabel('Article link');
  const fetchButton = page.getByRole('button', { name: 'Fetch article' });
  const error = page.locator('#sourceLink-error');

  await link.fill('http://169.254.169.254/latest/meta-data/');
  await fetchButton.click();
  await expect(error).toHaveText(/^Refused: 169\.254\.169\.254 points to a link-local address/);

  // the same test server on a port that is not on the allow-list: loopback, refused
  await link.fill(`http://127.0.0.1:${FETCH_TEST_PORT + 1}/news/bridge`);
  await link.press('Enter');
  await expect(error).toHaveText(/^Refused: 127\.0\.0\.1 points to a loopback address/);

  await link.fill(`${SITE}/gone`);
  await fetchButton.click();
  await expect(error).toHaveText('The site answered 404: no page at this address.');

  await link.fill(`${SITE}/video`);
  await fetchButton.click();
  await expect(error).toHaveText(/not a web page or text \(it is video\/mp4\)/);

  await page.screenshot({ path: 'test-results/article-from-url-error.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/article-from-url-error-phone.png', fullPage: true });
  // nothing was filled in, and the form was not submitted
  await expect(page.getByLabel('Title')).toHaveValue('');
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test('a pasted text and a chosen file at once are refused with a message, not silently dropped', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Article text').fill('The council spent €4.5 million on the bridge, the accounts show.');
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('A different article.') });
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#file-error')).toHaveText(/You pasted text and chose a file: keep one/);
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test('an uploaded .docx becomes an article titled by its headline', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles(path.join(__dirname, '..', 'lib', 'ingest', 'testdata', 'waiting-lists.docx'));
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hospital waiting lists fell by 12% last year' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /310,000 patients/ })).toBeVisible();
});

test('POST /api/v1/articles takes { url }: the page is fetched and stored; a refused address stores nothing', async ({ request }) => {
  const created = await request.post('/api/v1/articles', { data: { url: `${SITE}/news/bridge`, outlet: 'Courier (given)' } });
  expect(created.status()).toBe(201);
  const { data } = (await created.json()) as { data: { id: string; claimCount: number } };
  expect(data.claimCount).toBeGreaterThan(3);
  const article = (await (await request.get(`/api/v1/articles/${data.id}`)).json()) as { data: Record<string, unknown> };
  expect(article.data).toMatchObject({
    title: 'Council spent €4.5m on a bridge that never opened',
    outlet: 'Courier (given)',
    author: 'Maria López, Tom Reed',
    publishedAt: '2025-03-02',
    modifiedAt: '2025-03-03',
    language: 'en-GB',
    format: 'markdown',
  });

  const before = (await (await request.get('/api/v1/articles?limit=1')).json()) as { data: { id: string }[] };
  const refused = await request.post('/api/v1/articles', { data: { url: 'http://[::ffff:127.0.0.1]/admin' } });
  expect(refused.status()).toBe(502);
  expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'FETCH_FAILED', message: expect.stringMatching(/^Refused: .* loopback address/) });
  const after = (await (await request.get('/api/v1/articles?limit=1')).json()) as { data: { id: string }[] };
  expect(after.data[0].id).toBe(before.data[0].id);
});

test('re-fetch from its URL: the outlet\'s corrected text becomes a new revision, the changed claim is flagged', async ({ page }) => {
  // The article as it was first added (before the outlet corrected the figure).
  const before = 'The city council spent €4.5 million on a footbridge over the river Avon that has never opened to the public, according to accounts published on Monday.';
  const title = `Living story ${Date.now()}`;
  const created = await page.request.post('/api/v1/articles', { data: { title, url: `${SITE}/news/living`, body: `${before}\n\nKestrel Construction declined to comment.` } });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { data: { id: string } }).data;

  await page.goto(`/articles/${id}/edit`);
  await page.getByRole('button', { name: 'Re-fetch from its URL' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}/revisions\\?n=2$`));
  await expect(page.getByText('re-fetched from its URL').first()).toBeVisible();
  const diff = page.getByTestId('revision-diff');
  // the diff marks the changed digit: €4.[5→9] million
  await expect(diff.locator('del').filter({ hasText: /^5$/ }).first()).toBeVisible();
  await expect(diff.locator('ins').filter({ hasText: /^9$/ }).first()).toBeVisible();
  // the claim whose figure changed is flagged for a person, never moved silently
  const flagged = page.getByRole('listitem', { name: /^Flagged claim:/ });
  await expect(flagged).toHaveCount(1);
  await expect(flagged.locator('blockquote').first()).toHaveText(before);
  await expect(flagged.locator('blockquote').nth(1)).toContainText('€4.9 million on a footbridge');
  await page.screenshot({ path: 'test-results/article-refetch-revisions.png', fullPage: true });
});
