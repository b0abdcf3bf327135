import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { articleInputSchema, type ArticleInput } from '@/lib/validation/article';
import { parseInput } from '@/lib/validation/parse';
import { extractClaims, wordingSpan } from '@/lib/claims';
import { normaliseBody, selectorFor } from '@/lib/anchoring/quote-selector';
import { recordAudit } from './audit';
import { recordFirstRevision } from './article-revisions';
import { claimInclude, dateOrNull, toClaimDto, type ClaimDto } from './dto';
import { getSettings } from './settings';
import { reviewProgress } from './review-progress';
import { matchClaimsAfterWrite } from './claim-matches';

export type ArticleSummary = {
  id: string;
  title: string;
  outlet: string | null;
  createdAt: string;
  addedBy: string;
  counts: { total: number; reviewed: number; approved: number };
};

export type ArticleDetail = {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  format: 'text' | 'markdown';
  body: string;
  createdAt: string;
  addedBy: string;
  /** Optimistic concurrency: an edit of the metadata or text names the version it read. */
  version: number;
  /** The number of the revision whose text is `body`. */
  revisionNumber: number;
  claims: ClaimDto[];
};

/** What the article page needs of every claim to list, highlight, filter and count it (issue 12: slim list). */
export type ClaimOutline = {
  id: string;
  start: number;
  end: number;
  claimText: string;
  claimType: string;
  checkworthiness: number;
  status: ClaimDto['status'];
  verdictId: string | null;
  assignee: { id: string; name: string } | null;
  sourceCount: number;
  version: number;
  anchorState?: ClaimDto['anchorState'];
  /** "Checked before" suggestions not dismissed: the list's badge and filter. */
  checkedBefore: number;
};
export type ArticleOutline = Omit<ArticleDetail, 'claims'> & { claims: ClaimOutline[] };

/**
 * The article with an outline of each claim: one query of scalar columns, no sources, history or
 * reviewers. The page loads a claim's full data when it becomes current (a 1,000-claim article's
 * first response carried every claim in full).
 */
export async function getArticleOutline(actor: Actor, articleId: string): Promise<ArticleOutline> {
  assertCan(actor, 'article:read');
  // The claims in one plain statement beside the article's: their counts as correlated subqueries on
  // (claimId) indexes, the assignee by join, rows mapped field by field (one object shape). Through
  // the ORM's include, a 1,000-claim article's outline took about three times as long to read.
  const [article, rows] = await Promise.all([
    prisma.article.findUnique({ where: { id: articleId }, include: { addedBy: { select: { name: true } } } }),
    prisma.$queryRaw<OutlineRow[]>`/* prepared */
      SELECT c.id, c.start, c."end", c."claimText", c."claimType", c.checkworthiness, c.status::text AS status,
             c."verdictId", c.version, c."anchorState"::text AS "anchorState", u.id AS "assigneeId", u.name AS "assigneeName",
             (SELECT count(*)::int FROM "Source" s WHERE s."claimId" = c.id) AS "sourceCount",
             (SELECT count(*)::int FROM "ClaimMatch" m WHERE m."claimId" = c.id AND m."dismissedAt" IS NULL) AS "checkedBefore"
        FROM "Claim" c LEFT JOIN "User" u ON u.id = c."assigneeId"
       WHERE c."articleId" = ${articleId}
       ORDER BY c.start, c."end", c.id`,
  ]);
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const claims = rows.map(
    (c): ClaimOutline => ({
      id: c.id,
      start: c.start,
      end: c.end,
      claimText: c.claimText,
      claimType: c.claimType,
      checkworthiness: c.checkworthiness,
      status: c.status,
      verdictId: c.verdictId,
      assignee: c.assigneeId === null ? null : { id: c.assigneeId, name: c.assigneeName ?? '' },
      sourceCount: c.sourceCount,
      version: c.version,
      anchorState: c.anchorState,
      checkedBefore: c.checkedBefore,
    }),
  );
  return { ...toArticleHeader(article), claims };
}

/** A row of the outline statement: the outline's scalar fields, with the assignee as two columns. */
type OutlineRow = Omit<ClaimOutline, 'assignee' | 'anchorState'> & {
  anchorState: NonNullable<ClaimOutline['anchorState']>;
  assigneeId: string | null;
  assigneeName: string | null;
};

/** Stores an article and the claims found in it, in one transaction. */
export async function createArticle(actor: Actor, input: ArticleInput): Promise<{ id: string; claimCount: number }> {
  assertCan(actor, 'article:create');
  const data = parseInput(articleInputSchema, input);
  const body = normaliseBody(data.body);
  const { claimThreshold } = await getSettings();
  const units = extractClaims(body).filter(
    (u) => u.kind === 'sentence' && !('duplicateOf' in u && u.duplicateOf != null) && u.checkworthiness >= claimThreshold,
  );
  const created = await prisma.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: data.title,
        outlet: data.outlet ?? null,
        url: data.url ?? null,
        author: data.author ?? null,
        publishedAt: dateOrNull(data.publishedAt),
        modifiedAt: dateOrNull(data.modifiedAt),
        language: data.language ?? null,
        body,
        format: data.format,
        addedById: actor.id,
      },
    });
    const claims = await tx.claim.createManyAndReturn({
      data: units.map((u) => ({
        articleId: article.id,
        // the claim quotes the wording; the unit also covers its list marker or emphasis markup
        ...selectorFor(body, wordingSpan(u).start, wordingSpan(u).end),
        claimText: u.claimText || u.text,
        claimType: u.claimType,
        checkworthiness: u.checkworthiness,
        speaker: u.speaker,
      })),
      select: { id: true, quote: true, start: true, end: true, claimText: true },
    });
    await recordFirstRevision(tx, article);
    await recordAudit(tx, actor, [
      { action: 'article.create', entityType: 'article', entityId: article.id, after: { title: article.title, claims: claims.length } },
      ...claims.map((c) => ({ action: 'claim.extract', entityType: 'claim' as const, entityId: c.id, after: c })),
    ]);
    return { id: article.id, claimCount: claims.length };
    // A long article writes thousands of rows (claims and their audit events) in one go: on a busy
    // machine that outlasted Prisma's 5 s default and a 1,000-claim import failed with P2028.
  }, { timeout: 30_000 });
  // "Checked before": every claim is compared with earlier approved claims and imported ClaimReviews.
  await matchClaimsAfterWrite(actor, created.id);
  return created;
}

export async function listArticles(actor: Actor): Promise<ArticleSummary[]> {
  assertCan(actor, 'article:read');
  const articles = await prisma.article.findMany({
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: { id: true, title: true, outlet: true, createdAt: true, addedBy: { select: { name: true } } },
  });
  const byArticle = await reviewProgress(articles.map((a) => a.id));
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    createdAt: a.createdAt.toISOString(),
    addedBy: a.addedBy.name,
    counts: byArticle.get(a.id) ?? { total: 0, reviewed: 0, approved: 0 },
  }));
}

export async function getArticle(actor: Actor, articleId: string): Promise<ArticleDetail> {
  assertCan(actor, 'article:read');
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    include: {
      addedBy: { select: { name: true } },
      claims: { orderBy: [{ start: 'asc' }, { end: 'asc' }], include: claimInclude },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  return { ...toArticleHeader(article), claims: article.claims.map(toClaimDto) };
}

type ArticleHeaderRow = Omit<Prisma.ArticleGetPayload<object>, 'addedById' | 'updatedAt'> & { addedBy: { name: string } };

/** The article's own fields as the page and the API show them (everything but its claims). */
function toArticleHeader(article: ArticleHeaderRow): Omit<ArticleDetail, 'claims'> {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    modifiedAt: article.modifiedAt ? article.modifiedAt.toISOString().slice(0, 10) : null,
    language: article.language,
    format: article.format === 'markdown' ? 'markdown' : 'text',
    body: article.body,
    createdAt: article.createdAt.toISOString(),
    addedBy: article.addedBy.name,
    version: article.version,
    revisionNumber: article.revisionNumber,
  };
}

/** Throws NOT_FOUND unless the article exists: one indexed lookup, before a page starts streaming. */
export async function assertArticleExists(actor: Actor, articleId: string): Promise<void> {
  assertCan(actor, 'article:read');
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
}

export async function deleteArticle(actor: Actor, articleId: string): Promise<void> {
  assertCan(actor, 'article:delete');
  await prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, title: true } });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
    await tx.article.delete({ where: { id: articleId } });
    await recordAudit(tx, actor, { action: 'article.delete', entityType: 'article', entityId: articleId, before: article });
  });
}
