import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { claimList, createReviewArticle, openWorkbench } from './review-helpers';

/**
 * The article text is drawn on the server with one delegated listener on the page (no component per
 * highlight): a click on a highlight makes its claim current, a verdict saved here recolours and
 * retitles its highlight at once, a dismissed claim loses its highlight, and text in the body is
 * text, never markup.
 */
test.describe('article highlights', () => {
  test.use({ storageState: storageState('reviewer') });

  test('a click selects, a verdict recolours, a dismissal removes the highlight', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    const { current } = claimList(page);
    const text = page.getByTestId('article-text');
    const mark = text.locator('mark', { hasText: 'Mayor Jane Doe' });
    // The server sends no title for an unreviewed claim; the page writes it as it loads.
    await expect(mark).toHaveAttribute('title', 'Not reviewed yet');
    // The streamed article was revealed without React's 300 ms reveal throttle: its clock stayed
    // unset although React wrote it at the shell's first paint and at the reveal (the inline script
    // ran, with its CSP nonce; components/ui/reveal-streamed-at-once.tsx).
    expect(await page.evaluate(() => typeof (window as unknown as { $RT?: unknown }).$RT)).toBe('undefined');

    await mark.click();
    await expect(current).toContainText('Mayor Jane Doe');
    await expect(mark).toHaveClass(/selected/);
    await expect(text.locator('mark.selected')).toHaveCount(1);
    const panel = page.getByTestId('claim-panel');
    await expect(panel).toHaveAttribute('data-claim-id', (await mark.getAttribute('data-claim-id')) ?? '');

    await page.keyboard.press('o');
    await page.keyboard.press('1');
    await expect(panel.getByText('Saved.')).toBeVisible();
    const label = await panel.getByLabel('Verdict').locator('option:checked').textContent();
    await expect(mark).toHaveAttribute('title', `Verdict: ${label}`);
    expect(await mark.evaluate((m) => (m as HTMLElement).style.getPropertyValue('--claim-colour'))).toMatch(/^#[0-9a-f]{6}$/i);

    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await expect(panel.getByText(/Marked not check-worthy/)).toBeVisible();
    // Redrawn by the server without it.
    await expect(text.locator('mark', { hasText: 'Mayor Jane Doe' })).toHaveCount(0);
    await expect(text).toContainText('Mayor Jane Doe said the bridge');
  });

  test('markup in the article body shows as text', async ({ page }) => {
    const hostile = 'The mayor said <img src=x onerror="window.__pwned=1"> cost $4.2 million in 2023, officials said.';
    const response = await page.request.post('/api/v1/articles', { data: { title: `Hostile ${Date.now()}`, body: `Budget <b>news</b>\n\n${hostile}` } });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = ((await response.json()) as { data: { id: string } }).data;
    await openWorkbench(page, id);
    const text = page.getByTestId('article-text');
    await expect(text).toContainText('<img src=x onerror="window.__pwned=1">');
    await expect(text).toContainText('Budget <b>news</b>');
    await expect(text.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
