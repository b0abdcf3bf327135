import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { createReviewArticle, openWorkbench } from './review-helpers';

test.describe('verdict scale settings', () => {
  test.use({ storageState: storageState('admin') });

  test('an admin edits, adds, reorders and removes verdicts; a verdict in use is refused', async ({ page }) => {
    await page.goto('/settings/verdicts');
    await expect(page.getByRole('heading', { level: 1, name: 'Verdict scale' })).toBeVisible();
    const scale = page.getByRole('list', { name: 'Verdict scale' });
    const label = `Satire ${Date.now() % 100000}`;

    const add = page.getByRole('form', { name: 'Add a verdict' });
    await add.getByLabel('Label').fill(label);
    await add.getByLabel('Rating value').fill('2.5');
    await add.getByRole('button', { name: 'Add verdict' }).click();
    await expect(add.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
    await expect(add.getByLabel('Rating value')).toHaveAccessibleDescription('A whole number from 1 to 100, or empty.');
    await expect(add.getByLabel('Rating value')).toHaveAttribute('aria-invalid', 'true');
    await add.getByLabel('Rating value').fill('');
    await add.getByLabel('Description (help in the verdict picker)').fill('Not meant to be taken literally.');
    await add.getByRole('button', { name: 'Add verdict' }).click();
    const row = scale.getByRole('listitem').filter({ hasText: label });
    await expect(row.getByRole('heading')).toHaveText(/\d+\. Satire/);

    // Move it to the top.
    const count = await scale.getByRole('listitem').count();
    for (let position = count; position > 1; position--) {
      await page.getByRole('button', { name: `Move up: ${label}` }).click();
      await expect(row.getByRole('heading')).toHaveText(`${position - 1}. ${label}`);
    }
    await expect(scale.getByRole('listitem').first().getByRole('heading')).toHaveText(`1. ${label}`);
    await expect(page.getByRole('button', { name: `Move up: ${label}` })).toBeDisabled();

    // Rename it; the id stays.
    await row.getByLabel('Label').fill(`${label} (renamed)`);
    await row.getByRole('button', { name: `Save ${label}` }).click();
    await expect(scale.getByRole('listitem').first().getByRole('heading')).toHaveText(`1. ${label} (renamed)`);

    // Remove it (unused).
    page.once('dialog', (d) => void d.accept());
    await scale.getByRole('button', { name: `Remove ${label} (renamed)` }).click();
    await expect(scale.getByRole('listitem').filter({ hasText: label })).toHaveCount(0);
  });

  test('a verdict that claims use cannot be removed, and the picker shows its description', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    await page.keyboard.press('7');
    const panel = page.getByTestId('claim-panel');
    await expect(panel.getByText('Saved.')).toBeVisible();
    await expect(panel.getByText('There is not enough evidence to support or refute the claim.')).toBeVisible();

    await page.goto('/settings/verdicts');
    const unproven = page.getByRole('list', { name: 'Verdict scale' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Unproven$/ }) });
    page.once('dialog', (d) => void d.accept());
    await unproven.getByRole('button', { name: 'Remove Unproven' }).click();
    await expect(unproven.getByRole('alert')).toContainText('is the verdict of');
    await page.reload();
    await expect(page.getByRole('heading', { name: /Unproven$/ })).toBeVisible();
  });
});

test.describe('verdict scale settings, other roles', () => {
  test.use({ storageState: storageState('editor') });
  test('editors are sent to the forbidden page', async ({ page }) => {
    await page.goto('/settings/verdicts');
    await expect(page).toHaveURL(/\/forbidden/);
  });
});
