/**
 * The server the Playwright suite runs against: the real built app (scripts/start.ts) on a fresh
 * database with known demo passwords. With DATABASE_URL set (CI's external-PostgreSQL job) that
 * database is wiped first, so its name must contain "test"; otherwise a throwaway embedded cluster.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertTestDatabase, freePort, resetSchema } from '../lib/test/db-global-setup';
import { E2E_PASSWORD, SERVER_INFO_FILE, type ServerInfo } from '../e2e/credentials';

async function main(): Promise<void> {
  process.env.CLAIMDESK_SEED_PASSWORD = E2E_PASSWORD;
  process.env.CLAIMDESK_ORG_NAME ??= 'E2E Fact Desk';
  process.env.CLAIMDESK_FACT_CHECK_URL_PATTERN ??= 'https://facts.e2e.example/checks/{articleId}#{claimId}';
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64url');
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    assertTestDatabase(databaseUrl);
    await resetSchema(databaseUrl);
  } else {
    const dataDir = path.join(tmpdir(), `claimdesk-e2e-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const pgPort = await freePort();
    // The cluster's password, chosen here (the embedded cluster reads it from this file) so the
    // database URL is known before the app starts.
    const pgPassword = randomBytes(18).toString('base64url');
    writeFileSync(path.join(dataDir, '.pg-password'), pgPassword + '\n', { mode: 0o600 });
    process.env.CLAIMDESK_DATA_DIR = dataDir;
    process.env.CLAIMDESK_PG_PORT = String(pgPort);
    databaseUrl = `postgresql://postgres:${pgPassword}@127.0.0.1:${pgPort}/claimdesk`;
  }
  // Specs that start a second app instance on the same database (e2e/multi-instance.spec.ts) read this.
  const info: ServerInfo = { databaseUrl, nextauthSecret: process.env.NEXTAUTH_SECRET };
  mkdirSync(path.dirname(SERVER_INFO_FILE), { recursive: true });
  writeFileSync(SERVER_INFO_FILE, JSON.stringify(info), { mode: 0o600 });
  await import('./start');
}

void main();
