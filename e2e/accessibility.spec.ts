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

/** The pages an admin reaches from the top bar, each with the heading that says it has rendered. */
const ADMIN_PAGES: [string, string][] = [
  ['/', 'Articles'],
  ['/articles/new', 'Add an article'],
  ['/queue', 'My queue'],
  ['/exports', 'Export the workspace'],
  ['/imports', 'Import earlier fact-checks'],
  ['/admin/users', 'Users'],
  ['/settings', 'Settings'],
  ['/settings/organisation', 'Organisation'],
  ['/settings/tokens', 'API tokens'],
  ['/settings/verdicts', 'Verdict scale'],
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test.describe('signed out', () => {
      test('sign-in page', async ({ page }) => {
        await page.goto('/signin');
        await expect(page.getByRole('button', { name: /sign in/i })).toBeVisible();
        await expectNoSeriousViolations(page, `sign-in (${colorScheme})`);
      });
    });

    test.describe('signed in as admin', () => {
      test.use({ storageState: storageState('admin') });

      test('the theme follows prefers-color-scheme', async ({ page }) => {
        await page.goto('/');
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(15, 19, 26)' : 'rgb(246, 247, 249)');
      });

      test('focus rings are drawn and stand out from the page (3:1 or more)', async ({ page }) => {
        await page.goto('/');
        const target = page.getByRole('main').getByRole('link', { name: 'Add article' });
        for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
        await expect(target).toBeFocused();
        const ring = await target.evaluate((el) => {
          const style = getComputedStyle(el);
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const [a, b] = [lum(style.outlineColor), lum(getComputedStyle(document.body).backgroundColor)].sort((x, y) => y - x);
          return { style: style.outlineStyle, width: style.outlineWidth, contrast: (a! + 0.05) / (b! + 0.05) };
        });
        expect(ring.style).toBe('solid');
        expect(ring.width).toBe('3px');
        expect(ring.contrast).toBeGreaterThanOrEqual(3);
      });

      for (const [path, heading] of ADMIN_PAGES) {
        test(`page ${path}`, async ({ page }) => {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
          await expectNoSeriousViolations(page, `${path} (${colorScheme})`);
        });
      }

      test('article workbench, with a verdict, a source form and the shortcuts dialog; the report', async ({ page }) => {
        test.setTimeout(120_000); // five axe runs over the busiest page
        const id = await createReviewArticle(page);
        await openWorkbench(page, id);
        await page.keyboard.press('2');
        await expect(page.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();
        await expectNoSeriousViolations(page, `workbench (${colorScheme})`);
        await page.getByTestId('claim-panel').getByRole('button', { name: 'Add source' }).click();
        await page.getByTestId('split-merge').getByText('Split or merge this claim').click();
        await expectNoSeriousViolations(page, `workbench with forms open (${colorScheme})`);
        await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
        await expectNoSeriousViolations(page, `shortcuts dialog (${colorScheme})`);
        await page.goto(`/articles/${id}/report?status=reviewed`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page, `report (${colorScheme})`);
      });

      test('user admin dialogs and messages', async ({ page }) => {
        await page.goto('/admin/users');
        await page.getByRole('button', { name: 'Reset the password of Rita Reviewer' }).click();
        await expect(page.getByRole('dialog', { name: 'Reset the password of Rita Reviewer' })).toBeVisible();
        await expectNoSeriousViolations(page, `reset password dialog (${colorScheme})`);
        await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
        await page.getByRole('button', { name: 'Deactivate Rita Reviewer' }).click();
        await expect(page.getByRole('dialog', { name: 'Deactivate Rita Reviewer?' })).toBeVisible();
        await expectNoSeriousViolations(page, `confirm dialog (${colorScheme})`);
        await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
        await expect(page.getByRole('button', { name: 'Deactivate Rita Reviewer' })).toBeVisible();
      });
    });
  });
}
