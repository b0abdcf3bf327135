import { expect, test } from '@playwright/test';
import { storageState } from './credentials';

test.use({ storageState: storageState('editor') });

for (const [name, viewport] of [['desktop', { width: 1400, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`screens ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const r = await page.request.post('/api/v1/articles', { data: { title: 'Crane collapse at the Grand Mosque', outlet: 'Le Monde Diplomatique', body: 'Crane collapse at the Grand Mosque\n\nA crane fell into the Grand Mosque in Mecca, killing 107 people, the Saudi civil defence said.\nUnemployment fell to 3.9 percent in May, José Álvarez said.' } });
    expect(r.status()).toBe(201);
    await page.goto('/');
    await page.screenshot({ path: `test-results/screens/home-${name}.png` });
    await page.goto('/search?q=crane%20mosqe');
    await expect(page.locator('a[data-search-result]').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/search-${name}.png`, fullPage: true });
    await page.goto('/search');
    await page.screenshot({ path: `test-results/screens/search-empty-${name}.png` });
  });
}
