import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { claimList, createReviewArticle, openWorkbench } from './review-helpers';

test.use({ storageState: storageState('reviewer') });

test('filters and sort live in the URL and survive a reload', async ({ page }) => {
  const id = await createReviewArticle(page);
  await openWorkbench(page, id);
  const { list } = claimList(page);
  const panel = page.getByTestId('claim-panel');
  await page.keyboard.press('3');
  await expect(panel.getByText('Saved.')).toBeVisible();

  // Expectations come from the stored scores, so the test follows the extractor rather than freezing its numbers.
  type Row = { id: string; claimText: string; start: number; checkworthiness: number; verdict: unknown };
  const claims = ((await (await page.request.get(`/api/v1/articles/${id}`)).json()).data.claims as Row[]).sort((a, b) => a.start - b.start);
  const byScore = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  const reviewedId = claims[0].id; // the first claim was selected and got verdict 3
  const unreviewed = byScore.filter((c) => c.id !== reviewedId);
  // The highest score option that still leaves some, but not all, unreviewed claims.
  const min = ['0.9', '0.75', '0.5', '0.25'].find((m) => {
    const n = unreviewed.filter((c) => c.checkworthiness >= Number(m)).length;
    return n > 0 && n < unreviewed.length;
  }) ?? '0.25';
  const unreviewedHigh = unreviewed.filter((c) => c.checkworthiness >= Number(min));
  expect(unreviewedHigh.length).toBeGreaterThan(0);

  const filters = page.getByRole('search', { name: 'Filter claims' });
  await filters.getByLabel('Sort by').selectOption('checkworthiness');
  await expect(list.getByRole('button').first()).toContainText(byScore[0].claimText);
  await expect(list.getByRole('button').nth(1)).toContainText(byScore[1].claimText);
  await filters.getByLabel('Verdict').selectOption({ label: 'No verdict yet' });
  await filters.getByLabel('Check-worthiness').selectOption(min);
  await expect(list.getByRole('button')).toHaveCount(unreviewedHigh.length);
  await expect(page).toHaveURL(/verdict=none/);
  await expect(page).toHaveURL(new RegExp(`min=${min.replace('.', '\\.')}`));
  await expect(page).not.toHaveURL(/sort=/); // check-worthiness is the default order

  await page.reload();
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
  await expect(filters.getByLabel('Sort by')).toHaveValue('checkworthiness');
  await expect(filters.getByLabel('Verdict')).toHaveValue('none');
  await expect(list.getByRole('button')).toHaveCount(unreviewedHigh.length);
  await expect(list.getByRole('button').first()).toContainText(unreviewedHigh[0].claimText);
  await expect(page.getByTestId('filter-summary')).toHaveText(`Showing ${unreviewedHigh.length} of ${claims.length} claims · 2 filters on`);

  await filters.getByLabel('Status').selectOption('needs_review');
  await expect(list.getByText('No claims match these filters.')).toHaveCount(0);
  await expect(page.getByText('No claims match these filters.')).toBeVisible();
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.getByRole('button')).toHaveCount(claims.length);
  await expect(page).not.toHaveURL(/verdict=/);
  await expect(page).not.toHaveURL(/sort=/); // check-worthiness is the default order
});

test('split a claim at a word, merge two, dismiss one and restore it', async ({ page }) => {
  const id = await createReviewArticle(page);
  await openWorkbench(page, id);
  const { list, current } = claimList(page);
  const tools = page.getByTestId('split-merge');

  // Split "The city spent … in 2023, | according to the council."
  await tools.getByText('Split or merge this claim').click();
  await tools.getByLabel('Split after the word').selectOption({ label: '…2023, | according…' });
  await expect(tools.getByTestId('split-first')).toHaveText('1. The city spent $4.2 million on the Elm Street bridge in 2023,');
  await expect(tools.getByTestId('split-second')).toHaveText('2. according to the council.');
  await tools.getByRole('button', { name: 'Split claim' }).click();
  await expect(list.getByRole('button')).toHaveCount(6);
  await expect(page.getByTestId('claim-panel').getByRole('blockquote')).toHaveText('“The city spent $4.2 million on the Elm Street bridge in 2023,”');
  await expect(list.getByRole('button', { name: /Claim 2: according to the council\./ })).toBeVisible();

  // Merge the two halves back into one claim.
  await page.getByTestId('split-merge').getByText('Split or merge this claim').click();
  await page.getByTestId('split-merge').getByLabel('Merge with').selectOption({ label: 'according to the council.' });
  await page.getByTestId('split-merge').getByRole('button', { name: 'Merge claims' }).click();
  await expect(list.getByRole('button')).toHaveCount(5);
  await expect(page.getByTestId('claim-panel').getByRole('blockquote')).toHaveText('“The city spent $4.2 million on the Elm Street bridge in 2023, according to the council.”');

  // Dismiss: hidden from the list, shown with "Show dismissed", restorable.
  await list.getByRole('button', { name: /Mayor Jane Doe/ }).click();
  await page.getByTestId('claim-panel').getByRole('button', { name: 'Not check-worthy' }).click();
  await expect(page.getByTestId('claim-panel').getByTestId('claim-status')).toHaveText('Dismissed');
  await expect(list.getByRole('button', { name: /Mayor Jane Doe/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
  await expect(list.getByRole('button', { name: /Mayor Jane Doe/ })).toHaveCount(0);
  await page.getByRole('search', { name: 'Filter claims' }).getByLabel('Show dismissed').check();
  await expect(page).toHaveURL(/dismissed=1/);
  await list.getByRole('button', { name: /Mayor Jane Doe/ }).click();
  await expect(current).toContainText('Dismissed');
  await page.getByTestId('claim-panel').getByRole('button', { name: 'Restore claim' }).click();
  await expect(page.getByTestId('claim-panel').getByTestId('claim-status')).toHaveText('Open');
  await page.getByRole('search', { name: 'Filter claims' }).getByLabel('Show dismissed').uncheck();
  await expect(list.getByRole('button', { name: /Mayor Jane Doe/ })).toBeVisible();
});

test('sources carry kind and archive copy, and reorder with move buttons that persist', async ({ page }) => {
  const id = await createReviewArticle(page);
  await openWorkbench(page, id);
  const panel = page.getByTestId('claim-panel');
  for (const [title, kind] of [
    ['Council minutes', 'Primary document'],
    ['Statistics table', 'Data set'],
  ] as const) {
    await panel.getByRole('button', { name: 'Add source' }).click();
    await panel.getByLabel('Source URL').fill(`https://example.org/${encodeURIComponent(title)}`);
    await panel.getByLabel('Source title').fill(title);
    // Kind and archived copy sit under "More details", after the button (a short Tab path to it).
    await panel.locator('summary', { hasText: 'More details' }).click();
    await panel.getByLabel('Kind of source').selectOption({ label: kind });
    await panel.getByLabel('Archived copy URL (optional)').fill(title === 'Statistics table' ? 'not an address' : 'https://web.archive.org/web/2024/council');
    await panel.getByRole('button', { name: 'Add this source' }).click();
    if (title === 'Statistics table') {
      await expect(panel.getByLabel('Archived copy URL (optional)')).toHaveAccessibleDescription('Enter a full http(s):// address of the archived copy.');
      await panel.getByLabel('Archived copy URL (optional)').fill('');
      await panel.getByRole('button', { name: 'Add this source' }).click();
    }
    await expect(panel.getByTestId('source').filter({ hasText: title })).toContainText(kind);
  }
  await expect(panel.getByRole('link', { name: 'Archived copy of Council minutes' })).toHaveAttribute('href', 'https://web.archive.org/web/2024/council');
  const titles = panel.getByTestId('source').locator('a').first();
  await expect(titles).toHaveText('Council minutes');
  await expect(panel.getByRole('button', { name: 'Move up: Council minutes' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Move up: Statistics table' }).click();
  await expect(panel.getByTestId('source').first()).toContainText('Statistics table');
  await page.reload();
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
  const sources = page.getByTestId('claim-panel').getByTestId('source');
  await expect(sources.first()).toContainText('Statistics table');
  await expect(sources.nth(1)).toContainText('Council minutes');
  await page.getByTestId('claim-panel').getByRole('button', { name: 'Move down: Statistics table' }).click();
  await expect(sources.first()).toContainText('Council minutes');
});
