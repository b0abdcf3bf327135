import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { bearerContext } from './api-client';

test.describe('as an admin', () => {
  test.use({ storageState: storageState('admin') });

  test('creates a token, sees it once, and revokes it', async ({ page, playwright }) => {
    const name = `CMS ${Date.now()}`;
    await page.goto('/settings/tokens');
    await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();

    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByRole('form', { name: 'Create a token' }).getByRole('alert')).toContainText('Give the token a name');
    await expect(page.getByLabel('Name')).toHaveAccessibleDescription(/Give the token a name/);

    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Scope').selectOption('read');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByRole('textbox', { name: 'New API token' });
    await expect(secret).toHaveValue(/^cd_/);
    const token = await secret.inputValue();
    await expect(page.getByText('it is shown only this once')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).toContainText('active');

    const client = await bearerContext(playwright, token);
    expect((await client.get('/api/v1/articles?limit=1')).status()).toBe(200);

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'New API token' })).toHaveCount(0);
    expect(await page.content()).not.toContain(token);
    // columns: name, prefix, scope, created, expires, last used, state
    await expect(row.getByRole('cell').nth(4)).toHaveText('never');
    await expect(row.getByRole('cell').nth(5)).toHaveText(/UTC$/);

    await page.getByRole('button', { name: `Revoke token ${name}` }).click();
    await expect(row).toContainText('revoked');
    await expect(page.getByRole('button', { name: `Revoke token ${name}` })).toHaveCount(0);
    expect((await client.get('/api/v1/articles?limit=1')).status()).toBe(401);
    await client.dispose();
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: storageState('editor') });

  test('cannot open the token page or use the token API', async ({ page, request }) => {
    await page.goto('/settings/tokens');
    await expect(page).toHaveURL(/\/forbidden/);
    expect((await request.get('/api/v1/tokens')).status()).toBe(403);
  });
});
