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
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
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
