import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { storageState } from './credentials';

const ARTICLE = [
  'Ferry fares under scrutiny',
  '',
  'The council raised ferry fares by 40 percent in 2024, according to the transport board.',
  'Mayor Jane Doe said the new ferry would enter service by May 2026.',
].join('\n');

const SECRET = 'https://whistle.example/ferry-memo';

/** An article whose fares claim carries a verdict (awaiting second review), a public and a confidential source. */
async function reviewedArticle(page: Page, title: string): Promise<string> {
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('URL (optional)').fill('https://metro.example/ferry');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const articleId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /40 percent/ }).click();
  const panel = page.getByTestId('claim-panel');
  await panel.getByLabel('Verdict').selectOption({ label: 'Mostly false' });
  await panel.getByLabel('Rationale').fill('Board minutes show <b>25 percent</b>.');
  await panel.getByRole('button', { name: 'Save claim' }).click();
  await expect(panel.getByText('Saved.')).toBeVisible();
  for (const [url, title, confidential] of [['https://board.example/minutes', 'Board minutes', false], [SECRET, 'Insider memo', true]] as const) {
    await panel.getByRole('button', { name: 'Add source' }).click();
    await panel.getByLabel('Source URL').fill(url);
    await panel.getByLabel('Source title').fill(title);
    if (confidential) {
      // "Confidential" sits under "More details", after the button (a short Tab path to it).
      await panel.locator('summary', { hasText: 'More details' }).click();
      await panel.getByLabel(/confidential/i).check();
    }
    await panel.getByRole('button', { name: 'Add this source' }).click();
    await expect(panel.getByTestId('source').filter({ hasText: title })).toBeVisible();
  }
  return articleId;
}

async function downloadFrom(page: Page, scope: ReturnType<Page['getByRole']>, button: string) {
  const downloadPromise = page.waitForEvent('download');
  await scope.getByRole('button', { name: button }).click();
  const download = await downloadPromise;
  await expect(scope.getByTestId('export-progress')).toContainText(/Downloaded .*: \d+ claims/);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

test.describe('exports', () => {
  test.use({ storageState: storageState('editor') });

  test('an editor downloads every format of an article with progress, and opens the printable report', async ({ page }) => {
    const title = `Ferry fares ${Date.now()}`;
    const articleId = await reviewedArticle(page, title);

    await page.getByRole('navigation', { name: 'Export' }).getByRole('button', { name: 'More export options…' }).click();
    const panel = page.getByRole('group', { name: 'Export this article' });
    await panel.getByLabel('Claims').selectOption('reviewed');
    const files: Record<string, { name: string; text: string }> = {};
    for (const format of ['claimreview', 'csv', 'json', 'markdown', 'html']) {
      await panel.getByLabel('Format').selectOption(format);
      files[format] = await downloadFrom(page, panel, 'Download');
      expect(files[format].text, format).not.toContain(SECRET);
    }
    await expect(panel.getByTestId('export-progress')).toHaveText(/Downloaded claimdesk-.*\.html: 1 claims/);

    const review = JSON.parse(files.claimreview.text);
    expect(files.claimreview.name).toMatch(/\.jsonld$/);
    expect(review).toMatchObject({ '@type': 'ClaimReview', author: { '@type': 'Organization' }, reviewRating: { alternateName: 'Mostly false' } });
    expect(JSON.stringify(review.itemReviewed.appearance)).toContain('https://metro.example/ferry');
    const rows = parse(files.csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Verdict'])).toEqual(['Mostly false']);
    expect(rows[0]['Source URLs']).toBe('https://board.example/minutes');
    const json = JSON.parse(files.json.text);
    expect(json.claims[0].history.map((e: { action: string }) => e.action)).toContain('claim.update');
    expect(files.markdown.text).toContain(`# Fact-check report: ${title}`);
    expect(files.html.text).toContain('Board minutes show &lt;b&gt;25 percent&lt;/b&gt;.');

    await page.getByRole('link', { name: 'Printable report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Fact-check report: ${title}` })).toBeVisible();
    await expect(page.getByText('No approved verdicts yet.')).toBeVisible();
    await page.goto(`/articles/${articleId}/report?status=reviewed`);
    const claim = page.getByRole('article').filter({ hasText: '40 percent' });
    await expect(claim.getByText('Board minutes show <b>25 percent</b>.')).toBeVisible();
    await expect(claim.getByRole('link', { name: 'Board minutes' })).toBeVisible();
    await expect(page.getByText('Insider memo')).toHaveCount(0);
    await expect(page.getByRole('img', { name: /^Verdicts of 1 claim: Mostly false: 1$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print report' })).toBeVisible();
  });

  test('the workspace export page filters, shows field errors and streams with progress', async ({ page }) => {
    await page.goto('/exports');
    const form = page.getByRole('form', { name: 'Export the workspace' });
    await form.getByLabel('Articles added from').fill('2026-03-01');
    await form.getByLabel('Articles added until').fill('2026-01-01');
    await form.getByRole('button', { name: 'Download export' }).click();
    await expect(form.getByText('The end date is before the start date.')).toBeVisible();
    await expect(form.getByLabel('Articles added until')).toHaveAttribute('aria-invalid', 'true');

    await form.getByLabel('Articles added from').fill('');
    await form.getByLabel('Articles added until').fill('');
    await form.getByLabel('Claims').selectOption('all');
    await form.getByLabel('Format').selectOption('csv');
    const { name, text } = await downloadFrom(page, form, 'Download export');
    expect(name).toMatch(/^claimdesk-workspace-.*\.csv$/);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    await expect(form.getByTestId('export-progress')).toHaveText(new RegExp(`: ${rows.length} claims`));
  });

  test('a slow export shows its progress and can be cancelled', async ({ page }) => {
    await page.goto('/exports');
    const form = page.getByRole('form', { name: 'Export the workspace' });
    await form.getByLabel('Claims').selectOption('all');
    await form.getByLabel('Format').selectOption('markdown');
    // Link prefetches still in flight would share the throttled connection and hold back the export's
    // headers (seen once in a full run): let them finish first.
    await page.waitForLoadState('networkidle');
    // A slow connection (1 KB/s), so the download is still running when Cancel is pressed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: 1024, uploadThroughput: -1 });
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    await form.getByRole('button', { name: 'Download export' }).click();
    await expect(form.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(form.getByText(/Downloading: .* of \d+ claims/)).toBeVisible();
    await form.getByRole('button', { name: 'Cancel export' }).click();
    await expect(form.getByRole('status')).toHaveText('Export cancelled; nothing was saved.');
    expect(downloaded).toBe(false);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  });

  test('the export API streams with a claim count and refuses bad or forbidden queries', async ({ request }) => {
    const ok = await request.get('/api/v1/exports?format=csv&status=all&bom=1');
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(ok.headers()['content-disposition']).toMatch(/^attachment; filename="claimdesk-workspace-.*\.csv"$/);
    const body = await ok.body();
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(body.toString('utf8').slice(1), { columns: true }) as unknown[];
    expect(Number(ok.headers()['x-claim-count'])).toBe(rows.length);

    const bad = await request.get('/api/v1/exports?format=pdf&from=2026-13-01');
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toMatchObject({ code: 'INVALID', fields: { format: expect.any(Array), from: expect.any(Array) } });
    const secret = await request.get('/api/v1/exports?format=json&includeConfidential=1');
    expect(secret.status()).toBe(403);
    // ClaimReview files stream in (up to 512 MB): a large body that is not JSON is refused as such, storing nothing.
    const notJson = await request.post('/api/v1/imports/claimreview', { data: 'x'.repeat(5 * 1024 * 1024 + 10), headers: { 'Content-Type': 'application/ld+json' } });
    expect(notJson.status()).toBe(422);
  });

  test('an editor imports ClaimReview files and sees clear errors', async ({ page }) => {
    await page.goto('/imports');
    const form = page.getByRole('form', { name: 'Import ClaimReview' });
    await form.getByLabel('ClaimReview JSON-LD file').setInputFiles({ name: 'broken.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{ nope') });
    await form.getByRole('button', { name: 'Import fact-checks' }).click();
    await expect(form.getByText('The file is not valid JSON (JSON-LD).')).toBeVisible();

    const stamp = Date.now();
    const graph = { '@context': 'https://schema.org', '@graph': [1, 2].map((n) => ({
      '@type': 'ClaimReview', url: `https://other.example/${stamp}/${n}`, claimReviewed: `Ferries are free ${stamp} #${n}`,
      author: { '@type': 'Organization', name: 'Other Check', url: 'https://other.example' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    })) };
    await form.getByLabel('ClaimReview JSON-LD file').setInputFiles({ name: 'checks.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(graph)) });
    await form.getByRole('button', { name: 'Import fact-checks' }).click();
    await expect(form.getByRole('status')).toContainText('Imported 2 fact-checks from Other Check; 0 duplicates skipped; 0 invalid.');
    await expect(page.getByRole('table', { name: 'Earlier fact-checks' }).getByRole('link', { name: `Ferries are free ${stamp} #1` })).toBeVisible();
  });
});

test.describe('organisation settings', () => {
  test.use({ storageState: storageState('admin') });

  test('an admin sets the organisation named in ClaimReview, with field errors', async ({ page }) => {
    await page.goto('/settings/organisation');
    const form = page.getByRole('form', { name: 'Organisation' });
    await form.getByLabel('Organisation URL').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save organisation' }).click();
    await expect(form.getByText('Enter a full http(s):// address.')).toBeVisible();

    await form.getByLabel('Organisation name').fill('E2E Fact Desk');
    await form.getByLabel('Organisation URL').fill('https://facts.e2e.example');
    await form.getByRole('button', { name: 'Save organisation' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved. Exports now name E2E Fact Desk.');
    await page.reload();
    await expect(page.getByLabel('Organisation URL')).toHaveValue('https://facts.e2e.example');
  });

  test('an admin downloads the workspace backup through the API; editors may not', async ({ page, browser }) => {
    const backup = await page.request.get('/api/v1/exports/backup');
    expect(backup.status()).toBe(200);
    const doc = await backup.json();
    expect(doc).toMatchObject({ format: 'claimdesk.backup', version: 1, passwordHashes: false });
    expect(doc.users.map((u: { email: string }) => u.email)).toContain('admin@claimdesk.local');
    for (const user of doc.users) expect(user).not.toHaveProperty('passwordHash');
    const context = await browser.newContext({ storageState: storageState('editor') });
    expect((await context.request.get('/api/v1/exports/backup')).status()).toBe(403);
    await context.close();
  });

  test('editors cannot open it', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState('editor') });
    const page = await context.newPage();
    await page.goto('/settings/organisation');
    await expect(page).toHaveURL(/\/forbidden/);
    await context.close();
  });
});
