import { expect, test, type Page } from '@playwright/test';
import { storageState } from './credentials';
import { claimList, createReviewArticle, openWorkbench } from './review-helpers';

type ApiClaim = { id: string; quote: string; verdict: { label: string } | null };

async function verdictsByQuote(page: Page, articleId: string): Promise<Map<string, string | null>> {
  const response = await page.request.get(`/api/v1/articles/${articleId}/claims?limit=100`);
  expect(response.status()).toBe(200);
  const claims = ((await response.json()) as { data: ApiClaim[] }).data;
  return new Map(claims.map((c) => [c.quote.slice(0, 20), c.verdict?.label ?? null]));
}

test.describe('one current claim', () => {
  test.use({ storageState: storageState('reviewer') });

  // The sequence from issue 12: verdict, Esc, n, Enter, verdict once overwrote the first claim's verdict.
  test('after Esc and n, Enter and a verdict key act on the claim the panel shows, never the previous one', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    const { list, current } = claimList(page);
    const panel = page.getByTestId('claim-panel');
    await expect(current).toContainText('$4.2 million');

    await page.keyboard.press('o');
    await expect(panel).toBeFocused();
    await page.keyboard.press('2');
    await expect(panel.getByText('Saved.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(current).toBeFocused();

    await page.keyboard.press('n');
    await expect(current).toContainText('Mayor Jane Doe');
    await expect(panel.getByLabel('Claim text')).toHaveValue(/Mayor Jane Doe/);
    // The focus follows the current claim: the highlighted row, not the one left behind. (Soft, so a
    // run on the old code goes on to show the overwritten verdict too.)
    await expect.soft(current).toBeFocused();
    await expect.soft(list.locator('button[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('Enter');
    await expect(panel).toBeFocused();
    await expect(panel.getByLabel('Claim text')).toHaveValue(/Mayor Jane Doe/);
    await page.keyboard.press('5');
    await expect(panel.getByText('Saved.')).toBeVisible();

    const verdicts = await verdictsByQuote(page, id);
    expect(verdicts.get('The city spent $4.2 ')).toBe('Mostly true');
    expect(verdicts.get('Mayor Jane Doe said ')).toBe('False');
  });
});
