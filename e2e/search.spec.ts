import { expect, test, type Page } from '@playwright/test';
import { storageState } from './credentials';
import { claimList } from './review-helpers';

/** A word no other spec writes, so the search finds only this spec's article. */
function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let out = 'Quorv';
  for (let i = 0; i < 6; i++) out += letters[Math.floor(Math.random() * letters.length)];
  return out;
}

async function addArticle(page: Page, title: string, body: string): Promise<string> {
  const response = await page.request.post('/api/v1/articles', { data: { title, body } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

test.describe('search', () => {
  test.use({ storageState: storageState('reviewer') });

  test('press /, type with a typo, pick a result with the keyboard and land on the claim', async ({ page }) => {
    const town = uniqueWord();
    const articleId = await addArticle(
      page,
      `Harbour figures ${town}`,
      [
        `Harbour figures ${town}`,
        '',
        'The city spent $4.2 million on the Elm Street bridge in 2023, according to the council.',
        `Unemployment in ${town} fell to 3.1 percent last year, the statistics office reported.`,
      ].join('\n'),
    );
    await page.goto('/');
    // `/` focuses the header search from anywhere but a field.
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: /Search articles, claims/ });
    await expect(box).toBeFocused();
    // A typo (two letters swapped) and no capital: trigram similarity still finds it.
    const typo = `unemplyoment ${town.toLowerCase()}`;
    await page.keyboard.type(typo);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { name: /Claims/ })).toBeVisible();
    // Nothing matched as typed: the page says what it searched for instead.
    await expect(page.locator('[data-corrected-query]')).toContainText(`Showing results for unemployment ${town.toLowerCase()}`);
    const first = page.locator('a[data-search-result]').first();
    await expect(first).toContainText(town);
    await expect(first.locator('mark').first()).toBeVisible();

    // ↓ from the search field to the first result, then Enter opens it.
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/articles/${articleId}\\?.*claim=`));
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
    await expect(claimList(page).current).toContainText(`Unemployment in ${town}`);
  });

  test('typing / in a field types a slash; no results and bad input say so', async ({ page }) => {
    await page.goto('/search');
    const field = page.locator('#search-q');
    await expect(field).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await page.goto(`/search?q=${uniqueWord()}zzz`);
    await expect(page.locator('main').getByRole('status')).toContainText('Nothing found');
    await page.goto('/search?q=crane&from=2025-02-30');
    await expect(page.locator('main').getByRole('alert')).toContainText('from must be a real date');
  });

  test('the API answers with segments and a clear error on bad input', async ({ page }) => {
    const town = uniqueWord();
    await addArticle(page, `Ferry report ${town}`, `Ferry report ${town}\n\nThe ferry to ${town} carried 12,000 passengers in 2024, the port authority said.`);
    const ok = await page.request.get(`/api/v1/search?q=${town}&kind=article`);
    expect(ok.status()).toBe(200);
    type Body = { data: { kind: string; title: { text: string; match: boolean }[] }[]; nextCursor: string | null; correctedQuery: string | null };
    const body = (await ok.json()) as Body;
    expect(body.data).toHaveLength(1);
    expect(body.data[0].title.find((s) => s.match)?.text).toBe(town);
    expect(body.correctedQuery).toBeNull();
    const typo = (await (await page.request.get(`/api/v1/search?q=${encodeURIComponent(`ferrry ${town}`)}&kind=article`)).json()) as Body;
    expect(typo.correctedQuery).toBe(`ferry ${town.toLowerCase()}`);
    expect(typo.data).toHaveLength(1);
    const bad = await page.request.get('/api/v1/search?q=x&kind=users');
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
  });
});

test.describe('article list', () => {
  test.use({ storageState: storageState('reviewer') });

  test('pages 50 at a time with a stable keyset and filters by outlet', async ({ page }) => {
    const outlet = `Paging ${uniqueWord()}`;
    for (let i = 0; i < 52; i++) {
      const response = await page.request.post('/api/v1/articles', { data: { title: `Paged ${String(i).padStart(2, '0')} ${outlet}`, body: 'A short note without claims.', outlet } });
      expect(response.status()).toBe(201);
    }
    await page.goto(`/?outlet=${encodeURIComponent(outlet)}&sort=title`);
    const rows = page.getByRole('table', { name: 'Articles' }).locator('tbody tr');
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText('Paged 00');
    await expect(rows.last()).toContainText('Paged 49');
    await expect(rows.first().getByRole('img', { name: /0 of 0 reviewed/ })).toBeVisible();
    await page.getByRole('link', { name: 'Next 50 articles' }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Paged 50');
    await expect(page.getByRole('link', { name: 'Next 50 articles' })).toHaveCount(0);
    await page.getByRole('link', { name: 'First page' }).click();
    await expect(rows).toHaveCount(50);
    await page.screenshot({ path: 'test-results/search-article-list.png', fullPage: false });
  });
});
