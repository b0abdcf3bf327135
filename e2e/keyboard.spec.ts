import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { addEvidenceByApi, claimList, createReviewArticle, openWorkbench } from './review-helpers';

test.describe('keyboard-first review', () => {
  test.use({ storageState: storageState('reviewer') });

  test('moves, opens, sets a verdict by number key that survives reload, and never fires while typing', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    const { list, current } = claimList(page);
    const panel = page.getByTestId('claim-panel');
    await expect(current).toContainText('$4.2 million');

    await page.keyboard.press('j');
    await expect(current).toContainText('Mayor Jane Doe');
    await page.keyboard.press('ArrowDown');
    await expect(current).toContainText('Unemployment');
    await page.keyboard.press('k');
    await expect(current).toContainText('Mayor Jane Doe');
    await page.keyboard.press('ArrowUp');
    await expect(current).toContainText('$4.2 million');
    await page.keyboard.press('j');

    // o (or Enter) opens the claim: the panel takes the focus.
    await page.keyboard.press('o');
    await expect(panel).toBeFocused();

    // 4 = the fourth verdict of the scale (Mostly false), saved at once.
    await page.keyboard.press('4');
    await expect(panel.getByText('Saved.')).toBeVisible();
    await expect(panel.getByLabel('Verdict').locator('option:checked')).toHaveText('Mostly false');
    await expect(panel.getByTestId('claim-status')).toHaveText('Needs second review');

    // r focuses the rationale; typing there types, it does not move or set verdicts.
    await page.keyboard.press('r');
    const rationale = panel.getByLabel('Rationale');
    await expect(rationale).toBeFocused();
    await page.keyboard.type('j k 1 x n');
    await expect(rationale).toHaveValue('j k 1 x n');
    await expect(current).toContainText('Mayor Jane Doe');
    await expect(panel.getByLabel('Verdict').locator('option:checked')).toHaveText('Mostly false');
    // Escape leaves the field for the list, where shortcuts work again.
    await page.keyboard.press('Escape');
    await expect(current).toBeFocused();
    // Enter on the focused row opens it.
    await page.keyboard.press('Enter');
    await expect(panel).toBeFocused();

    // s opens a new source with its URL field focused.
    await page.keyboard.press('s');
    await expect(panel.getByLabel('Source URL')).toBeFocused();
    await panel.getByRole('button', { name: 'Cancel' }).click();

    // The open claim is in the URL: a reload comes back to it, with its verdict saved.
    await expect(page).toHaveURL(/[?&]claim=/);
    await page.reload();
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
    await expect(current).toContainText('Mayor Jane Doe');
    await expect(page.getByTestId('claim-panel').getByLabel('Verdict').locator('option:checked')).toHaveText('Mostly false');
    await expect(list.getByRole('button', { name: /Mayor Jane Doe.*Verdict Mostly false/ })).toBeVisible();

    // n goes to the next claim nobody reviewed yet, skipping reviewed ones.
    await page.keyboard.press('k');
    await expect(current).toContainText('$4.2 million');
    await page.keyboard.press('n');
    await expect(current).toContainText('Unemployment');

    // x marks it not check-worthy: it leaves the list but is kept.
    await page.keyboard.press('x');
    await expect(page.getByTestId('claim-panel').getByTestId('claim-status')).toHaveText('Dismissed');
    await expect(list.getByRole('button', { name: /Unemployment/ })).toHaveCount(0);
    await page.keyboard.press('j');
    await expect(current).toContainText('new law');
  });

  test('? lists every shortcut in a dialog that Escape closes, returning focus', async ({ page }) => {
    const id = await createReviewArticle(page);
    await openWorkbench(page, id);
    const opener = page.getByRole('button', { name: /Keyboard shortcuts/ });
    await opener.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const action of ['Next claim in the list', 'Set the verdict by its place in the scale, and save', 'Write the rationale', 'Add a source', 'Mark not check-worthy (dismiss)', 'Approve the verdict (editors)', 'Next unreviewed claim']) {
      await expect(dialog.getByRole('cell', { name: action })).toBeVisible();
    }
    await expect(dialog.getByRole('listitem').first()).toHaveText('True');
    // Keys do nothing behind the open dialog.
    await page.keyboard.press('j');
    await expect(claimList(page).current).toContainText('$4.2 million');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    // And by mouse.
    await opener.click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a number key on a claim someone else just saved shows the conflict screen', async ({ browser }) => {
    const a = await browser.newContext({ storageState: storageState('reviewer') });
    const b = await browser.newContext({ storageState: storageState('editor') });
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    const id = await createReviewArticle(pageA);
    await openWorkbench(pageA, id);
    await openWorkbench(pageB, id);
    await pageA.keyboard.press('2');
    await expect(pageA.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();
    await pageB.keyboard.press('5');
    const panelB = pageB.getByTestId('claim-panel');
    await expect(panelB.getByTestId('claim-error')).toContainText('Someone else saved this claim');
    await expect(panelB.getByTestId('conflict-verdict')).toHaveText('Mostly true');
    await a.close();
    await b.close();
  });
});

test.describe('editor keys', () => {
  test('a approves a claim another person reviewed', async ({ browser }) => {
    const reviewer = await browser.newContext({ storageState: storageState('reviewer') });
    const rp = await reviewer.newPage();
    const id = await createReviewArticle(rp);
    await openWorkbench(rp, id);
    await rp.keyboard.press('1');
    await expect(rp.getByTestId('claim-panel').getByText('Saved.')).toBeVisible();
    // A verdict is approved only with a source and a rationale (the four-eyes rule's evidence).
    await addEvidenceByApi(rp, id, /\$4\.2 million/);
    await reviewer.close();

    const editor = await browser.newContext({ storageState: storageState('editor') });
    const ep = await editor.newPage();
    await openWorkbench(ep, id);
    await ep.keyboard.press('a');
    await expect(ep.getByTestId('claim-panel').getByTestId('claim-status')).toHaveText('Approved');
    await ep.reload();
    await expect(ep.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
    await expect(ep.getByTestId('claim-panel').getByTestId('claim-status')).toHaveText('Approved');
    await editor.close();
  });
});
