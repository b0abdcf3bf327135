import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { storageState } from './credentials';
import { BRIDGE_ARTICLE } from './review-helpers';

const ARTICLE = BRIDGE_ARTICLE;

async function addArticle(page: Page, title: string) {
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Outlet (optional)').fill('Metro Daily');
  await page.getByLabel('URL (optional)').fill('https://metro.example/bridge');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

test.describe('reviewer to editor', () => {
  test('a reviewer reviews a claim and an editor approves and exports ClaimReview', async ({ browser }) => {
    const title = `Bridge costs ${Date.now()}`;
    const reviewerContext = await browser.newContext({ storageState: storageState('reviewer') });
    const page = await reviewerContext.newPage();
    const articleId = await addArticle(page, title);

    // Claims were found and are highlighted in the text.
    const list = page.getByRole('list', { name: 'Claims' });
    await expect(list.getByRole('button')).not.toHaveCount(0);
    await expect(page.getByTestId('article-text').locator('mark').first()).toBeVisible();
    // The headline line is not a claim.
    await expect(list.getByRole('button', { name: /Bridge costs under scrutiny/ })).toHaveCount(0);

    await list.getByRole('button', { name: /\$4\.2 million/ }).click();
    const panel = page.getByTestId('claim-panel');
    await expect(panel.getByRole('blockquote')).toContainText('$4.2 million');
    await panel.getByLabel('Verdict').selectOption({ label: 'Mostly false' });
    await panel.getByLabel('Rationale').fill('Council minutes record $3.1 million, not $4.2 million.');
    await panel.getByRole('button', { name: 'Save claim' }).click();
    await expect(panel.getByText('Saved.')).toBeVisible();
    await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');

    await panel.getByRole('button', { name: 'Add source' }).click();
    await panel.getByLabel('Source URL').fill('not a url');
    await panel.getByLabel('Source title').fill('Council minutes, 12 January 2024');
    await panel.getByRole('button', { name: 'Add this source' }).click();
    await expect(panel.getByText('Enter a full http(s):// address.').first()).toBeVisible();
    await panel.getByLabel('Source URL').fill('https://council.example/minutes/2024-01-12');
    await panel.getByLabel('Publisher').fill('City Council');
    await panel.getByLabel('Stance').selectOption('refutes');
    await panel.getByRole('button', { name: 'Add this source' }).click();
    await expect(panel.getByTestId('source')).toContainText('Council minutes, 12 January 2024');

    // The reviewer cannot approve or export.
    await expect(panel.getByRole('button', { name: 'Approve verdict' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Export' })).toHaveCount(0);

    // A reload shows everything was saved.
    await page.reload();
    await page.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /\$4\.2 million/ }).click();
    await expect(page.getByTestId('claim-panel').getByLabel('Rationale')).toHaveValue(/\$3\.1 million/);
    await reviewerContext.close();

    const editorContext = await browser.newContext({ storageState: storageState('editor') });
    const editorPage = await editorContext.newPage();
    await editorPage.goto(`/articles/${articleId}`);
    await editorPage.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /\$4\.2 million/ }).click();
    const editorPanel = editorPage.getByTestId('claim-panel');
    await editorPanel.getByRole('button', { name: 'Approve verdict' }).click();
    await expect(editorPanel.getByTestId('claim-status')).toHaveText('Approved');

    const downloadPromise = editorPage.waitForEvent('download');
    await editorPage.getByRole('navigation', { name: 'Export' }).getByRole('link', { name: 'ClaimReview JSON-LD' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);
    const doc = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('ClaimReview');
    expect(doc.claimReviewed).toContain('$4.2 million');
    expect(doc.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 });
    expect(doc.author).toMatchObject({ '@type': 'Organization', name: 'E2E Fact Desk' });
    expect(doc.itemReviewed['@type']).toBe('Claim');
    expect(JSON.stringify(doc.itemReviewed.appearance)).toContain('https://metro.example/bridge');
    expect(doc.url).toContain(articleId);

    const csv = await editorPage.request.get(`/api/v1/articles/${articleId}/export?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Council minutes, 12 January 2024');
    await editorContext.close();
  });

  test('a reviewer adds a claim by selecting text and deletes one', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState('reviewer') });
    const page = await context.newPage();
    await addArticle(page, `Selection ${Date.now()}`);
    const list = page.getByRole('list', { name: 'Claims' });
    const before = await list.getByRole('button').count();

    // Select "Elm Street bridge" inside the first paragraph's text.
    await page.getByTestId('article-text').evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent!.indexOf('Elm Street bridge');
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 'Elm Street bridge'.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
      }
      throw new Error('text not found');
    });
    await expect(page.getByTestId('workbench-message')).toHaveText('17 characters selected');
    await page.getByRole('button', { name: 'Add claim from selection' }).click();
    await expect(page.getByTestId('workbench-message')).toHaveText('Claim added from your selection.');
    await expect(list.getByRole('button')).toHaveCount(before + 1);
    await expect(page.getByTestId('claim-panel').getByRole('blockquote')).toHaveText('“Elm Street bridge”');

    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('claim-panel').getByRole('button', { name: 'Delete claim' }).click();
    await expect(list.getByRole('button')).toHaveCount(before);
    await page.reload();
    await expect(page.getByRole('list', { name: 'Claims' }).getByRole('button')).toHaveCount(before);
    await context.close();
  });

  test('the second of two people saving the same claim sees the newer value', async ({ browser }) => {
    const a = await browser.newContext({ storageState: storageState('reviewer') });
    const b = await browser.newContext({ storageState: storageState('editor') });
    const pageA = await a.newPage();
    const articleId = await addArticle(pageA, `Conflict ${Date.now()}`);
    const pageB = await b.newPage();
    await pageB.goto(`/articles/${articleId}`);
    for (const p of [pageA, pageB]) await p.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /Mayor Jane Doe/ }).click();

    // B is writing when A saves (a page with no unsaved edits would quietly load A's newer version).
    const panelB = pageB.getByTestId('claim-panel');
    await panelB.getByLabel('Rationale').fill('Editor text written from an old copy.');

    await pageA.getByTestId('claim-panel').getByLabel('Rationale').fill('The council timetable says 2027.');
    await pageA.getByTestId('claim-panel').getByRole('button', { name: 'Save claim' }).click();
    await expect(pageA.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();

    await panelB.getByRole('button', { name: 'Save claim' }).click();
    await expect(panelB.getByTestId('claim-error')).toContainText('Someone else saved this claim');
    await expect(panelB.getByTestId('conflict-rationale')).toHaveText('The council timetable says 2027.');
    // Nothing was overwritten.
    await pageA.reload();
    await pageA.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /Mayor Jane Doe/ }).click();
    await expect(pageA.getByTestId('claim-panel').getByLabel('Rationale')).toHaveValue('The council timetable says 2027.');
    // B chooses to keep theirs, knowingly.
    await panelB.getByRole('button', { name: 'Keep mine and save' }).click();
    await expect(panelB.getByText('Saved.')).toBeVisible();
    await a.close();
    await b.close();
  });
});
