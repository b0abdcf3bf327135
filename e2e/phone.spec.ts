import { expect, test, type Page } from '@playwright/test';
import { storageState } from './credentials';
import { createReviewArticle, openWorkbench } from './review-helpers';
import { createUserInDb } from './signin-helpers';

/**
 * The main journeys on a phone (390×844, touch) and a tablet (768×1024). A throwaway user signs in
 * and out, so the seeded users' shared sessions are never ended here.
 */
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const PASSWORD = 'phone-user-password-1';

/**
 * No sideways scrolling. On a mobile viewport Chrome widens the layout viewport to fit content that
 * overflows, so `innerWidth` would grow with the page: compare with the device's width instead.
 */
async function expectNoSidewaysScroll(page: Page, width: number, what: string) {
  const measured = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(measured, `${what} scrolls sideways`).toEqual({ scrollWidth: width, innerWidth: width });
}

test.describe('phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true, storageState: { cookies: [], origins: [] } });

  test('sign in, open an article, tap a claim, set its verdict, go back to the text, sign out', async ({ page }) => {
    const user = await createUserInDb({ password: PASSWORD, role: 'reviewer' });
    await page.goto('/signin');
    await expectNoSidewaysScroll(page, PHONE.width, 'sign-in');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport({ ratio: 1 });
    for (const name of ['Articles', 'Add article', 'My queue']) await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })).toBeInViewport({ ratio: 1 });

    const title = `Phone review ${Date.now()}`;
    const id = await createReviewArticle(page, title);
    await page.reload();
    await expectNoSidewaysScroll(page, PHONE.width, 'article list');
    const link = page.getByRole('link', { name: title });
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`/articles/${id}`));
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
    await expectNoSidewaysScroll(page, PHONE.width, 'article page');

    // The panel is far below the text on a phone: a tap on a highlighted claim brings it into view.
    const mark = page.locator('.article-text mark', { hasText: 'Unemployment in the county' });
    const panel = page.getByTestId('claim-panel');
    await expect(panel).not.toBeInViewport();
    await mark.tap();
    await expect(panel.getByText(/Unemployment in the county fell/).first()).toBeInViewport();
    await expect(panel.getByLabel('Verdict')).toBeInViewport();
    await expect(mark).not.toBeInViewport();

    await panel.getByLabel('Verdict').selectOption({ label: 'Mostly true' });
    await panel.getByRole('button', { name: 'Save claim' }).tap();
    await expect(panel.getByText('Saved.')).toBeVisible();
    const saved = await page.request.get(`/api/v1/articles/${id}/claims?limit=100`);
    const claims = ((await saved.json()) as { data: { quote: string; verdict: { label: string } | null }[] }).data;
    expect(claims.find((c) => c.quote.startsWith('Unemployment'))?.verdict?.label).toBe('Mostly true');

    // A way back to the passage.
    const back = page.getByRole('button', { name: 'Back to the text' });
    await expect(back).toBeInViewport();
    await back.tap();
    await expect(mark).toBeInViewport();
    await expect(back).toBeHidden();

    for (const path of ['/queue', '/articles/new', `/articles/${id}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoSidewaysScroll(page, PHONE.width, path);
    }
    const form = page.getByRole('main');
    await page.goto('/articles/new');
    await expect(form.getByRole('button', { name: /add article/i })).toBeVisible();

    const signOut = page.getByRole('button', { name: 'Sign out' });
    await expect(signOut).toBeInViewport({ ratio: 1 });
    await signOut.tap();
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe('phone, as an admin', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true, storageState: storageState('admin') });

  test('no page scrolls sideways and tables show every value', async ({ page }) => {
    const id = await createReviewArticle(page);
    for (const path of ['/', '/queue', '/articles/new', '/exports', '/imports', '/admin/users', '/settings', '/settings/organisation', '/settings/tokens', '/settings/verdicts', `/articles/${id}`, `/articles/${id}/report`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoSidewaysScroll(page, PHONE.width, path);
      await expect(page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('button', { name: /print/i }))).not.toHaveCount(0);
    }
    // Users: each row stacks inside the screen, its controls reachable.
    await page.goto('/admin/users');
    const cell = page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: /reviewer@claimdesk\.local/ });
    const box = await cell.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await expect(page.getByRole('combobox', { name: 'Role of Rita Reviewer' })).toBeVisible();
  });
});

test.describe('tablet', () => {
  test.use({ viewport: TABLET, hasTouch: true, isMobile: true, storageState: storageState('admin') });

  test('pages fit and a tapped claim shows its panel', async ({ page }) => {
    const id = await createReviewArticle(page);
    for (const path of ['/', '/admin/users', '/settings/verdicts', `/articles/${id}/report`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoSidewaysScroll(page, TABLET.width, path);
    }
    await openWorkbench(page, id);
    await expectNoSidewaysScroll(page, TABLET.width, 'article page');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport({ ratio: 1 });
    const panel = page.getByTestId('claim-panel');
    await page.locator('.article-text mark', { hasText: 'Crime rose by 12 percent' }).tap();
    await expect(panel.getByText(/Crime rose by 12 percent/).first()).toBeInViewport();
  });
});

test.describe('a tablet turned', () => {
  test.use({ viewport: { width: 1400, height: 900 }, storageState: { cookies: [], origins: [] } });

  test('a long article laid out wide, then narrow, fits the narrow screen and its current claim stays in view', async ({ page }) => {
    // A reviewer of its own: 60 claims made current in a row spend the shared reviewer's action budget.
    const user = await createUserInDb({ password: PASSWORD, role: 'reviewer' });
    await page.goto('/signin');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    // 120 paragraphs: most are off screen, where the page skips their layout and keeps their last size.
    const body = Array.from({ length: 120 }, (_, i) => `The agency said that crime rose by ${i + 2} percent after budget line ${i + 1} was cut, and rents went up in district ${i + 1}.`).join('\n\n');
    const response = await page.request.post('/api/v1/articles', { data: { title: `Turned ${Date.now()}`, body } });
    expect(response.status()).toBe(201);
    const { data } = (await response.json()) as { data: { id: string } };
    await openWorkbench(page, data.id, '?sort=position');
    for (let i = 0; i < 60; i++) await page.keyboard.press('j');
    await page.setViewportSize(TABLET);
    await expectNoSidewaysScroll(page, TABLET.width, 'article page after turning');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page, 390, 'article page on a phone-wide window');
    await page.keyboard.press('j');
    await expect(page.locator('.article-text mark.selected').first()).toBeInViewport();
  });
});
