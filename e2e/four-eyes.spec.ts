import { expect, test, type Page } from '@playwright/test';
import { addEvidenceByApi, createReviewArticle, openWorkbench, pagesByRole } from './review-helpers';

// Issue 8: the four-eyes rule. The editor who set a verdict cannot approve it (the panel says why,
// the keyboard and the API are refused with a message), and no verdict is approved without evidence.

const as = pagesByRole();

async function openClaim(page: Page, articleId: string, text: RegExp) {
  await openWorkbench(page, articleId);
  await page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: text }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByRole('blockquote')).toContainText(text);
  return panel;
}

test('an editor who set the verdict cannot approve it; the panel says why, and another editor approves once it has a source', async ({ browser }) => {
  const editor = await as(browser, 'editor');
  const articleId = await createReviewArticle(editor, `Four eyes ${Date.now()}`);
  const panel = await openClaim(editor, articleId, /\$4\.2 million/);
  await panel.getByLabel('Verdict').selectOption({ label: 'False' });
  await panel.getByLabel('Rationale').fill('Council minutes record $3.1 million.');
  await panel.getByRole('button', { name: 'Save claim' }).click();
  await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');

  const approve = panel.getByRole('button', { name: 'Approve verdict' });
  await expect(approve).toBeDisabled();
  const why = panel.getByTestId('approve-blockers');
  await expect(why).toContainText('You cannot approve this verdict yet');
  await expect(why).toContainText('You changed the verdict and the rationale and sent it to second review since its last approval; another editor must give the second review.');
  await expect(why).toContainText('A verdict needs at least 1 source before approval; this claim has 0.');
  await expect(approve).toHaveAccessibleDescription(/another editor must give the second review/);
  // The sources panel names the workspace's minimum (1 by default), not a fixed rule.
  await expect(panel.getByTestId('sources-minimum')).toHaveText('No sources yet. A verdict needs at least 1 source before approval.');

  // The keyboard shortcut is refused with the same message, and nothing changes.
  await panel.getByRole('blockquote').click();
  await editor.keyboard.press('a');
  await expect(panel.getByTestId('claim-error')).toContainText('another editor must give the second review');
  await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');

  // A reviewer adds the source; the admin (who touched nothing) now sees only what is left: nothing.
  const reviewer = await as(browser, 'reviewer');
  await addEvidenceByApi(reviewer, articleId, /\$4\.2 million/);
  const reviewerPanel = await openClaim(reviewer, articleId, /\$4\.2 million/);
  await expect(reviewerPanel.getByTestId('claim-reviewers')).toHaveText('Reviewed by Eddie Editor, Rita Reviewer');
  await expect(reviewerPanel.getByRole('button', { name: 'Approve verdict' })).toHaveCount(0);

  const admin = await as(browser, 'admin');
  const adminPanel = await openClaim(admin, articleId, /\$4\.2 million/);
  await expect(adminPanel.getByTestId('approve-blockers')).toHaveCount(0);
  await adminPanel.getByRole('button', { name: 'Approve verdict' }).click();
  await expect(adminPanel.getByTestId('claim-status')).toHaveText('Approved');
  await expect(adminPanel.getByTestId('claim-reviewers')).toHaveText('Reviewed by Eddie Editor, Rita Reviewer · approved by Ada Admin');
});

test('the API refuses the issue’s exploit (verdict set as in progress, then approved by the same editor) and a verdict without a source', async ({ browser }) => {
  const editor = await as(browser, 'editor');
  const articleId = await createReviewArticle(editor, `Four eyes API ${Date.now()}`);
  const verdicts = ((await (await editor.request.get('/api/v1/verdicts')).json()) as { data: { id: string; label: string }[] }).data;
  const falseId = verdicts.find((v) => v.label === 'False')!.id;
  const claims = ((await (await editor.request.get(`/api/v1/articles/${articleId}/claims?limit=100`)).json()) as { data: { id: string; quote: string; version: number }[] }).data;
  const claim = claims.find((c) => c.quote.includes('$4.2 million'))!;
  const url = `/api/v1/articles/${articleId}/claims/${claim.id}`;

  const set = await editor.request.patch(url, { data: { version: claim.version, verdictId: falseId, status: 'in_progress', rationale: 'Minutes.' } });
  expect(set.status()).toBe(200);
  const inProgress = (await set.json()).data as { version: number; reviewers: { name: string }[] };
  expect(inProgress.reviewers.map((r) => r.name)).toEqual(['Eddie Editor']);
  const early = await editor.request.patch(url, { data: { version: inProgress.version, status: 'approved' } });
  expect(early.status()).toBe(409);
  expect((await early.json()).error.message).toContain('Only a claim waiting for second review can be approved');

  const submitted = await editor.request.patch(url, { data: { version: inProgress.version, status: 'needs_review' } });
  expect(submitted.status()).toBe(200);
  const waiting = (await submitted.json()).data as { version: number };
  const own = await editor.request.patch(url, { data: { version: waiting.version, status: 'approved' } });
  expect(own.status()).toBe(403);
  const ownError = (await own.json()).error as { code: string; message: string; details: { blockers: { code: string }[] } };
  expect(ownError.code).toBe('FORBIDDEN');
  expect(ownError.details.blockers.map((b) => b.code)).toEqual(['own_work', 'sources']);

  const admin = await as(browser, 'admin');
  const noSource = await admin.request.patch(url, { data: { version: waiting.version, status: 'approved' } });
  expect(noSource.status()).toBe(422);
  expect((await noSource.json()).error).toMatchObject({ code: 'INVALID', message: 'A verdict needs at least 1 source before approval; this claim has 0.' });
  const stored = (await (await admin.request.get(url)).json()).data as { status: string; approvedBy: unknown };
  expect(stored).toMatchObject({ status: 'needs_review', approvedBy: null });
});

test('an admin sets the sources a verdict needs before approval; a bad number is a field error', async ({ browser }) => {
  const admin = await as(browser, 'admin');
  await admin.goto('/settings/organisation');
  const form = admin.getByRole('form', { name: 'Second review' });
  const input = form.getByLabel('Sources a verdict needs before approval');
  await expect(input).toHaveValue('1');
  await input.fill('25');
  await form.getByRole('button', { name: 'Save second-review policy' }).click();
  await expect(form.getByText('At most 20 sources.')).toBeVisible();
  await expect(input).toHaveValue('25');

  // The sources panel says the minimum set here, and nothing about it when it is 0.
  const articleId = await createReviewArticle(admin, `Minimum sources ${Date.now()}`);
  for (const [value, said] of [
    ['2', 'No sources yet. A verdict needs at least 2 sources before approval.'],
    ['0', 'No sources yet.'],
  ] as const) {
    await admin.goto('/settings/organisation');
    await input.fill(value);
    await form.getByRole('button', { name: 'Save second-review policy' }).click();
    await expect(form.getByRole('status')).toContainText('Saved.');
    const panel = await openClaim(admin, articleId, /\$4\.2 million/);
    await expect(panel.getByTestId('sources-minimum')).toHaveText(said);
  }

  await admin.goto('/settings/organisation');
  await input.fill('1');
  await form.getByRole('button', { name: 'Save second-review policy' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved. A verdict now needs at least 1 source before approval.');
});
