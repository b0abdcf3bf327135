import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { claimList, createReviewArticle, openWorkbench } from './review-helpers';

test.describe('claims added elsewhere', () => {
  test.use({ storageState: storageState('reviewer') });

  test('a claim added through the API appears on the open page, announced politely, without moving the current claim or the focus', async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    const { list, current } = claimList(page);
    const panel = page.getByTestId('claim-panel');
    await page.keyboard.press('j');
    await expect(current).toContainText('Mayor Jane Doe');
    await expect(current).toBeFocused();
    await expect(list.getByRole('button', { name: /Bridge costs under scrutiny/ })).toHaveCount(0);

    // Another person (an editor) adds the headline as a claim through the API.
    const editor = await browser.newContext({ storageState: storageState('editor'), baseURL, extraHTTPHeaders: { Origin: baseURL ?? '' } });
    const created = await editor.request.post(`/api/v1/articles/${id}/claims`, { data: { start: 0, end: 'Bridge costs under scrutiny'.length } });
    expect(created.status(), await created.text()).toBe(201);
    await editor.close();

    // The page's versions poll (every 10 s) brings it in: no reload.
    await expect(list.getByRole('button', { name: /Bridge costs under scrutiny/ })).toBeVisible({ timeout: 25_000 });
    const status = page.getByTestId('claim-arrivals');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toContainText('A new claim was added by Eddie Editor');
    await expect(page.getByTestId('article-text').locator('mark', { hasText: 'Bridge costs under scrutiny' })).toBeVisible();
    // Nothing moved under the reviewer: same current claim, same focus, same panel.
    await expect(current).toContainText('Mayor Jane Doe');
    await expect(current).toBeFocused();
    await expect(panel.getByLabel('Claim text')).toHaveValue(/Mayor Jane Doe/);
    await expect(page.getByRole('heading', { name: /Claims \(6\)/ })).toBeVisible();
  });
});
