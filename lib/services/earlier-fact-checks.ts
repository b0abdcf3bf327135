import { randomUUID } from 'node:crypto';
import { streamPool, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { matchKey } from '@/lib/matching';
import type { ClaimReviewProblem, EarlierFactCheckRecord } from '@/lib/export/claimreview-import';
import { createClaimReviewReader, LoneSurrogateError } from '@/lib/export/claimreview-stream';
import { findInputProblem } from '@/lib/validation/common';
import { CLAIMREVIEW_STREAM_MAX_BYTES } from '@/lib/validation/import';
import { refreshTermStats } from './match-retrieval';

/** Reviews written per statement (multi-row INSERT … ON CONFLICT over unnest). */
export const REVIEW_BATCH = 1000;
/** A streamed import whose upload stalls this long is rolled back by the server. */
const IDLE_TIMEOUT = '10min';
/** Invalid reviews listed in a result (all are counted). */
const INVALID_LISTED = 200;

export type StoreCounts = { imported: number; updated: number; unchanged: number };

const keyOf = (r: { reviewUrl: string | null; claimReviewed: string }) => `${r.reviewUrl ?? ''}\u0000${r.claimReviewed}`;

/**
 * SQL run in an import's transaction: through Prisma (whole-file import, lib/services/imports.ts) or
 * through a `pg` connection of the stream pool (streamed import: Prisma's raw path kept about 1 KB per review
 * alive until the transaction ended, so a 100 MB feed grew the heap by hundreds of MB).
 */
export type Sql = <T>(text: string, params: unknown[]) => Promise<T[]>;

export const prismaSql = (tx: Tx): Sql => (text, params) => tx.$queryRawUnsafe(text, ...params);

/**
 * Upserts earlier fact-checks on their natural key (review URL and claim): new ones are inserted,
 * stored ones whose rating or markup changed are updated (re-importing a feed updates, never
 * duplicates), identical ones are left alone. Every row gets its matchKey (lib/matching).
 */
export async function storeReviews(tx: Tx | Sql, records: EarlierFactCheckRecord[], importedById: string): Promise<StoreCounts> {
  const sql = typeof tx === 'function' ? tx : prismaSql(tx);
  const counts: StoreCounts = { imported: 0, updated: 0, unchanged: 0 };
  const unique = new Map<string, EarlierFactCheckRecord>();
  for (const r of records) {
    if (unique.has(keyOf(r))) counts.unchanged += 1; // repeated in the file: the first one counts
    else unique.set(keyOf(r), r);
  }
  const rows = [...unique.values()];
  // The unique index ignores rows without a URL (NULLs differ): those are matched by claim text here.
  const withoutUrl = rows.filter((r) => !r.reviewUrl);
  const storedIds = new Map<string, string>();
  if (withoutUrl.length) {
    const stored = await sql<{ id: string; claimReviewed: string }>(
      `SELECT id, "claimReviewed" FROM "EarlierFactCheck" WHERE "reviewUrl" IS NULL AND "claimReviewed" = ANY($1::text[])`,
      [withoutUrl.map((r) => r.claimReviewed)],
    );
    for (const s of stored) storedIds.set(s.claimReviewed, s.id);
  }
  const withUrl = rows.filter((r) => r.reviewUrl);
  const changed = [
    ...(await upsert(sql, withUrl, withUrl.map(() => randomUUID()), '"reviewUrl", "claimReviewed"', importedById)),
    ...(await upsert(sql, withoutUrl, withoutUrl.map((r) => storedIds.get(r.claimReviewed) ?? randomUUID()), 'id', importedById)),
  ];
  for (const row of changed) {
    if (row.inserted) counts.imported += 1;
    else counts.updated += 1;
  }
  counts.unchanged += rows.length - changed.length;
  return counts;
}

/** One multi-row INSERT … ON CONFLICT (target) DO UPDATE, only where the review's markup changed. */
async function upsert(sql: Sql, rows: EarlierFactCheckRecord[], ids: string[], target: string, importedById: string): Promise<{ inserted: boolean }[]> {
  if (rows.length === 0) return [];
  return sql<{ inserted: boolean }>(
    `INSERT INTO "EarlierFactCheck" AS f (id, "claimReviewed", "ratingLabel", "ratingValue", "bestRating", "worstRating", "reviewUrl", "orgName", "orgUrl",
                                          "claimAuthor", "appearanceUrl", "datePublished", raw, "importedById", "matchKey")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::text[], $8::text[], $9::text[],
                          $10::text[], $11::text[], $12::text[]::timestamp[], $13::text[]::jsonb[], $14::text[], $15::text[])
     ON CONFLICT (${target}) DO UPDATE SET "ratingLabel" = EXCLUDED."ratingLabel", "ratingValue" = EXCLUDED."ratingValue", "bestRating" = EXCLUDED."bestRating",
       "worstRating" = EXCLUDED."worstRating", "orgName" = EXCLUDED."orgName", "orgUrl" = EXCLUDED."orgUrl", "claimAuthor" = EXCLUDED."claimAuthor",
       "appearanceUrl" = EXCLUDED."appearanceUrl", "datePublished" = EXCLUDED."datePublished", raw = EXCLUDED.raw, "matchKey" = EXCLUDED."matchKey", "importedAt" = now()
       WHERE f.raw IS DISTINCT FROM EXCLUDED.raw
     RETURNING (xmax = 0) AS inserted`,
    [ids,
    rows.map((r) => r.claimReviewed),
    rows.map((r) => r.ratingLabel),
    rows.map((r) => r.ratingValue),
    rows.map((r) => r.bestRating),
    rows.map((r) => r.worstRating),
    rows.map((r) => r.reviewUrl),
    rows.map((r) => r.orgName),
    rows.map((r) => r.orgUrl),
    rows.map((r) => r.claimAuthor),
    rows.map((r) => r.appearanceUrl),
    rows.map((r) => r.datePublished),
    rows.map((r) => JSON.stringify(r.raw)),
    rows.map(() => importedById),
    rows.map((r) => matchKey(r.claimReviewed))],
  );
}

export type ClaimReviewStreamResult = {
  imported: number;
  updated: number;
  duplicates: number;
  invalid: ClaimReviewProblem[];
  invalidCount: number;
  skipped: number;
  organisations: string[];
  bytes: number;
};

export type StreamProgress = { bytes: number; reviews: number };

/**
 * Imports a ClaimReview file of any size as it streams in (a DataFeed, an @graph, an array or one
 * review), REVIEW_BATCH reviews per statement, in ONE transaction: malformed JSON, text no database
 * can store, or a file over CLAIMREVIEW_STREAM_MAX_BYTES stores nothing. Memory holds one batch.
 * Open claims are matched against the new reviews lazily (refreshStaleMatches, when an article is opened).
 */
export async function importClaimReviewStream(
  actor: Actor,
  body: AsyncIterable<Uint8Array | string>,
  options: { maxBytes?: number; onProgress?: (p: StreamProgress) => void } = {},
): Promise<ClaimReviewStreamResult> {
  assertCan(actor, 'claim:approve');
  const maxBytes = options.maxBytes ?? CLAIMREVIEW_STREAM_MAX_BYTES;
  const stored = await inOwnTransaction(async (sql) => {
    const result: ClaimReviewStreamResult = { imported: 0, updated: 0, duplicates: 0, invalid: [], invalidCount: 0, skipped: 0, organisations: [], bytes: 0 };
    const organisations = new Set<string>();
    let batch: EarlierFactCheckRecord[] = [];
    let reviews = 0;
    const reader = createClaimReviewReader(
      (record) => {
        batch.push(record);
        reviews += 1;
        if (record.orgName && organisations.size < 1000) organisations.add(record.orgName);
      },
      (problem) => {
        result.invalidCount += 1;
        if (result.invalid.length < INVALID_LISTED) result.invalid.push(problem);
      },
      (value) => {
        // Text no database can store refuses the whole file, valid reviews or not (as a whole-file import does).
        const problem = findInputProblem(value);
        if (problem) throw new AppError('INVALID', `The file cannot be stored: ${problem.message}`, { fields: { file: [problem.message] } });
      },
    );
    const flush = async () => {
      const counts = await storeReviews(sql, batch, actor.id);
      batch = [];
      result.imported += counts.imported;
      result.updated += counts.updated;
      result.duplicates += counts.unchanged;
    };
    const notJson = () => new AppError('INVALID', 'The file is not valid JSON.', { fields: { file: ['The file is not valid JSON (JSON-LD).'] } });
    for await (const chunk of body) {
      result.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (result.bytes > maxBytes) {
        const mb = Math.round(maxBytes / 1024 / 1024);
        throw new AppError('TOO_LARGE', `The file is larger than ${mb} MB.`, { fields: { file: [`The file is larger than ${mb} MB.`] } });
      }
      try {
        reader.write(chunk);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (error instanceof LoneSurrogateError) throw new AppError('INVALID', error.message, { fields: { file: [error.message] } });
        throw notJson();
      }
      while (batch.length >= REVIEW_BATCH) await flush();
      options.onProgress?.({ bytes: result.bytes, reviews });
    }
    try {
      reader.end();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw notJson();
    }
    await flush();
    result.skipped = reader.skipped;
    if (reviews + result.invalidCount === 0) {
      throw new AppError('INVALID', 'The file holds no ClaimReview.', { fields: { file: ['No ClaimReview found: expected @type "ClaimReview" in an object, an array, an @graph or a DataFeed.'] } });
    }
    result.organisations = [...organisations].sort();
    // The audit event (lib/services/audit.ts writes the same row through Prisma), in the same transaction.
    await sql(
      `INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", after) VALUES ($1, $2, 'earlierFactCheck.import', 'earlierFactCheck', $3, $4::jsonb)`,
      [randomUUID(), actor.id, randomUUID(), JSON.stringify({ imported: result.imported, updated: result.updated, duplicates: result.duplicates, invalid: result.invalidCount, bytes: result.bytes, organisations: result.organisations.slice(0, 50) })],
    );
    return result;
  });
  // Word frequencies for "checked before" retrieval, recounted now if the import changed the table by a tenth.
  await refreshTermStats('factCheck').catch((error: unknown) => console.warn('match word statistics not refreshed:', error instanceof Error ? error.message : error));
  return stored;
}

/**
 * Runs `work` in a transaction on a connection of the stream pool (lib/db.ts, never one of the
 * requests' connections), committed when it returns and rolled back when it throws. A stalled upload
 * cannot hold the transaction open: the server ends a session left idle in a transaction for
 * IDLE_TIMEOUT (and a connection that failed is dropped, not returned to the pool).
 */
async function inOwnTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await streamPool().connect();
  let failed: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${IDLE_TIMEOUT}'`);
    const result = await work(async (text, params) => (await client.query(text, params)).rows);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release(failed);
  }
}
