import { expect, test, type Page } from '@playwright/test';
import { BASE_URL } from '../playwright.config';
import { storageState } from './credentials';
import { createUserInDb, signInAttempt } from './signin-helpers';

const PASSWORD = 'signin-spec-password-1';
const APP = new URL(BASE_URL);

async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('open redirect', () => {
  const EVIL = ['%2F%5Cevil.example', '/%09/evil.example', '/\\/evil.example', '//evil.example', 'https://evil.example', '%2F%5C%2Fevil.example', 'javascript:alert(1)', '/%0A/evil.example'];

  test.describe('signed in', () => {
    test.use({ storageState: storageState('reviewer') });
    for (const value of EVIL) {
      test(`/signin?callbackUrl=${value} stays on the app`, async ({ page }) => {
        await page.goto(`/signin?callbackUrl=${value}`);
        await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
        expect(new URL(page.url()).host).toBe(APP.host);
      });
    }

    test('the server never answers with an off-site Location', async ({ request }) => {
      for (const value of EVIL) {
        const response = await request.get(`/signin?callbackUrl=${value}`, { maxRedirects: 0 });
        const location = response.headers()['location'];
        expect(location, value).toBeTruthy();
        expect(new URL(location!, BASE_URL).origin, `${value} → ${location}`).toBe(APP.origin);
        expect(location, value).toMatch(/^\/(?![/\\])|^http:\/\/localhost/);
      }
    });
  });

  test('after signing in, the form goes to the app, not to the callbackUrl site', async ({ page }) => {
    const user = await createUserInDb({ password: PASSWORD });
    await page.goto('/signin?callbackUrl=%2F%5Cevil.example');
    await signInWithForm(page, user.email, PASSWORD);
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
    expect(new URL(page.url()).host).toBe(APP.host);
  });

  test('a same-site callbackUrl is kept', async ({ page }) => {
    const user = await createUserInDb({ password: PASSWORD });
    await page.goto('/signin?callbackUrl=%2Fqueue');
    await signInWithForm(page, user.email, PASSWORD);
    await expect(page).toHaveURL(`${BASE_URL}/queue`);
  });
});

test('signing out ends the session: a copy of the old cookie no longer works', async ({ page, playwright }) => {
  const user = await createUserInDb({ password: PASSWORD });
  await page.goto('/signin');
  await signInWithForm(page, user.email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  const stolen = await page.context().storageState();
  const copy = await playwright.request.newContext({ baseURL: BASE_URL, storageState: stolen });
  expect((await copy.get('/api/v1/verdicts')).status()).toBe(200);
  expect(await (await copy.get('/api/auth/session')).json()).toMatchObject({ user: { email: user.email } });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Claimdesk' })).toBeVisible();

  const after = await copy.get('/api/v1/verdicts');
  expect(after.status()).toBe(401);
  expect(await (await copy.get('/api/auth/session')).json()).toEqual({});
  const pageResponse = await copy.get('/queue', { maxRedirects: 0 });
  expect(pageResponse.status()).toBeGreaterThanOrEqual(300);
  expect(pageResponse.headers()['location']).toContain('/signin');
  await copy.dispose();

  // Signing in again works, with a new session.
  await signInWithForm(page, user.email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
});

test('a deactivated account is named only after the right password', async ({ page }) => {
  const user = await createUserInDb({ password: PASSWORD, active: false });
  await page.goto('/signin');
  await signInWithForm(page, user.email, 'a wrong guess');
  await expect(page.getByTestId('signin-error')).toHaveText('Wrong email or password.');
  await signInWithForm(page, user.email, PASSWORD);
  await expect(page.getByTestId('signin-error')).toHaveText('This account is deactivated. Ask an admin to reactivate it.');
});

test("a guesser cannot lock the victim's usual browser out", async ({ page, playwright }) => {
  const victim = await createUserInDb({ password: PASSWORD, role: 'admin' });
  // The victim's browser signs in once (and out again): it is now a usual client of the account.
  await page.goto('/signin');
  await signInWithForm(page, victim.email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Claimdesk' })).toBeVisible();

  // Wrong passwords from another client, from the same address.
  const attacker = await playwright.request.newContext({ baseURL: BASE_URL, storageState: { cookies: [], origins: [] } });
  const errors: (string | null)[] = [];
  for (let i = 0; i < 12; i++) errors.push(await signInAttempt(attacker, victim.email, `guess ${i}`));
  expect(errors.slice(0, 5)).toEqual(Array(5).fill('CredentialsSignin'));
  expect(errors.at(-1)).toMatch(/^THROTTLED:\d+$/);
  // The attacker, or any unknown client, is held off even with the right password…
  expect(await signInAttempt(attacker, victim.email, PASSWORD)).toMatch(/^THROTTLED:/);
  await attacker.dispose();

  // …while the victim's browser gets in at once.
  await signInWithForm(page, victim.email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
});
