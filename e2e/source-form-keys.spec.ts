import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { createReviewArticle, openWorkbench } from './review-helpers';

test.describe('source form from the keyboard', () => {
  test.use({ storageState: storageState('reviewer') });

  test('five Tabs from the URL to "Add this source", one Tab stop per date, Ctrl+Enter and Cmd+Enter save', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    const panel = page.getByTestId('claim-panel');
    await page.keyboard.press('s');
    const url = panel.getByLabel('Source URL');
    await expect(url).toBeFocused();

    // The Tab path: title, publisher, published (one stop), stance, then the button.
    const add = panel.getByRole('button', { name: 'Add this source' });
    const path: string[] = [];
    for (let tabs = 1; tabs <= 5; tabs++) {
      await page.keyboard.press('Tab');
      path.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent || ''));
      if (await add.evaluate((el) => el === document.activeElement)) break;
    }
    expect(path.map((p) => p.replace(/^source-new-/, ''))).toEqual(['title', 'publisher', 'publishedAt', 'stance', 'Add this source']);
    await panel.getByRole('form', { name: 'New source' }).screenshot({ path: test.info().outputPath('source-form.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.getByRole('form', { name: 'New source' }).screenshot({ path: test.info().outputPath('source-form-390.png') });
    await page.setViewportSize({ width: 1400, height: 900 });

    // A wrong date is refused with a field error on that field; Ctrl+Enter from a field submits.
    await url.fill('https://stats.example/county/2024');
    await panel.getByLabel('Source title').fill('County statistics 2024');
    const published = panel.getByLabel('Published');
    await published.fill('2024-13-45');
    await published.press('Control+Enter');
    await expect(published).toHaveAttribute('aria-invalid', 'true');
    await expect(published).toHaveAccessibleDescription(/Use a real date/);
    await published.fill('2024-02-29');
    await published.press('Control+Enter');
    const sources = panel.getByTestId('source');
    await expect(sources.filter({ hasText: 'County statistics 2024' })).toBeVisible();
    // The claim itself was not saved by that key (its own form has its own Ctrl+Enter).
    await expect(panel.getByText('Saved.')).toHaveCount(0);

    // Cmd+Enter (Mac) saves as well.
    await page.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Add source' }).click();
    await panel.getByLabel('Source URL').fill('https://council.example/minutes');
    await panel.getByLabel('Source title').fill('Council minutes');
    await panel.getByLabel('Source title').press('Meta+Enter');
    await expect(sources.filter({ hasText: 'Council minutes' })).toBeVisible();

    // The date came through as typed (API).
    const listed = await page.request.get(`/api/v1/articles/${id}/claims?limit=100`);
    const claims = ((await listed.json()) as { data: { sources: { title: string; publishedAt: string | null }[] }[] }).data;
    const stats = claims.flatMap((c) => c.sources).find((s) => s.title === 'County statistics 2024');
    expect(stats?.publishedAt).toBe('2024-02-29');
  });
});
