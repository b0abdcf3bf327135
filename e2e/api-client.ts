import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';

type Playwright = PlaywrightWorkerArgs['playwright'];
import { BASE_URL } from '../playwright.config';
import { storageState, type RoleName } from './credentials';

export type CreatedToken = { id: string; token: string; scope: 'read' | 'write'; name: string };

/** Creates an API token through the API, with a request context signed in as an admin. */
export async function createApiToken(
  adminRequest: APIRequestContext,
  input: { name?: string; scope: 'read' | 'write'; expiresAt?: string },
): Promise<CreatedToken> {
  const response = await adminRequest.post('/api/v1/tokens', { data: { name: input.name ?? `e2e ${input.scope} ${Date.now()}`, ...input } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).data as CreatedToken;
}

/** A request context with no cookies that sends the token as a bearer. */
export async function bearerContext(playwright: Playwright, token: string | null): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL: BASE_URL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

/** Asserts the one error shape and returns its code. */
export async function expectError(response: { status(): number; json(): Promise<unknown> }, status: number, code: string): Promise<{ code: string; message: string; fields?: Record<string, string[]> }> {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } };
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  return body.error;
}

/** A request context signed in with a role's session cookie. */
export async function sessionContext(playwright: Playwright, role: RoleName): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: BASE_URL, storageState: storageState(role), extraHTTPHeaders: { Origin: BASE_URL } });
}
