import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageState } from './credentials';
import { createReviewArticle, openWorkbench } from './review-helpers';

/** Runs axe-core (WCAG 2.1 A/AA rules) and fails on any serious or critical violation. */
async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`).join('\n');
  expect(serious, `${what}:\n${report}`).toEqual([]);
}

test.describe('signed out', () => {
  test('sign-in page', async ({ page }) => {
    await page.goto('/signin');
    await expect(page.getByRole('button', { name: /sign in/i })).toBeVisible();
    await expectNoSeriousViolations(page, 'sign-in');
  });
});

test.describe('signed in as admin', () => {
  test.use({ storageState: storageState('admin') });

  test('articles list, add article, admin users, verdict settings', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await expectNoSeriousViolations(page, 'articles list');
    await page.goto('/articles/new');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'add article');
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expectNoSeriousViolations(page, 'admin users');
    await page.goto('/settings/verdicts');
    await expect(page.getByRole('heading', { level: 1, name: 'Verdict scale' })).toBeVisible();
    await expectNoSeriousViolations(page, 'verdict settings');
  });

  test('article workbench, with a verdict, a source form and the shortcuts dialog', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    await page.keyboard.press('2');
    await expect(page.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();
    await expectNoSeriousViolations(page, 'workbench');
    await page.getByTestId('claim-panel').getByRole('button', { name: 'Add source' }).click();
    await page.getByTestId('split-merge').getByText('Split or merge this claim').click();
    await expectNoSeriousViolations(page, 'workbench with forms open');
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousViolations(page, 'shortcuts dialog');
  });
});
