import { randomBytes, randomUUID } from 'node:crypto';
import { prisma, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { BACKUP_SECTIONS, type BackupSection } from '@/lib/export/backup';
import { readClaimReviews, type ClaimReviewProblem } from '@/lib/export/claimreview-import';
import { parseInput } from '@/lib/validation/parse';
import { findInputProblem } from '@/lib/validation/common';
import { backupSchema, CLAIMREVIEW_MAX_BYTES, CLAIMREVIEW_MAX_REVIEWS, localPasswordSchema, type BackupDocument } from '@/lib/validation/import';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from './audit';
import { REVIEW_BATCH, storeReviews } from './earlier-fact-checks';

export type RestoreResult = Record<BackupSection, number>;

/** Marks a password no sign-in can match (argon2 rejects it), so an admin must set a new one. */
export const UNUSABLE_PASSWORD_PREFIX = '!restored:';

const CHUNK = 1000;

/**
 * Restores a `claimdesk.backup` into an EMPTY database, every row with its id and timestamps, in one
 * transaction. Restored users get an unusable password (backups carry no hashes): an admin sets new
 * ones. Only the local command line calls this: a signed-in admin's own user row means the database
 * is never empty for the app.
 */
export async function restoreBackup(input: unknown): Promise<RestoreResult> {
  const doc = parseInput(backupSchema, input) as unknown as BackupDocument;
  const counts = Object.fromEntries(BACKUP_SECTIONS.map((name) => [name, doc[name].length])) as RestoreResult;
  return prisma.$transaction(
    async (tx) => {
      await assertEmpty(tx);
      await tx.setting.deleteMany();
      await insert(doc.settings, (data) => tx.setting.createMany({ data: data as Prisma.SettingCreateManyInput[] }));
      await insert(doc.verdicts, (data) => tx.verdictOption.createMany({ data: data as Prisma.VerdictOptionCreateManyInput[] }));
      const users = doc.users.map((u) => ({ ...u, passwordHash: `${UNUSABLE_PASSWORD_PREFIX}${randomBytes(24).toString('base64url')}` }));
      await insert(users, (data) => tx.user.createMany({ data: data as Prisma.UserCreateManyInput[] }));
      await insert(doc.articles, (data) => tx.article.createMany({ data: data as Prisma.ArticleCreateManyInput[] }));
      await insert(doc.articleRevisions, (data) => tx.articleRevision.createMany({ data: data as Prisma.ArticleRevisionCreateManyInput[] }));
      await insert(doc.claims, (data) => tx.claim.createMany({ data: data as Prisma.ClaimCreateManyInput[] }));
      await insert(doc.claimAnchors, (data) => tx.claimAnchor.createMany({ data: data as Prisma.ClaimAnchorCreateManyInput[] }));
      await insert(doc.claimContributors, (data) => tx.claimContributor.createMany({ data: data as Prisma.ClaimContributorCreateManyInput[] }));
      await insert(doc.sources, (data) => tx.source.createMany({ data: data as Prisma.SourceCreateManyInput[] }));
      for (const level of commentLevels(doc.comments)) {
        await insert(level, (data) => tx.comment.createMany({ data: data as Prisma.CommentCreateManyInput[] }));
      }
      await insert(doc.mentions, (data) => tx.mention.createMany({ data: data as Prisma.MentionCreateManyInput[] }));
      await insert(doc.auditEvents.map(jsonColumns(['before', 'after'])), (data) => tx.auditEvent.createMany({ data: data as Prisma.AuditEventCreateManyInput[] }));
      await insert(doc.earlierFactChecks, (data) => tx.earlierFactCheck.createMany({ data: data as Prisma.EarlierFactCheckCreateManyInput[] }));
      await insert(doc.claimMatches, (data) => tx.claimMatch.createMany({ data: data as Prisma.ClaimMatchCreateManyInput[] }));
      await recordAudit(tx, null, { action: 'workspace.restore', entityType: 'workspace', entityId: 'restore', after: { counts } });
      return counts;
    },
    { timeout: 30 * 60_000, maxWait: 30_000 },
  );
}

/**
 * Gives a user a new password from the local command line: after a restore nobody can sign in
 * (backups carry no hashes), so the first admin's password is set this way. Audited, actor-less.
 */
export async function setPasswordLocally(input: { email: string; password: string }): Promise<{ email: string; name: string }> {
  const data = parseInput(localPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: data.email } });
    if (!user) throw new AppError('NOT_FOUND', `No user ${data.email}.`);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } }); // ends every session
    await recordAudit(tx, null, { action: 'user.password.set', entityType: 'user', entityId: user.id, after: { by: 'command line' } });
    return { email: user.email, name: user.name };
  });
}

async function assertEmpty(tx: Tx): Promise<void> {
  const [users, articles, verdicts, events, checks] = await Promise.all([
    tx.user.count(), tx.article.count(), tx.verdictOption.count(), tx.auditEvent.count(), tx.earlierFactCheck.count(),
  ]);
  if (users + articles + verdicts + events + checks > 0) {
    throw new AppError('CONFLICT', `A backup restores only into an empty database; this one has ${users} users, ${articles} articles and ${verdicts} verdicts. Create a new database and run the migrations (npm run db:deploy) first.`);
  }
}

async function insert(rows: Record<string, unknown>[], write: (rows: Record<string, unknown>[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** A JSON null in the backup is a database NULL (audit events without before/after). */
function jsonColumns(keys: string[]) {
  return (row: Record<string, unknown>) => {
    const out = { ...row };
    for (const key of keys) if (out[key] === null) out[key] = Prisma.DbNull;
    return out;
  };
}

/** Comments in levels (top-level first, then replies to those…) so every parent exists before its replies. */
function commentLevels(comments: Record<string, unknown>[]): Record<string, unknown>[][] {
  const levels: Record<string, unknown>[][] = [];
  const placed = new Set<unknown>();
  let rest = comments;
  while (rest.length) {
    const level = rest.filter((c) => c.parentId === null || placed.has(c.parentId));
    if (!level.length) throw new AppError('INVALID', 'Some comments reply to comments that are not in the backup.');
    for (const c of level) placed.add(c.id);
    levels.push(level);
    rest = rest.filter((c) => !placed.has(c.id));
  }
  return levels;
}

export type ClaimReviewImportResult = {
  imported: number;
  /** Reviews stored before whose rating or markup changed: updated in place. */
  updated: number;
  duplicates: number;
  invalid: ClaimReviewProblem[];
  skipped: number;
  organisations: string[];
};

/**
 * Imports ClaimReview JSON-LD published by other fact-checkers as earlier fact-checks (editors),
 * for claim matching. Size-limited; invalid reviews are reported and left out; a review already
 * stored (same URL and claim) or repeated in the file is counted as a duplicate, not stored twice.
 */
export async function importClaimReviews(actor: Actor, input: { text: string }): Promise<ClaimReviewImportResult> {
  assertCan(actor, 'claim:approve');
  if (Buffer.byteLength(input.text) > CLAIMREVIEW_MAX_BYTES) {
    throw new AppError('TOO_LARGE', `The file is larger than ${CLAIMREVIEW_MAX_BYTES / 1024 / 1024} MB.`, { fields: { file: ['The file is larger than 5 MB.'] } });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('INVALID', 'The file is not valid JSON.', { fields: { file: ['The file is not valid JSON (JSON-LD).'] } });
  }
  const problem = findInputProblem(doc);
  if (problem) throw new AppError('INVALID', `The file cannot be stored: ${problem.message}`, { fields: { file: [`At ${problem.path.join('.') || 'the top'}: ${problem.message}`] } });
  const { records, invalid, skipped } = readClaimReviews(doc);
  if (records.length + invalid.length === 0) {
    throw new AppError('INVALID', 'The file holds no ClaimReview.', { fields: { file: ['No ClaimReview found: expected @type "ClaimReview" in an object, an array or an @graph.'] } });
  }
  if (records.length > CLAIMREVIEW_MAX_REVIEWS) {
    throw new AppError('TOO_LARGE', `At most ${CLAIMREVIEW_MAX_REVIEWS} ClaimReviews per file.`, { fields: { file: [`At most ${CLAIMREVIEW_MAX_REVIEWS} ClaimReviews per file.`] } });
  }
  return prisma.$transaction(async (tx) => {
    // Upsert on (review URL, claim): re-importing updates a changed review instead of duplicating it.
    let imported = 0;
    let updated = 0;
    let duplicates = 0;
    for (let i = 0; i < records.length; i += REVIEW_BATCH) {
      const counts = await storeReviews(tx, records.slice(i, i + REVIEW_BATCH), actor.id);
      imported += counts.imported;
      updated += counts.updated;
      duplicates += counts.unchanged;
    }
    const organisations = [...new Set(records.map((r) => r.orgName).filter((n): n is string => !!n))].sort();
    const summary = { imported, updated, duplicates, invalid, skipped, organisations };
    await recordAudit(tx, actor, {
      action: 'earlierFactCheck.import',
      entityType: 'earlierFactCheck',
      entityId: randomUUID(),
      after: { imported, updated, duplicates, invalid: invalid.length, organisations },
    });
    return summary;
  });
}





export type EarlierFactCheckDto = {
  id: string;
  claimReviewed: string;
  ratingLabel: string | null;
  orgName: string | null;
  reviewUrl: string | null;
  claimAuthor: string | null;
  datePublished: string | null;
  importedAt: string;
};

/** The most recently imported earlier fact-checks (editors). */
export async function listEarlierFactChecks(actor: Actor, options: { take?: number } = {}): Promise<{ total: number; items: EarlierFactCheckDto[] }> {
  assertCan(actor, 'claim:approve');
  const [total, rows] = await Promise.all([
    prisma.earlierFactCheck.count(),
    prisma.earlierFactCheck.findMany({ orderBy: [{ importedAt: 'desc' }, { id: 'asc' }], take: Math.min(options.take ?? 20, 100) }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      claimReviewed: r.claimReviewed,
      ratingLabel: r.ratingLabel,
      orgName: r.orgName,
      reviewUrl: r.reviewUrl,
      claimAuthor: r.claimAuthor,
      datePublished: r.datePublished?.toISOString().slice(0, 10) ?? null,
      importedAt: r.importedAt.toISOString(),
    })),
  };
}

