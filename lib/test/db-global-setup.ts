/**
 * Vitest global setup for the `db` project: a real PostgreSQL for the service tests.
 * TEST_DATABASE_URL (or DATABASE_URL, as CI's second job sets it) names a server to use; its
 * database name must contain "test" because the schema is dropped and re-migrated.
 * Otherwise a throwaway embedded cluster is started in a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Refuses to wipe a database that does not look like a test database. */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to reset "${name}": test databases must have "test" in their name (set TEST_DATABASE_URL).`);
  }
}

export async function resetSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

export function migrate(url: string): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) {
    assertTestDatabase(url);
    await resetSchema(url);
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'claimdesk-test-'));
    // PostgreSQL runs as the `postgres` user when we are root: let it enter our own throwaway folder
    // (when a parent folder is private, startEmbeddedPostgres moves the cluster somewhere reachable).
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'claimdesk_test' });
    url = embedded.url;
  }
  migrate(url);
  project.provide('databaseUrl', url);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    // A cluster moved out of dataDir (root, private temporary folder) is ours to remove too.
    if (embedded && dataDir && !embedded.clusterDir.startsWith(dataDir + path.sep)) rmSync(embedded.clusterDir, { recursive: true, force: true });
  };
}
