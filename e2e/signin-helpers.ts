import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { expect, type APIRequestContext } from '@playwright/test';
import { hashPassword } from '../lib/auth/password';
import { SERVER_INFO_FILE, type ServerInfo } from './credentials';

/** The e2e server's database and session secret (scripts/e2e-server.ts writes them). */
export function serverInfo(): ServerInfo {
  return JSON.parse(readFileSync(SERVER_INFO_FILE, 'utf8')) as ServerInfo;
}

/**
 * A user of its own for a test that signs out, locks or deactivates it (the seeded users' sessions
 * are shared by the other specs). Written straight into the e2e database.
 */
export async function createUserInDb(input: { password: string; role?: 'reviewer' | 'editor' | 'admin'; active?: boolean }): Promise<{ id: string; email: string; name: string }> {
  const suffix = randomUUID().slice(0, 8);
  const user = { id: `e2e-${suffix}`, email: `signin-${suffix}@claimdesk.local`, name: `Sam Signin ${suffix}` };
  const client = new pg.Client({ connectionString: serverInfo().databaseUrl });
  await client.connect();
  try {
    await client.query(
      'INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "active", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())',
      [user.id, user.email, user.name, input.role ?? 'reviewer', await hashPassword(input.password), input.active ?? true],
    );
  } finally {
    await client.end();
  }
  return user;
}

/**
 * One sign-in attempt through next-auth's credentials endpoint, as the sign-in form makes it.
 * Returns null when signed in, else next-auth's error code (`CredentialsSignin`, `THROTTLED:5`, …).
 */
export async function signInAttempt(request: APIRequestContext, email: string, password: string): Promise<string | null> {
  const csrf = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken: csrf.csrfToken, json: 'true', callbackUrl: '/' },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBeLessThan(500);
  const body = (await response.json()) as { url?: string };
  const error = body.url ? new URL(body.url, 'http://x').searchParams.get('error') : null;
  return error;
}
