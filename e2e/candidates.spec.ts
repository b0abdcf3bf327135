import { expect, test } from '@playwright/test';
import { storageState } from './credentials';

const BODY = 'Unemployment fell to 3.9% in May, the statistics office said. What a week it has been! Honestly, who knows?';

test.describe('sentences below the threshold', () => {
  test.use({ storageState: storageState('reviewer') });

  test('stay one click away, with the reasons for their score', async ({ page }) => {
    await page.goto('/articles/new');
    await page.getByLabel('Title').fill(`Candidates ${Date.now()}`);
    await page.getByLabel('Article text').fill(BODY);
    await page.getByRole('button', { name: 'Add article' }).click();
    const list = page.getByRole('list', { name: 'Claims' });
    await expect(list.getByRole('button', { name: /Unemployment fell/ })).toBeVisible();
    await expect(list.getByRole('button', { name: /What a week/ })).toHaveCount(0);

    await page.getByRole('button', { name: /Show sentences that are not claims/ }).click();
    const candidate = page.getByTestId('candidate').filter({ hasText: 'What a week it has been!' });
    await expect(candidate).toBeVisible();
    await expect(page.getByLabel('New articles get claims scoring at least')).toHaveCount(0);
    await candidate.getByRole('button', { name: /Add as claim/ }).click();
    await expect(list.getByRole('button', { name: /What a week it has been!/ })).toBeVisible();
    await expect(page.getByTestId('candidate').filter({ hasText: 'What a week it has been!' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /What a week it has been!/ })).toBeVisible();
  });
});

test.describe('the threshold', () => {
  test.use({ storageState: storageState('editor') });

  test('is set by editors and validated', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('table', { name: 'Articles' }).getByRole('link').first().click();
    await page.getByRole('button', { name: /Show sentences that are not claims/ }).click();
    const input = page.getByLabel('New articles get claims scoring at least');
    await expect(input).toHaveValue('0.50');
    await input.fill('3');
    await page.getByRole('button', { name: 'Save threshold' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Between 0 and 1.' })).toBeVisible();
    await input.fill('0.5');
    await page.getByRole('button', { name: 'Save threshold' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Between 0 and 1.' })).toHaveCount(0);
  });
});

test.describe('a claim explains its score', () => {
  test.use({ storageState: storageState('reviewer') });

  test('with the reasons that raised or lowered it', async ({ page }) => {
    await page.goto('/articles/new');
    await page.getByLabel('Title').fill(`Why ${Date.now()}`);
    await page.getByLabel('Article text').fill(BODY);
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /Unemployment fell/ }).click();
    const panel = page.getByTestId('claim-panel');
    await panel.getByRole('button', { name: /Check-worthiness \d\.\d\d · why\?/ }).click();
    await expect(panel.getByTestId('claim-why').getByRole('listitem').first()).toContainText(/Raised by/);
  });
});
