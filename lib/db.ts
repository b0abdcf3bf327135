import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The one Prisma client. Services import it; nothing else does.
 * DATABASE_URL is set by the user (external PostgreSQL) or by scripts/start.ts (embedded cluster).
 */
function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start Claimdesk with `npm start`, which provides a database.');
  }
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }, { statementNameGenerator: statementName });
  return new PrismaClient({ adapter });
}

/**
 * Marks a raw statement of a hot path (a verdict save, the rate limit) as a prepared statement: its
 * SQL begins with this comment, written literally at the start of the template
 * (prisma.$queryRaw`/* prepared *\/ SELECT …`). Each pooled connection then parses it once and
 * PostgreSQL plans it once (a generic plan after five executions) instead of on every call; planning
 * was ~0.8 ms of the ~2.8 ms of database CPU of a save. Opt-in only: a generic plan suits lookups by
 * key, not searches whose best plan depends on the words searched.
 */
const PREPARED = '/* prepared */';

/** Names of the prepared statements (a hash of the text); bounded, since each connection keeps them all. */
const statementNames = new Map<string, string>();
const MAX_PREPARED = 200;

/** The name of a prepared statement, or '' for an unnamed one (pg treats an empty name as none). */
function statementName(query: { sql: string }): string {
  if (!query.sql.startsWith(PREPARED)) return '';
  let name = statementNames.get(query.sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_PREPARED) return '';
    name = `cd_${createHash('sha1').update(query.sql).digest('base64url').slice(0, 22)}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient; claimdeskStreamPool?: pg.Pool };

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Lazy: importing a service must not require a database (e.g. during `next build`).
  get(_target, property) {
    globalForPrisma.claimdeskPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.claimdeskPrisma, property);
    return typeof value === 'function' ? value.bind(globalForPrisma.claimdeskPrisma) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * A small pool of plain `pg` connections for long reads that stream many rows (exports): the rows
 * arrive as parsed JSON without passing through Prisma's row conversion, which costs more than the
 * query itself at tens of thousands of rows a second, and a long export never holds one of the
 * connections the app's requests use. DATABASE_STREAM_POOL_SIZE (default 4).
 */
export function streamPool(): pg.Pool {
  if (!globalForPrisma.claimdeskStreamPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set: start Claimdesk with `npm start`, which provides a database.');
    const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_STREAM_POOL_SIZE ?? 4) });
    // An idle connection the server closed (a restart) leaves the pool; without a listener it would end the process.
    pool.on('error', () => undefined);
    globalForPrisma.claimdeskStreamPool = pool;
  }
  return globalForPrisma.claimdeskStreamPool;
}

/** Closes the pools (tests and scripts call this before exiting). */
export async function disconnectDb(): Promise<void> {
  const stream = globalForPrisma.claimdeskStreamPool;
  globalForPrisma.claimdeskStreamPool = undefined;
  await stream?.end();
  if (globalForPrisma.claimdeskPrisma) {
    await globalForPrisma.claimdeskPrisma.$disconnect();
    globalForPrisma.claimdeskPrisma = undefined;
  }
}
