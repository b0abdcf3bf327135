/**
 * The server the Playwright suite runs against: the real built app (scripts/start.ts) on a fresh
 * database with known demo passwords. With DATABASE_URL set (CI's external-PostgreSQL job) that
 * database is wiped first, so its name must contain "test"; otherwise a throwaway embedded cluster.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertTestDatabase, freePort, resetSchema } from '../lib/test/db-global-setup';
import { E2E_PASSWORD } from '../e2e/credentials';

async function main(): Promise<void> {
  process.env.CLAIMDESK_SEED_PASSWORD = E2E_PASSWORD;
  process.env.CLAIMDESK_ORG_NAME ??= 'E2E Fact Desk';
  process.env.CLAIMDESK_FACT_CHECK_URL_PATTERN ??= 'https://facts.e2e.example/checks/{articleId}#{claimId}';
  if (process.env.DATABASE_URL) {
    assertTestDatabase(process.env.DATABASE_URL);
    await resetSchema(process.env.DATABASE_URL);
  } else {
    const dataDir = path.join(tmpdir(), `claimdesk-e2e-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    process.env.CLAIMDESK_DATA_DIR = dataDir;
    process.env.CLAIMDESK_PG_PORT = String(await freePort());
  }
  await import('./start');
}

void main();
