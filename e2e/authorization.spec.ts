import { expect, test } from '@playwright/test';
import { E2E_PASSWORD, storageState, USERS } from './credentials';

const PAGES = ['/', '/articles/new', '/articles/some-id', '/admin/users', '/forbidden', '/queue', '/settings', '/settings/verdicts', '/settings/tokens', '/settings/organisation', '/exports', '/imports', '/articles/some-id/report'];
const API: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string }[] = [
  { method: 'GET', path: '/api/v1/articles' },
  { method: 'POST', path: '/api/v1/articles' },
  { method: 'GET', path: '/api/v1/articles/x' },
  { method: 'DELETE', path: '/api/v1/articles/x' },
  { method: 'GET', path: '/api/v1/articles/x/claims/y' },
  { method: 'PATCH', path: '/api/v1/articles/x/claims/y' },
  { method: 'GET', path: '/api/v1/articles/x/export?format=csv' },
];

test.describe('signed out', () => {
  for (const path of PAGES) {
    test(`page ${path} sends to sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
      await expect(page.getByRole('heading', { name: 'Sign in to Claimdesk' })).toBeVisible();
    });
  }

  test('every API route answers 401 with the error shape', async ({ request }) => {
    for (const { method, path } of API) {
      const response = await request.fetch(path, { method, data: method === 'GET' || method === 'DELETE' ? undefined : {} });
      expect(response.status(), `${method} ${path}`).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    }
  });

  test('a wrong password gets a clear message', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(USERS.admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signin-error')).toHaveText('Wrong email or password.');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  });
});

test.describe('reviewer limits', () => {
  test.use({ storageState: storageState('reviewer') });

  test('cannot reach user management or export', async ({ page, request }) => {
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    const list = await request.get('/api/v1/articles');
    const [first] = (await list.json()).data as { id: string }[];
    const response = await request.get(`/api/v1/articles/${first.id}/export?format=claimreview`);
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

test.describe('admin', () => {
  test.use({ storageState: storageState('admin') });

  test('manages users, with field errors for bad input', async ({ page }) => {
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name').fill('Nina New');
    await form.getByLabel('Email').fill('nina@claimdesk.local');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
    await expect(form.locator('#new-password-error')).toHaveText('Use at least 10 characters.');
    await expect(form.getByLabel('Initial password')).toHaveAttribute('aria-invalid', 'true');
    await form.getByLabel('Initial password').fill('a long enough password');
    await form.getByLabel('Role').selectOption('editor');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'nina@claimdesk.local' })).toBeVisible();
  });
});
