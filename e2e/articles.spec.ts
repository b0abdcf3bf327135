import { expect, test } from '@playwright/test';
import { storageState } from './credentials';

test.use({ storageState: storageState('reviewer') });

test('empty and binary input get clear errors and store nothing', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill('Nothing here');
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#body-error')).toHaveText('Paste the article text or upload a .txt or .md file.');
  await expect(page.getByLabel('Title')).toHaveValue('Nothing here');

  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) });
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#file-error')).toHaveText('Not a text file.');

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Nothing here' })).toHaveCount(0);
});

test('a Markdown file upload reads as plain text with headings, and offsets stay exact', async ({ page }) => {
  const title = `Upload ${Date.now()}`;
  const md = '# Council **vote** tonight\n\nThe council voted 7-2 to close [the library](https://lib.example) on Fridays.\n';
  await page.goto('/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles({ name: 'vote.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await page.getByRole('button', { name: 'Add article' }).click();
  const text = page.getByTestId('article-text');
  await expect(text.getByRole('heading', { name: 'Council vote tonight' })).toBeVisible();
  await expect(text).toContainText('The council voted 7-2 to close the library on Fridays.');
  await expect(text).not.toContainText('**');
  await expect(text).not.toContainText('](');
});
