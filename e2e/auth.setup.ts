import { expect, test as setup } from '@playwright/test';
import { E2E_PASSWORD, USERS, storageState, type RoleName } from './credentials';

for (const role of Object.keys(USERS) as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(USERS[role].email);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
    await expect(page.getByText(`${USERS[role].name} · ${role}`)).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
