import { expect, test, type Page } from '@playwright/test';
import { storageState, USERS } from './credentials';
import { createUserInDb, signInAttempt } from './signin-helpers';

/** Throwaway users only: the seeded ones' sessions are shared by the other specs. */
const PASSWORD = 'throwaway-password-1';

test.use({ storageState: storageState('admin') });

function row(page: Page, name: string) {
  return page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: name });
}

test('a field error goes away as soon as the field is edited ("Already in use." no longer stays)', async ({ page }) => {
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Name').fill('Dora Duplicate');
  await form.getByLabel('Email').fill(USERS.editor.email);
  await form.getByLabel('Initial password').fill('a long enough password');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.locator('#new-email-error')).toHaveText('Already in use.');
  await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveText('Please correct the highlighted fields.');

  const email = `dora-${Date.now()}@claimdesk.local`;
  await form.getByLabel('Email').fill(email);
  await expect(form.locator('#new-email-error')).toHaveCount(0);
  await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'false');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByLabel('Initial password').fill('a long enough password');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: email })).toBeVisible();
});

test('deactivation asks first and says what happened; so does taking away admin access', async ({ page }) => {
  const user = await createUserInDb({ password: PASSWORD });
  const admin = await createUserInDb({ password: PASSWORD, role: 'admin' });
  await page.goto('/admin/users');
  const status = page.getByTestId('user-admin-status');

  // Cancel leaves the account as it was.
  await row(page, user.name).getByRole('button', { name: `Deactivate ${user.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Deactivate ${user.name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, user.name).getByRole('button', { name: `Deactivate ${user.name}` })).toHaveText('Active · deactivate');

  await row(page, user.name).getByRole('button', { name: `Deactivate ${user.name}` }).click();
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(status).toContainText(`${user.name} is deactivated`);
  await expect(row(page, user.name).getByRole('button', { name: `Activate ${user.name}` })).toHaveText('Inactive · activate');
  expect(await signInAttempt(page.request, user.email, PASSWORD)).not.toBeNull();

  // A reviewer's role changes at once, with a message and no question.
  await row(page, user.name).getByRole('button', { name: `Activate ${user.name}` }).click();
  await expect(status).toContainText(`${user.name} is active again`);
  await row(page, user.name).getByLabel(`Role of ${user.name}`).selectOption('editor');
  await expect(status).toContainText(`${user.name} is now an editor`);
  await expect(page.getByTestId('confirm-dialog')).toBeHidden();

  // An admin losing admin access is asked about first; Cancel keeps the role.
  await row(page, admin.name).getByLabel(`Role of ${admin.name}`).selectOption('reviewer');
  const demote = page.getByRole('dialog', { name: `Make ${admin.name} a reviewer?` });
  await expect(demote).toBeVisible();
  await demote.getByRole('button', { name: 'Cancel' }).click();
  await expect(row(page, admin.name).getByLabel(`Role of ${admin.name}`)).toHaveValue('admin');
  await row(page, admin.name).getByLabel(`Role of ${admin.name}`).selectOption('reviewer');
  await demote.getByRole('button', { name: 'Make a reviewer' }).click();
  await expect(status).toContainText(`${admin.name} is now a reviewer`);
  await expect(row(page, admin.name).getByLabel(`Role of ${admin.name}`)).toHaveValue('reviewer');
});

test("an admin resets a user's password: the rules of a new account apply, and the user's sessions end", async ({ page, browser }) => {
  const user = await createUserInDb({ password: PASSWORD });
  // The user is signed in elsewhere.
  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const theirPage = await theirs.newPage();
  expect(await signInAttempt(theirPage.request, user.email, PASSWORD)).toBeNull();
  await theirPage.goto('/queue');
  await expect(theirPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(theirPage).toHaveURL(/\/queue$/);

  await page.goto('/admin/users');
  await expect(row(page, USERS.admin.name).getByRole('button', { name: /Reset the password/ })).toHaveCount(0);
  await row(page, user.name).getByRole('button', { name: `Reset the password of ${user.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Reset the password of ${user.name}` });
  await expect(dialog.getByLabel('New password')).toBeFocused();
  await dialog.getByLabel('New password').fill('short');
  await dialog.getByRole('button', { name: 'Set new password' }).click();
  await expect(dialog.locator('#reset-password-error')).toHaveText('Use at least 10 characters.');
  await dialog.getByLabel('New password').fill('a brand new password 7');
  await expect(dialog.locator('#reset-password-error')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Set new password' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('user-admin-status')).toContainText(`New password set for ${user.name}`);

  // Their session is over; only the new password works.
  await theirPage.goto('/queue');
  await expect(theirPage).toHaveURL(/\/signin/);
  expect(await signInAttempt(theirPage.request, user.email, PASSWORD)).toBe('CredentialsSignin');
  expect(await signInAttempt(theirPage.request, user.email, 'a brand new password 7')).toBeNull();
  await theirs.close();
});
