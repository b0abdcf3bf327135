import { expect, test } from '@playwright/test';
import { openWorkbench, pagesByRole } from './review-helpers';

// Issue 10, "Checked before": a ClaimReview imported at /imports shows up on a new article that
// repeats the claim; reusing its verdict still needs a second reviewer; a dismissed suggestion stays
// dismissed after a reload.

const as = pagesByRole();

const review = (claimReviewed: string, url: string, rating: string) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url,
  claimReviewed,
  datePublished: '2025-03-12',
  author: { '@type': 'Organization', name: 'Gulf Fact Check', url: 'https://gulf-check.example' },
  reviewRating: { '@type': 'Rating', alternateName: rating },
  reviewBody: 'Weather records and the Saudi civil defence confirm the storm and the toll.',
});

test('an imported ClaimReview is suggested on a new article; reusing it needs a second reviewer; a dismissed one stays dismissed', async ({ browser }, testInfo) => {
  const stamp = Date.now();
  const crane = `A storm caused a crane to fall into the Grand Mosque in Mecca in ${2000 + (stamp % 20)}, killing 107 people, officials said.`;
  const tunnel = `The harbour tunnel in Velmora cost 350 million euros to build in ${2000 + (stamp % 20)}, the transport ministry said.`;

  // An editor imports other fact-checkers' reviews through the import page.
  const editor = await as(browser, 'editor');
  await editor.goto('/imports');
  await editor.getByLabel('ClaimReview JSON-LD file').setInputFiles({
    name: 'reviews.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify([review(crane, `https://gulf-check.example/crane-${stamp}`, 'Mostly false'), review(tunnel, `https://gulf-check.example/tunnel-${stamp}`, 'False')])),
  });
  await editor.getByRole('button', { name: 'Import fact-checks' }).click();
  await expect(editor.getByRole('status')).toContainText('Imported 2 fact-checks from Gulf Fact Check');

  // A new article repeats both claims (reworded a little).
  const body = [`Crane collapse revisited ${stamp}`, '', crane.replace('A storm caused', 'A storm made'), tunnel.replace('to build ', '')].join('\n');
  const created = await editor.request.post('/api/v1/articles', { data: { title: `Checked before ${stamp}`, body } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: articleId } = ((await created.json()) as { data: { id: string } }).data;

  await openWorkbench(editor, articleId);
  const list = editor.getByRole('list', { name: 'Claims' });
  await expect(list.getByRole('button', { name: /crane.*Checked before\./ })).toBeVisible();
  await expect(list.getByRole('button', { name: /harbour tunnel.*Checked before\./ })).toBeVisible();

  // The filter keeps only claims checked before.
  await editor.getByRole('checkbox', { name: 'Checked before' }).check();
  await expect(editor.getByTestId('filter-summary')).toContainText('Showing 2 of');
  await editor.getByRole('checkbox', { name: 'Checked before' }).uncheck();

  await list.getByRole('button', { name: /crane/ }).click();
  const suggestions = editor.getByRole('region', { name: 'Checked before' });
  await expect(suggestions).toContainText('Checked before: Mostly false — 12 March 2025, in Gulf Fact Check');
  await expect(suggestions).toContainText('% close');
  await editor.screenshot({ path: testInfo.outputPath('checked-before.png'), fullPage: true });

  // Reuse: one action; the claim waits for second review and this editor may not approve it.
  await suggestions.getByRole('button', { name: 'Reuse this verdict' }).click();
  const panel = editor.getByTestId('claim-panel');
  await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');
  await expect(panel.getByLabel('Verdict')).toHaveValue(/.+/);
  await expect(panel.getByLabel('Rationale')).toHaveValue(/Gulf Fact Check rated this claim “Mostly false” on 2025-03-12\./);
  await expect(suggestions).toContainText('Linked by Eddie Editor');
  await expect(panel.getByRole('button', { name: 'Approve verdict' })).toBeDisabled();
  await expect(panel.getByTestId('approve-blockers')).toContainText('another editor must give the second review');

  // Another editor (the admin) can approve it: the reused source satisfies the evidence rule.
  const admin = await as(browser, 'admin');
  await openWorkbench(admin, articleId);
  await admin.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /crane/ }).click();
  await expect(admin.getByTestId('claim-panel').getByRole('button', { name: 'Approve verdict' })).toBeEnabled();

  // Dismiss the other suggestion: gone now and after a reload.
  await list.getByRole('button', { name: /harbour tunnel/ }).click();
  await expect(suggestions).toContainText('Checked before: False');
  await suggestions.getByRole('button', { name: 'Dismiss' }).click();
  await expect(editor.getByRole('region', { name: 'Checked before' })).toHaveCount(0);
  await editor.reload();
  await expect(editor.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
  await list.getByRole('button', { name: /harbour tunnel/ }).click();
  await expect(editor.getByTestId('claim-panel').getByRole('blockquote')).toContainText('harbour tunnel');
  await expect(list.getByRole('button', { name: /harbour tunnel.*Checked before\./ })).toHaveCount(0);
  await expect(editor.getByRole('region', { name: 'Checked before' })).toHaveCount(0);

  await editor.setViewportSize({ width: 390, height: 844 });
  await list.getByRole('button', { name: /crane/ }).click();
  await expect(editor.getByRole('region', { name: 'Checked before' })).toBeVisible();
  await editor.screenshot({ path: testInfo.outputPath('checked-before-390.png'), fullPage: true });
});
