import { PrismaPg } from '@prisma/adapter-pg';
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

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient };

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Lazy: importing a service must not require a database (e.g. during `next build`).
  get(_target, property) {
    globalForPrisma.claimdeskPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.claimdeskPrisma, property);
    return typeof value === 'function' ? value.bind(globalForPrisma.claimdeskPrisma) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Closes the pool (tests and scripts call this before exiting). */
export async function disconnectDb(): Promise<void> {
  if (globalForPrisma.claimdeskPrisma) {
    await globalForPrisma.claimdeskPrisma.$disconnect();
    globalForPrisma.claimdeskPrisma = undefined;
  }
}
