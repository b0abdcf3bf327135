import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

/**
 * The one Prisma client. Services import it; nothing else does.
 * DATABASE_URL is set by the user (external PostgreSQL) or by scripts/start.ts (embedded cluster).
 */
function databaseUrl(): string {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start Claimdesk with `npm start`, which provides a database.');
  }
  return connectionString;
}

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient; claimdeskPool?: pg.Pool; claimdeskStreamPool?: pg.Pool };

/**
 * The app's connections (DATABASE_POOL_SIZE, default 10): Prisma's and hotQuery's, one pool, so the
 * hot statements add no connection and each connection keeps their prepared statements.
 */
function appPool(): pg.Pool {
  if (!globalForPrisma.claimdeskPool) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection the server closed (a restart) leaves the pool; without a listener it would end the process.
    pool.on('error', () => undefined);
    globalForPrisma.claimdeskPool = pool;
  }
  return globalForPrisma.claimdeskPool;
}

function createClient(): PrismaClient {
  const adapter = new PrismaPg(appPool(), { statementNameGenerator: statementName });
  return new PrismaClient({ adapter });
}

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
 * Marks a raw statement as a prepared statement when it runs through Prisma: its SQL begins with this
 * comment, written literally at the start of the template (prisma.$queryRaw`/* prepared *\/ SELECT …`).
 * Each pooled connection then parses it once and PostgreSQL plans it once (a generic plan after five
 * executions) instead of on every call. Opt-in only: a generic plan suits lookups by key, not
 * searches whose best plan depends on the words searched. hotQuery always prepares.
 */
const PREPARED = '/* prepared */';

/** Names of the prepared statements (a hash of the text); bounded, since each connection keeps them all. */
const statementNames = new Map<string, string>();
const MAX_PREPARED = 200;

function nameOf(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_PREPARED) return '';
    name = `cd_${createHash('sha1').update(sql).digest('base64url').slice(0, 22)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** The name of a prepared statement, or '' for an unnamed one (pg treats an empty name as none). */
function statementName(query: { sql: string }): string {
  return query.sql.startsWith(PREPARED) ? nameOf(query.sql) : '';
}

/**
 * One statement of a hot path (every API request's rate limit, a verdict save's read and write) on
 * the app's pool as a named prepared statement, without Prisma: Prisma's query pipeline costs more app
 * CPU than the round trip itself (~0.2 ms per statement). Not for transactions (it takes any pooled
 * connection). Values: strings (timestamps as ISO strings, cast in SQL), numbers, booleans, null and
 * arrays of strings; rows come back with pg's parsers (json/jsonb parsed, float8 as number,
 * timestamps as Date in the process's zone, so select them as text or inside JSON).
 */
export async function hotQuery<R>(sql: Prisma.Sql): Promise<R[]> {
  const text = sql.text;
  const result = await appPool().query({ name: nameOf(text), text, values: sql.values as unknown[] });
  return result.rows as R[];
}

/**
 * A small pool of plain `pg` connections for long reads that stream many rows (exports): the rows
 * arrive as parsed JSON without passing through Prisma's row conversion, which costs more than the
 * query itself at tens of thousands of rows a second, and a long export never holds one of the
 * connections the app's requests use. DATABASE_STREAM_POOL_SIZE (default 4).
 */
export function streamPool(): pg.Pool {
  if (!globalForPrisma.claimdeskStreamPool) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.DATABASE_STREAM_POOL_SIZE ?? 4) });
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
  // Prisma leaves a pool it was given open.
  const pool = globalForPrisma.claimdeskPool;
  globalForPrisma.claimdeskPool = undefined;
  await pool?.end();
}
