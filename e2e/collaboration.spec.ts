import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addEvidenceByApi, BRIDGE_ARTICLE, pagesByRole } from './review-helpers';

const ARTICLE = BRIDGE_ARTICLE;

const as = pagesByRole();

/** Seeds an article through the API (same service as the form) and returns its id. */
async function seedArticle(page: Page, title: string): Promise<string> {
  const response = await page.request.post('/api/v1/articles', { data: { title, body: ARTICLE } });
  expect(response.status()).toBe(201);
  return (await response.json()).data.id as string;
}

async function openClaim(page: Page, articleId: string, text: RegExp) {
  await page.goto(`/articles/${articleId}`);
  await page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: text }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByRole('blockquote')).toContainText(text);
  await expect(panel.getByRole('region', { name: 'Comments' })).toBeVisible();
  return panel;
}

async function review(page: Page, articleId: string, text: RegExp, verdict: string, rationale: string) {
  const panel = await openClaim(page, articleId, text);
  await panel.getByLabel('Verdict').selectOption({ label: verdict });
  await panel.getByLabel('Rationale').fill(rationale);
  await panel.getByRole('button', { name: 'Save claim' }).click();
  await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');
  return panel;
}

test('second review: a reviewer cannot approve their own claim; an editor sends back, the reviewer sees why, another editor approves', async ({ browser }) => {
  const reviewer = await as(browser, 'reviewer');
  const articleId = await seedArticle(reviewer, `Second review ${Date.now()}`);
  let panel = await review(reviewer, articleId, /\$4\.2 million/, 'Mostly false', 'Council minutes record $3.1 million.');
  await expect(panel.getByRole('button', { name: 'Approve verdict' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Send back to reviewer' })).toHaveCount(0);

  // The editor sends it back; the comment is required.
  const editor = await as(browser, 'editor');
  let editorPanel = await openClaim(editor, articleId, /\$4\.2 million/);
  await editorPanel.getByRole('button', { name: 'Send back to reviewer' }).click();
  await editorPanel.getByRole('button', { name: 'Send back', exact: true }).click();
  await expect(editorPanel.getByText('Say what the reviewer should change.')).toBeVisible();
  await editorPanel.getByLabel('What should the reviewer change?').fill('Link the minutes as a source, please.');
  await editorPanel.getByRole('button', { name: 'Send back', exact: true }).click();
  await expect(editorPanel.getByTestId('claim-status')).toHaveText('In progress');
  // The claim went back to its reviewer: the line and the "Assign to" menu name the same person.
  await expect(editorPanel.getByTestId('assignee')).toHaveText('Assigned to: Rita Reviewer');
  await expect(editorPanel.getByLabel('Assign to').locator('option:checked')).toHaveText('Rita Reviewer (reviewer)');

  // The reviewer sees it on the claim and in their queue.
  await reviewer.goto('/queue');
  const queued = reviewer.getByTestId('queue-claim').filter({ hasText: '$4.2 million' });
  await expect(queued).toContainText('Sent back by Eddie Editor: Link the minutes as a source, please.');
  await queued.getByRole('link').click();
  panel = reviewer.getByTestId('claim-panel');
  await expect(panel.getByRole('blockquote')).toContainText('$4.2 million');
  await expect(panel.getByTestId('send-back')).toContainText('Sent back by Eddie Editor');
  await expect(panel.getByTestId('send-back')).toContainText('Link the minutes as a source, please.');
  await panel.getByLabel('Rationale').fill('Council minutes (linked) record $3.1 million.');
  await panel.getByRole('button', { name: 'Save claim' }).click();
  await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');
  await expect(panel.getByTestId('send-back')).toHaveCount(0);

  // An editor who did not review it approves, once it has a source.
  await addEvidenceByApi(reviewer, articleId, /\$4\.2 million/);
  editorPanel = await openClaim(editor, articleId, /\$4\.2 million/);
  await editorPanel.getByRole('button', { name: 'Approve verdict' }).click();
  await expect(editorPanel.getByTestId('claim-status')).toHaveText('Approved');
  await expect(editorPanel.getByLabel('Rationale')).toBeDisabled();

  // An editor who reviewed a claim cannot approve it; another editor (the admin) can.
  const own = await review(editor, articleId, /Mayor Jane Doe/, 'Unproven', 'No timetable published.');
  await expect(own.getByRole('button', { name: 'Approve verdict' })).toBeDisabled();
  await expect(own.getByRole('button', { name: 'Send back to reviewer' })).toHaveCount(0);
  await addEvidenceByApi(editor, articleId, /Mayor Jane Doe/);
  const admin = await as(browser, 'admin');
  const adminPanel = await openClaim(admin, articleId, /Mayor Jane Doe/);
  await adminPanel.getByRole('button', { name: 'Approve verdict' }).click();
  await expect(adminPanel.getByTestId('claim-status')).toHaveText('Approved');

  // Changing an approved verdict opens a recorded correction with a required note.
  await adminPanel.getByRole('button', { name: 'Open a correction' }).click();
  await adminPanel.getByLabel(/Correction note/).fill('The city published a timetable on 3 March.');
  await adminPanel.getByRole('button', { name: 'Open correction' }).click();
  await expect(adminPanel.getByTestId('claim-status')).toHaveText('In progress');
  await expect(adminPanel.getByTestId('correction')).toContainText('The city published a timetable on 3 March.');
  await expect(adminPanel.getByLabel('Rationale')).toBeEnabled();
  await adminPanel.getByText('History').click();
  await expect(adminPanel.getByTestId('history-entry').first()).toContainText('Opened a correction');
  await expect(adminPanel.getByTestId('history-entry').first()).toContainText('The city published a timetable on 3 March.');
});

test('an editor assigns a claim and a whole article; they show in the reviewer\'s queue and open the claim', async ({ browser }) => {
  const editor = await as(browser, 'editor');
  const title = `Assigned ${Date.now()}`;
  const articleId = await seedArticle(editor, title);
  const panel = await openClaim(editor, articleId, /Mayor Jane Doe/);
  await panel.getByLabel('Assign to').selectOption({ label: 'Rita Reviewer (reviewer)' });
  await panel.getByRole('button', { name: 'Assign claim' }).click();
  await expect(panel.getByText('Assigned to Rita Reviewer.')).toBeVisible();
  await expect(panel.getByTestId('assignee')).toHaveText('Assigned to: Rita Reviewer');

  const reviewer = await as(browser, 'reviewer');
  await reviewer.goto('/queue');
  const group = reviewer.getByRole('region', { name: `Article: ${title}` });
  await expect(group.getByTestId('queue-claim')).toHaveCount(1);
  await expect(group.getByTestId('queue-claim')).toContainText('Open');
  await group.getByRole('link', { name: /Mayor Jane Doe/ }).click();
  await expect(reviewer).toHaveURL(/\?claim=/);
  await expect(reviewer.getByTestId('claim-panel').getByRole('blockquote')).toContainText('Mayor Jane Doe');
  // The reviewer cannot assign, but can start the review.
  const reviewerPanel = reviewer.getByTestId('claim-panel');
  await expect(reviewerPanel.getByLabel('Assign to')).toHaveCount(0);
  await reviewerPanel.getByRole('button', { name: 'Start review' }).click();
  await expect(reviewerPanel.getByTestId('claim-status')).toHaveText('In progress');

  await panel.getByRole('button', { name: 'Assign whole article' }).click();
  await expect(panel.getByText(/unapproved claims? assigned to Rita Reviewer/)).toBeVisible();
  await reviewer.goto('/queue');
  const claims = await reviewer.getByRole('region', { name: `Article: ${title}` }).getByTestId('queue-claim').count();
  expect(claims).toBeGreaterThan(1);
});

test('comments are threaded and an @mention lands in the mentioned user\'s queue until read', async ({ browser }) => {
  const reviewer = await as(browser, 'reviewer');
  const articleId = await seedArticle(reviewer, `Comments ${Date.now()}`);
  const panel = await openClaim(reviewer, articleId, /declined to comment/i);
  const box = panel.getByLabel('Add a comment');
  await box.fill('Is this even a claim? <b>not bold</b> ');
  await box.pressSequentially('@Edd');
  await expect(panel.getByRole('option', { name: '@Eddie Editor' })).toBeVisible();
  await box.press('Enter');
  await expect(box).toHaveValue('Is this even a claim? <b>not bold</b> @Eddie Editor ');
  await panel.getByRole('button', { name: 'Post comment' }).click();
  const comment = panel.getByTestId('comment').first();
  await expect(comment).toContainText('Is this even a claim? <b>not bold</b> @Eddie Editor');
  await expect(comment.locator('b')).toHaveCount(0);
  await expect(box).toHaveValue('');

  const editor = await as(browser, 'editor');
  await editor.goto('/queue');
  const mention = editor.getByTestId('mention').filter({ hasText: 'Is this even a claim?' });
  await expect(mention).toContainText('Rita Reviewer mentioned you');
  await mention.getByRole('link').click();
  const editorPanel = editor.getByTestId('claim-panel');
  await expect(editorPanel.getByRole('blockquote')).toContainText('declined to comment');
  await editorPanel.getByRole('button', { name: 'Reply to Rita Reviewer' }).click();
  await editorPanel.getByLabel('Reply to Rita Reviewer').fill('It is an attribution; keep it, @rita.');
  await editorPanel.getByRole('button', { name: 'Post reply' }).click();
  await expect(editorPanel.getByRole('list', { name: 'Replies to Rita Reviewer' })).toContainText('It is an attribution; keep it, @rita.');

  await editor.goto('/queue');
  await editor.getByTestId('mention').filter({ hasText: 'Is this even a claim?' }).getByRole('button', { name: 'Mark mention by Rita Reviewer as read' }).click();
  await expect(editor.getByTestId('mention').filter({ hasText: 'Is this even a claim?' })).toHaveCount(0);

  await reviewer.goto('/queue');
  await expect(reviewer.getByTestId('mention').filter({ hasText: 'It is an attribution' })).toContainText('Eddie Editor mentioned you');
});

test('the history panel shows who changed what, before and after', async ({ browser }) => {
  const reviewer = await as(browser, 'reviewer');
  const articleId = await seedArticle(reviewer, `History ${Date.now()}`);
  const panel = await review(reviewer, articleId, /\$4\.2 million/, 'False', 'The minutes say otherwise.');
  await panel.getByText('History').click();
  const latest = panel.getByTestId('history-entry').first();
  await expect(latest).toContainText('Edited · Rita Reviewer');
  const verdictRow = latest.getByRole('row', { name: /Verdict/ });
  await expect(verdictRow.getByRole('cell').nth(0)).toHaveText('—');
  await expect(verdictRow.getByRole('cell').nth(1)).toHaveText('False');
  const statusRow = latest.getByRole('row', { name: /Status/ });
  await expect(statusRow.getByRole('cell').nth(0)).toHaveText('Open');
  await expect(statusRow.getByRole('cell').nth(1)).toHaveText('Needs second review');
  await expect(panel.getByTestId('history-entry').last()).toContainText('Found by claim extraction');
});

test('an open page notices that the claim changed elsewhere and keeps the draft until asked', async ({ browser }) => {
  const reviewer = await as(browser, 'reviewer');
  const articleId = await seedArticle(reviewer, `Stale ${Date.now()}`);
  const editor = await as(browser, 'editor');
  const mine = await openClaim(reviewer, articleId, /Mayor Jane Doe/);
  const theirs = await openClaim(editor, articleId, /Mayor Jane Doe/);
  await mine.getByLabel('Rationale').fill('My unsaved draft.');

  await theirs.getByLabel('Rationale').fill('The council says 2027.');
  await theirs.getByRole('button', { name: 'Save claim' }).click();
  await expect(theirs.getByText('Saved.')).toBeVisible();

  // The page polls one small request for the whole article; it answers 304 when nothing changed.
  const versions = await reviewer.request.get(`/api/v1/articles/${articleId}/versions`);
  expect(versions.status()).toBe(200);
  const { data } = await versions.json();
  expect(Object.values(data.versions)).toContain(2);
  const again = await reviewer.request.get(`/api/v1/articles/${articleId}/versions`, { headers: { 'If-None-Match': versions.headers().etag } });
  expect(again.status()).toBe(304);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/v1/articles/${articleId}/versions`)).status()).toBe(401);
  await anonymous.close();

  const notice = reviewer.getByTestId('stale-notice');
  await expect(notice).toContainText('Changed by Eddie Editor', { timeout: 25_000 });
  await expect(mine.getByLabel('Rationale')).toHaveValue('My unsaved draft.');
  await notice.getByRole('button', { name: 'Load the newer version' }).click();
  await expect(notice).toHaveCount(0);
  await expect(reviewer.getByTestId('claim-panel').getByLabel('Rationale')).toHaveValue('The council says 2027.');
  // The loaded version saves without a conflict.
  await reviewer.getByTestId('claim-panel').getByLabel('Rationale').fill('The council says 2027; confirmed.');
  await reviewer.getByTestId('claim-panel').getByRole('button', { name: 'Save claim' }).click();
  await expect(reviewer.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();
});

test('an open page says so when its claim was deleted elsewhere, keeping the draft', async ({ browser }) => {
  const reviewer = await as(browser, 'reviewer');
  const articleId = await seedArticle(reviewer, `Deleted ${Date.now()}`);
  const editor = await as(browser, 'editor');
  const mine = await openClaim(reviewer, articleId, /declined to comment/i);
  await mine.getByLabel('Rationale').fill('Draft about a claim that goes away.');
  const theirs = await openClaim(editor, articleId, /declined to comment/i);
  editor.once('dialog', (d) => void d.accept());
  await theirs.getByRole('button', { name: 'Delete claim' }).click();
  await expect(editor.getByTestId('workbench-message')).toHaveText('Claim deleted.');
  await expect(reviewer.getByTestId('stale-notice')).toContainText('deleted by someone else', { timeout: 35_000 });
  await expect(mine.getByLabel('Rationale')).toHaveValue('Draft about a claim that goes away.');
});

test('the collaboration panel and the queue have no serious accessibility violations', async ({ browser }) => {
  const reviewer = await as(browser, 'reviewer');
  const articleId = await seedArticle(reviewer, `Axe ${Date.now()}`);
  const editor = await as(browser, 'editor');
  const panel = await openClaim(editor, articleId, /Mayor Jane Doe/);
  await panel.getByLabel('Add a comment').fill('Please check the timetable, @rita');
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await expect(panel.getByTestId('comment')).toHaveCount(1);
  await panel.getByLabel('Assign to').selectOption({ label: 'Rita Reviewer (reviewer)' });
  await panel.getByRole('button', { name: 'Assign claim' }).click();
  await expect(panel.getByTestId('assignee')).toHaveText('Assigned to: Rita Reviewer');
  await panel.getByText('History').click();
  const serious = (violations: { impact?: string | null; id: string }[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  const onPanel = await new AxeBuilder({ page: editor }).include('[data-testid="claim-collaboration"]').analyze();
  expect(serious(onPanel.violations)).toEqual([]);
  await reviewer.goto('/queue');
  await expect(reviewer.getByTestId('mention').first()).toBeVisible();
  const onQueue = await new AxeBuilder({ page: reviewer }).include('main').analyze();
  expect(serious(onQueue.violations)).toEqual([]);
});
