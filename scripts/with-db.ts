/**
 * Runs a command (e.g. `prisma migrate dev`) with DATABASE_URL pointing at Claimdesk's database:
 * the one in DATABASE_URL, or the embedded cluster under ./data, started for the command and stopped after.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: tsx scripts/with-db.ts <command> [args…]');
    return 2;
  }
  const root = path.resolve(__dirname, '..');
  const env = { ...process.env };
  const db = env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.resolve(root, env.CLAIMDESK_DATA_DIR ?? 'data'), port: Number(env.CLAIMDESK_PG_PORT ?? 54329) });
  if (db) env.DATABASE_URL = db.url;
  try {
    const bin = path.join(root, 'node_modules', '.bin', command);
    const result = spawnSync(bin, args, { cwd: root, env, stdio: 'inherit' });
    return result.status ?? 1;
  } finally {
    await db?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
