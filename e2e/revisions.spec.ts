import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageState } from './credentials';

const BRIDGE = 'The city spent $4.2 million on the bridge in 2023, according to the council.';
const MAYOR = 'Mayor Jane Doe said the project would be finished by 2026.';
const POLICE = 'Police reported 312 burglaries last year, up from 280.';
const CRITICS = 'Critics argue that the plan is a disaster.';
const RENTS = 'Rents rose 9 percent in 2025, the housing office said.';
const BODY = ['Harbor report', '', BRIDGE, MAYOR, POLICE, CRITICS].join('\n');

async function addArticle(request: APIRequestContext, title: string): Promise<string> {
  const response = await request.post('/api/v1/articles', { data: { title, body: BODY } });
  expect(response.status()).toBe(201);
  return (await response.json()).data.id as string;
}

test.describe('a reviewer edits the text', () => {
  test.use({ storageState: storageState('reviewer') });

  test('edit the text, see the diff, a flagged claim and an orphan in the revision view, accept the new anchor', async ({ page, request }, testInfo) => {
    const title = `Harbor ${Date.now()}`;
    const id = await addArticle(request, title);
    await page.goto(`/articles/${id}`);
    await page.getByRole('link', { name: 'Edit article' }).click();
    await expect(page.getByRole('heading', { name: `Edit “${title}”` })).toBeVisible();

    // a field error keeps what was typed
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#edit-title-error')).toHaveText('Give the article a title.');
    await page.getByLabel('Title').fill(`${title} (updated)`);

    const body = ['Harbor report', '', BRIDGE, MAYOR.replace('2026', '2027'), CRITICS, RENTS].join('\n');
    await page.getByLabel('Article text').fill(body);
    await page.screenshot({ path: testInfo.outputPath('edit.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('edit-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByLabel('Article text').press('Control+Enter');

    await expect(page).toHaveURL(new RegExp(`/articles/${id}/revisions\\?n=2$`));
    await expect(page.getByRole('heading', { name: `Revisions of “${title} (updated)”` })).toBeVisible();
    const diff = page.getByTestId('revision-diff');
    await expect(diff.locator('del')).toContainText(['2026']);
    await expect(diff.locator('ins').filter({ hasText: '2027' })).toHaveCount(1);
    await expect(diff.locator('del').filter({ hasText: 'burglaries' })).toHaveCount(1);

    const flagged = page.getByRole('listitem', { name: /^Flagged claim:/ });
    await expect(flagged).toHaveCount(1);
    await expect(flagged.locator('blockquote').first()).toHaveText(MAYOR);
    await expect(flagged.locator('blockquote').nth(1)).toHaveText(MAYOR.replace('2026', '2027'));
    const orphan = page.getByRole('listitem', { name: /^Orphaned claim:/ });
    await expect(orphan).toHaveCount(1);
    await expect(orphan.locator('blockquote')).toHaveText(POLICE);
    await expect(page.getByRole('region', { name: /New claims/ })).toContainText(RENTS);
    await expect(page.getByTestId('revision-text').locator('mark', { hasText: RENTS })).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('revisions.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('revisions-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });

    await flagged.getByRole('button', { name: 'Accept the new anchor' }).click();
    await expect(page.getByRole('heading', { name: 'Text changed (0)' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: /^Orphaned claim:/ })).toHaveCount(1);

    // the first revision, with its claims as they were
    await page.getByRole('link', { name: 'Revision 1' }).click();
    await expect(page).toHaveURL(/\?n=1$/);
    await expect(page.getByTestId('revision-diff')).toHaveCount(0);
    await expect(page.getByTestId('revision-text').locator('mark', { hasText: POLICE })).toHaveCount(1);
    await expect(page.getByTestId('revision-text')).not.toContainText(RENTS);

    // the article page says which revision it shows
    await page.goto(`/articles/${id}`);
    await expect(page.getByRole('link', { name: /Revision 2 · revisions and changes/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /1 orphaned/ })).toBeVisible();
    // the claims list badges the claim whose text is gone; the accepted one is no longer flagged
    const claims = page.getByRole('list', { name: 'Claims' });
    await expect(claims.getByTestId('anchor-badge')).toHaveText(['Text gone']);
    await expect(claims.getByRole('button', { name: /burglaries.*Text gone\.$/ })).toHaveCount(1);
  });
});

test.describe('an editor deletes an article', () => {
  test.use({ storageState: storageState('editor') });

  test('the confirmation names how many claims and verdicts go with it', async ({ page, request }, testInfo) => {
    const title = `Delete me ${Date.now()}`;
    const id = await addArticle(request, title);
    const article = (await (await request.get(`/api/v1/articles/${id}`)).json()).data;
    const verdicts = (await (await request.get('/api/v1/verdicts')).json()).data as { id: string }[];
    const claim = article.claims[0];
    const saved = await request.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, verdictId: verdicts[0].id } });
    expect(saved.status()).toBe(200);

    await page.goto(`/articles/${id}/edit`);
    await page.getByRole('button', { name: 'Delete article…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${title}”?` });
    await expect(dialog).toContainText(`${article.claims.length} claims, 1 verdict`);
    await page.screenshot({ path: testInfo.outputPath('delete.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await request.get(`/api/v1/articles/${id}`)).status()).toBe(200);

    await page.getByRole('button', { name: 'Delete article…' }).click();
    await dialog.getByRole('button', { name: `Delete the article and ${article.claims.length} claims` }).click();
    await expect(page).toHaveURL(/\/$/);
    expect((await request.get(`/api/v1/articles/${id}`)).status()).toBe(404);
  });
});

test.describe('a reviewer cannot delete', () => {
  test.use({ storageState: storageState('reviewer') });

  test('the edit page offers no delete to reviewers', async ({ page, request }) => {
    const id = await addArticle(request, `No delete ${Date.now()}`);
    await page.goto(`/articles/${id}/edit`);
    await expect(page.getByRole('heading', { name: /^Edit/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete article…' })).toHaveCount(0);
  });
});
