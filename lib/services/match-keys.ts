import { prisma, type Tx } from '@/lib/db';
import { matchKey } from '@/lib/matching';

/**
 * Stored matchKeys (lib/matching) of claims and earlier fact-checks, for trigram retrieval. Keys are
 * computed in TypeScript, so rows written without one (rows from before the column, a restored
 * backup, a claim text changed through any path: a trigger clears the key) are filled here, in
 * batches, before matching reads them. Internal: callers check permissions.
 */

const BATCH = 1000;

type Db = Tx | typeof prisma;

async function fillBatch(db: Db, table: 'Claim' | 'EarlierFactCheck', rows: { id: string; text: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const keys = rows.map((r) => matchKey(r.text));
  const sql = `UPDATE "${table}" AS t SET "matchKey" = k.key FROM unnest($1::text[], $2::text[]) AS k(id, key) WHERE t.id = k.id`;
  await db.$executeRawUnsafe(sql, ids, keys);
}

/** Fills missing keys of approved claims (the only claims other claims are matched against). */
export async function fillClaimKeys(db: Db, where: 'approved' | { articleId: string } = 'approved'): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.claim.findMany({
      where: { matchKey: null, ...(where === 'approved' ? { status: 'approved' as const } : { articleId: where.articleId }) },
      select: { id: true, claimText: true },
      take: BATCH,
    });
    await fillBatch(db, 'Claim', rows.map((r) => ({ id: r.id, text: r.claimText })));
    filled += rows.length;
    if (rows.length < BATCH) return filled;
  }
}

let factChecksFilled = false;

/**
 * Fills missing keys of earlier fact-checks. Imports set the key as they store a review, so after
 * the first full pass in a process only restored or pre-migration rows can lack one.
 */
export async function fillFactCheckKeys(db: Db, options: { force?: boolean } = {}): Promise<number> {
  if (factChecksFilled && !options.force) return 0;
  let filled = 0;
  for (;;) {
    const rows = await db.earlierFactCheck.findMany({ where: { matchKey: null }, select: { id: true, claimReviewed: true }, take: BATCH });
    await fillBatch(db, 'EarlierFactCheck', rows.map((r) => ({ id: r.id, text: r.claimReviewed })));
    filled += rows.length;
    if (rows.length < BATCH) break;
  }
  factChecksFilled = true;
  return filled;
}

/** Every missing key, claims and fact-checks (startup and the benchmark). */
export async function fillMatchKeys(db: Db = prisma): Promise<{ claims: number; factChecks: number }> {
  const claims = await fillClaimKeys(db);
  const factChecks = await fillFactCheckKeys(db, { force: true });
  return { claims, factChecks };
}
