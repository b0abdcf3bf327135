import { expect, test } from '@playwright/test';
import { storageState } from './credentials';

test.use({ storageState: storageState('reviewer') });

const SENTENCE = 'The council spent $4.2 million on the bridge in 2023, officials said. ';

test('a 2 MB pasted article gets a field error in place, keeps what was typed and sends nothing', async ({ page }) => {
  const title = `Too long ${Date.now()}`;
  const body = SENTENCE.repeat(Math.ceil(2_000_000 / SENTENCE.length));
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Outlet (optional)').fill('The Daily');
  await page.getByLabel('Article text').fill(body);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#body-error')).toHaveText('The article is larger than 1 MB.');
  await expect(page.locator('p.form-error')).toContainText('larger than 1 MB');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Outlet (optional)')).toHaveValue('The Daily');
  expect((await page.getByLabel('Article text').inputValue()).length).toBe(body.length);
  expect(posts).toEqual([]);

  // Trimmed to under 1 MB, the same form goes through.
  await page.getByLabel('Article text').fill(SENTENCE.repeat(20));
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page).toHaveURL(/\/articles\/c[a-z0-9]+(\?|$)/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});

test('a 2 MB file upload gets a field error and the typed title stays', async ({ page }) => {
  const title = `Big file ${Date.now()}`;
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(SENTENCE.repeat(Math.ceil(2_000_000 / SENTENCE.length))) });
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#file-error')).toHaveText('Larger than 1 MB.');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test('an article of 1.5 MB sent past the browser check gets the field error from the server, not a crash', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill('Past the check');
  // Remove the browser-side check as a script on the page could: the server must still say why.
  await page.evaluate(() => {
    const form = document.querySelector('form');
    form?.addEventListener('submit', (event) => event.stopImmediatePropagation(), { capture: true });
  });
  await page.getByLabel('Article text').fill(SENTENCE.repeat(Math.ceil(1_500_000 / SENTENCE.length)));
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#body-error')).toHaveText('The article is larger than 1 MB.');
  await expect(page.getByLabel('Title')).toHaveValue('Past the check');
});

test('a file on top of a long pasted text and the previous answer is refused in place, not sent over the limit', async ({ page }) => {
  const text = SENTENCE.repeat(Math.ceil(900_000 / SENTENCE.length));
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill('Both at once');
  await page.getByLabel('URL (optional)').fill('not a url');
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#url-error')).toBeVisible();
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles({ name: 'also.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#file-error')).toHaveText('Too large together with the pasted text: empty the text box to upload a file.');
  await expect(page.getByLabel('Title')).toHaveValue('Both at once');
  expect((await page.getByLabel('Article text').inputValue()).length).toBe(text.length);
});

test('a form posted without JavaScript works, and its malformed action parts get 400, never a 500', async ({ page }) => {
  await page.goto('/articles/new');
  // The hidden fields React renders for a server action, as a browser without JavaScript posts them.
  const hidden = await page.locator('input[name^="$ACTION"]').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value] as const));
  const base: Record<string, string> = Object.fromEntries(hidden);
  expect(Object.keys(base)).toContain('$ACTION_1:0');
  const origin = new URL(page.url()).origin;
  const post = (fields: Record<string, string>) => page.request.post('/articles/new', { multipart: fields, headers: { Origin: origin }, maxRedirects: 0 });

  const title = `Without JavaScript ${Date.now()}`;
  const outlet = `No-JS Gazette ${Date.now()}`;
  const ok = await post({ ...base, title, outlet, body: SENTENCE });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toMatch(/^\/articles\/c[a-z0-9]+/);

  const malformed: Record<string, Record<string, string>> = {
    'bound arguments that are not JSON': { ...base, '$ACTION_1:1': '{not json' },
    'references to parts that were never sent': { ...base, '$ACTION_1:1': '["$Q1","$@2","$F3"]' },
    'nesting 5,000 deep': { ...base, '$ACTION_1:1': '['.repeat(5000) + ']'.repeat(5000) },
    'an action head without an id': { ...base, '$ACTION_1:0': '{"bound":"$@1"}' },
    'bound arguments pointing nowhere': { ...base, '$ACTION_1:0': JSON.stringify({ ...JSON.parse(base['$ACTION_1:0']), bound: '$@7' }) },
  };
  for (const [what, fields] of Object.entries(malformed)) {
    const response = await post({ ...fields, title: `${title} (${what})`, outlet, body: SENTENCE });
    expect(response.status(), what).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code, what).toBe('BAD_REQUEST');
  }
  // only the well-formed post stored an article
  const listed = await page.request.get(`/api/v1/articles?outlet=${encodeURIComponent(outlet)}`);
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { data: { title: string }[] }).data.map((a) => a.title)).toEqual([title]);
});
