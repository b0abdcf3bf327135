import { prisma, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { extractClaims, wordingSpan } from '@/lib/claims';
import { normaliseBody, selectorFor, trimRange, type QuoteSelector } from '@/lib/anchoring/quote-selector';
import { newSentences, reanchor, type AnchorResult } from '@/lib/anchoring/reanchor';
import { fetchArticle, type ExtractedArticle } from '@/lib/ingest';
import type { AnchorState, RevisionSource } from '@/lib/generated/prisma/client';
import { anchorResolveSchema, articleEditSchema, articleRefetchSchema, type AnchorResolveInput, type ArticleEditInput, type ArticleRefetchInput } from '@/lib/validation/revision';
import { parseInput } from '@/lib/validation/parse';
import { recordAudit, type AuditInput } from './audit';
import { dateOrNull } from './dto';
import { getSettings } from './settings';

/** What a new revision did to the article's claims. */
export type RevisionOutcome = {
  articleId: string;
  /** The article's version after the change (send it with the next edit). */
  version: number;
  /** The new revision's number, or null when only metadata changed (no new text, no revision). */
  revision: number | null;
  counts: { anchored: number; textChanged: number; orphans: number; added: number };
};

type Metadata = { title: string; outlet: string | null; url: string | null; author: string | null; publishedAt: Date | null; format: string };
/** What only the article row keeps (revisions do not): undefined keeps the current value. */
type ArticleOnly = { language: string | null; modifiedAt: Date | null };
type NewText = Metadata & Partial<ArticleOnly> & { body: string; source: Exclude<RevisionSource, 'original'> };

const CONFLICT_MESSAGE = 'Someone else changed this article after you opened it. Your changes were not saved; reload to see the newer text.';

/**
 * A reviewer edits an article's metadata and text (or pastes a new text). A changed text becomes a
 * new revision: the old one is kept, every claim is re-anchored and new check-worthy sentences
 * become new claims, all in one transaction with its audit events. Refused with 409 when the
 * article changed after `version` was read.
 */
export async function editArticle(actor: Actor, input: ArticleEditInput): Promise<RevisionOutcome> {
  assertCan(actor, 'article:edit');
  const data = parseInput(articleEditSchema, input);
  return reviseArticle(actor, data.articleId, data.version, {
    title: data.title,
    outlet: data.outlet ?? null,
    url: data.url ?? null,
    author: data.author ?? null,
    publishedAt: dateOrNull(data.publishedAt),
    // Left out (the edit form has no such fields): kept as they are.
    language: data.language,
    modifiedAt: data.modifiedAt === undefined ? undefined : dateOrNull(data.modifiedAt),
    format: data.format,
    body: normaliseBody(data.body),
    source: data.source,
  });
}

/**
 * Fetches the article again from its URL and stores what came back as a new revision. `fetcher`
 * is the URL import's `fetchArticle`; tests pass their own.
 */
export async function refetchArticle(
  actor: Actor,
  input: ArticleRefetchInput,
  fetcher: (url: string) => Promise<ExtractedArticle> = fetchArticle,
): Promise<RevisionOutcome> {
  assertCan(actor, 'article:edit');
  const data = parseInput(articleRefetchSchema, input);
  const article = await prisma.article.findUnique({ where: { id: data.articleId }, select: { url: true, author: true, outlet: true, publishedAt: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  if (!article.url) throw new AppError('INVALID', 'This article has no URL to fetch it from; add one first.', { fields: { url: ['Add the article’s URL first.'] } });
  const page = await fetcher(article.url);
  const body = normaliseBody(page.body);
  if (!body.trim()) throw new AppError('FETCH_FAILED', 'The page no longer has an article text.');
  return reviseArticle(actor, data.articleId, data.version, {
    title: page.title.trim().slice(0, 300) || 'Untitled',
    outlet: page.outlet ?? article.outlet,
    url: article.url,
    author: page.author ?? article.author,
    publishedAt: page.publishedAt ?? article.publishedAt,
    format: page.format,
    body,
    source: 'refetch',
  });
}

async function reviseArticle(actor: Actor, articleId: string, version: number, next: NewText): Promise<RevisionOutcome> {
  const { claimThreshold } = await getSettings();
  return prisma.$transaction(
    async (tx) => {
      // the version check and the row lock in one statement: two edits can never both win
      const locked = await tx.article.updateMany({ where: { id: articleId, version }, data: { version: { increment: 1 } } });
      if (locked.count !== 1) {
        const exists = await tx.article.findUnique({ where: { id: articleId }, select: { version: true } });
        if (!exists) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
        throw new AppError('CONFLICT', CONFLICT_MESSAGE, { details: { currentVersion: exists.version } });
      }
      const article = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
      const before: Metadata & ArticleOnly = { title: article.title, outlet: article.outlet, url: article.url, author: article.author, publishedAt: article.publishedAt, format: article.format, language: article.language, modifiedAt: article.modifiedAt };
      const revisionMeta: Metadata = { title: next.title, outlet: next.outlet, url: next.url, author: next.author, publishedAt: next.publishedAt, format: next.format };
      const meta: Metadata & ArticleOnly = { ...revisionMeta, language: next.language === undefined ? article.language : next.language, modifiedAt: next.modifiedAt === undefined ? article.modifiedAt : next.modifiedAt };
      const metaChanged = JSON.stringify(before) !== JSON.stringify(meta);

      if (article.body === next.body) {
        if (metaChanged) {
          await tx.article.update({ where: { id: articleId }, data: meta });
          await recordAudit(tx, actor, { action: 'article.update', entityType: 'article', entityId: articleId, before, after: meta });
        }
        return { articleId, version: article.version, revision: null, counts: { anchored: 0, textChanged: 0, orphans: 0, added: 0 } };
      }

      const current = await ensureRevision(tx, article);
      const claims = await tx.claim.findMany({
        where: { articleId },
        select: { id: true, quote: true, start: true, end: true, prefix: true, suffix: true, anchorState: true },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      });
      await snapshotAnchors(tx, current.id, claims);

      const number = article.revisionNumber + 1;
      const { results, map } = reanchor(article.body, next.body, claims);
      const kept = results.filter((r) => r.state !== 'orphan');
      const units = extractClaims(next.body).filter((u) => u.kind === 'sentence' && u.duplicateOf == null && u.checkworthiness >= claimThreshold);
      const fresh = newSentences(units.map((u) => ({ ...wordingSpan(u), unit: u })), kept, map);

      const revision = await tx.articleRevision.create({
        data: { articleId, number, ...revisionMeta, body: next.body, source: next.source, createdById: actor.id },
      });
      await tx.article.update({ where: { id: articleId }, data: { ...meta, body: next.body, revisionNumber: number } });

      const previous = new Map(claims.map((c) => [c.id, c]));
      const states = results.map((r) => ({ result: r, state: stateAfter(previous.get(r.id)?.anchorState ?? 'anchored', r.state) }));
      await writeClaimAnchors(tx, articleId, number, states);

      const created = fresh.length
        ? await tx.claim.createManyAndReturn({
            data: fresh.map(({ start, end, unit }) => ({
              articleId,
              ...selectorFor(next.body, start, end),
              claimText: unit.claimText || unit.text,
              claimType: unit.claimType,
              checkworthiness: unit.checkworthiness,
              speaker: unit.speaker,
              anchorState: 'new' as const,
              quoteRevision: number,
            })),
            select: { id: true, quote: true, start: true, end: true, prefix: true, suffix: true, claimText: true },
          })
        : [];

      await tx.claimAnchor.createMany({
        data: [
          ...states.map(({ result: r, state }) => ({
            claimId: r.id,
            revisionId: revision.id,
            start: r.start,
            end: r.end,
            quote: r.quote,
            prefix: r.prefix,
            suffix: r.suffix,
            state,
            similarity: r.similarity,
          })),
          ...created.map((c) => ({ claimId: c.id, revisionId: revision.id, start: c.start, end: c.end, quote: c.quote, prefix: c.prefix, suffix: c.suffix, state: 'new' as const, similarity: null })),
        ],
      });

      const counts = {
        anchored: states.filter((s) => s.state === 'anchored').length,
        textChanged: states.filter((s) => s.state === 'text_changed').length,
        orphans: states.filter((s) => s.state === 'orphan').length,
        added: created.length,
      };
      const events: AuditInput[] = [
        {
          action: 'article.revise',
          entityType: 'article',
          entityId: articleId,
          before: { revision: article.revisionNumber, ...(metaChanged ? before : {}) },
          after: { revision: number, source: next.source, ...(metaChanged ? meta : {}), ...counts },
        },
        ...states
          .filter(({ result: r, state }) => state !== previous.get(r.id)?.anchorState || r.quote !== r.before)
          .map(({ result: r, state }) => ({
            action: 'claim.reanchor',
            entityType: 'claim' as const,
            entityId: r.id,
            before: { anchorState: previous.get(r.id)?.anchorState, quote: r.before, revision: article.revisionNumber },
            after: { anchorState: state, quote: state === 'orphan' ? null : r.quote, revision: number },
          })),
        ...created.map((c) => ({ action: 'claim.extract', entityType: 'claim' as const, entityId: c.id, after: { ...c, revision: number } })),
      ];
      await recordAudit(tx, actor, events);
      return { articleId, version: article.version, revision: number, counts };
    },
    { timeout: 60_000 },
  );
}

type Snapshot = Metadata & { body: string };

/** The fields a revision copies from its article. */
function snapshotOf(a: Snapshot): Snapshot {
  return { title: a.title, outlet: a.outlet, url: a.url, author: a.author, publishedAt: a.publishedAt, format: a.format, body: a.body };
}

/** A claim still waiting for a person stays flagged even where its (proposed) quote is found again. */
function stateAfter(before: AnchorState, found: AnchorResult['state']): AnchorState {
  if (found === 'anchored' && before === 'text_changed') return 'text_changed';
  return found;
}

/** The article's current revision; restored backups and older rows may lack it, so it is made then. */
async function ensureRevision(tx: Tx, article: { id: string; revisionNumber: number; title: string; outlet: string | null; url: string | null; author: string | null; publishedAt: Date | null; body: string; format: string; addedById: string; createdAt: Date }) {
  const found = await tx.articleRevision.findUnique({ where: { articleId_number: { articleId: article.id, number: article.revisionNumber } }, select: { id: true } });
  if (found) return found;
  return tx.articleRevision.create({
    data: { articleId: article.id, number: article.revisionNumber, ...snapshotOf(article), source: 'original', createdById: article.addedById, createdAt: article.createdAt },
    select: { id: true },
  });
}

/**
 * Records where every claim sits at the end of the current revision (claims added, split, merged
 * or re-picked since it began included), so that revision can be shown with its claims as they were.
 */
async function snapshotAnchors(tx: Tx, revisionId: string, claims: (QuoteSelector & { id: string; anchorState: AnchorState })[]): Promise<void> {
  const existing = await tx.claimAnchor.findMany({ where: { revisionId }, select: { claimId: true, similarity: true } });
  const similarity = new Map(existing.map((e) => [e.claimId, e.similarity]));
  await tx.claimAnchor.deleteMany({ where: { revisionId } });
  await tx.claimAnchor.createMany({
    data: claims.map((c) => ({
      claimId: c.id,
      revisionId,
      start: c.start,
      end: c.end,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
      state: c.anchorState,
      similarity: similarity.get(c.id) ?? (c.anchorState === 'orphan' ? null : 1),
    })),
  });
}

/**
 * Moves every claim to its new anchor in one statement. A claim whose quote or state changed gets a
 * new version (an open panel learns of it); one that only moved keeps its version.
 */
async function writeClaimAnchors(tx: Tx, articleId: string, number: number, states: { result: AnchorResult; state: AnchorState }[]): Promise<void> {
  if (states.length === 0) return;
  const rows = states.map(({ result: r, state }) => ({ ...r, state, quoteRevision: state === 'orphan' ? null : number }));
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "start" = v.s, "end" = v.e, "quote" = v.q, "prefix" = v.p, "suffix" = v.x,
      "anchorState" = v.st::"AnchorState",
      "quoteRevision" = COALESCE(v.qr, c."quoteRevision"),
      "version" = c."version" + CASE WHEN c."anchorState" <> v.st::"AnchorState" OR c."quote" <> v.q THEN 1 ELSE 0 END,
      "updatedAt" = CASE WHEN c."anchorState" <> v.st::"AnchorState" OR c."quote" <> v.q THEN now() ELSE c."updatedAt" END
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[],
      ${rows.map((r) => r.quote)}::text[], ${rows.map((r) => r.prefix)}::text[], ${rows.map((r) => r.suffix)}::text[],
      ${rows.map((r) => r.state)}::text[], ${rows.map((r) => r.quoteRevision)}::int[]
    ) AS v(id, s, e, q, p, x, st, qr)
    WHERE c."id" = v.id AND c."articleId" = ${articleId}`;
}

/**
 * A person settles a flagged or orphaned claim: without offsets the proposed anchor is accepted;
 * with `start`/`end` the quote is re-picked in the article's current text. Versioned and audited.
 */
export async function resolveAnchor(actor: Actor, input: AnchorResolveInput): Promise<{ id: string; version: number; anchorState: AnchorState }> {
  assertCan(actor, 'claim:review');
  const data = parseInput(anchorResolveSchema, input);
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: data.claimId, articleId: data.articleId },
      select: { id: true, quote: true, start: true, end: true, anchorState: true, version: true, article: { select: { body: true, revisionNumber: true, id: true } } },
    });
    if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
    const body = claim.article.body;
    let selector: QuoteSelector;
    if (data.start !== undefined && data.end !== undefined) {
      if (data.end > body.length) throw new AppError('INVALID', 'The selection lies outside the article’s text.', { fields: { end: ['Outside the text.'] } });
      const span = trimRange(body, data.start, data.end);
      if (span.end <= span.start) throw new AppError('INVALID', 'Select some words of the article.', { fields: { end: ['Select some words.'] } });
      selector = selectorFor(body, span.start, span.end);
    } else {
      if (claim.anchorState === 'orphan') throw new AppError('INVALID', 'This claim’s text is gone; pick its new quote in the text.', { fields: { start: ['Pick the new quote.'] } });
      selector = selectorFor(body, claim.start, claim.end);
    }
    const result = await tx.claim.updateMany({
      where: { id: claim.id, articleId: data.articleId, version: data.version },
      data: { ...selector, anchorState: 'anchored', quoteRevision: claim.article.revisionNumber, version: { increment: 1 } },
    });
    if (result.count !== 1) throw new AppError('CONFLICT', 'Someone else changed this claim after you opened it; reload and try again.');
    const revision = await tx.articleRevision.findUnique({ where: { articleId_number: { articleId: data.articleId, number: claim.article.revisionNumber } }, select: { id: true } });
    if (revision) {
      await tx.claimAnchor.upsert({
        where: { claimId_revisionId: { claimId: claim.id, revisionId: revision.id } },
        create: { claimId: claim.id, revisionId: revision.id, ...selector, state: 'anchored', similarity: 1 },
        update: { ...selector, state: 'anchored', similarity: 1 },
      });
    }
    await recordAudit(tx, actor, {
      action: data.start === undefined ? 'claim.anchor.accept' : 'claim.anchor.repick',
      entityType: 'claim',
      entityId: claim.id,
      before: { anchorState: claim.anchorState, quote: claim.quote, start: claim.start, end: claim.end },
      after: { anchorState: 'anchored', quote: selector.quote, start: selector.start, end: selector.end },
    });
    return { id: claim.id, version: claim.version + 1, anchorState: 'anchored' as const };
  });
}

/** Stores a new article's text as its revision 1 with every claim anchored in it (inside createArticle's transaction). */
export async function recordFirstRevision(tx: Tx, article: { id: string; title: string; outlet: string | null; url: string | null; author: string | null; publishedAt: Date | null; body: string; format: string; addedById: string }): Promise<void> {
  const { id, addedById } = article;
  const revision = await tx.articleRevision.create({ data: { articleId: id, number: 1, ...snapshotOf(article), source: 'original', createdById: addedById }, select: { id: true } });
  await tx.$executeRaw`
    INSERT INTO "ClaimAnchor" ("id", "claimId", "revisionId", "start", "end", "quote", "prefix", "suffix", "state", "similarity")
    SELECT gen_random_uuid()::text, c."id", ${revision.id}, c."start", c."end", c."quote", c."prefix", c."suffix", 'anchored', 1
    FROM "Claim" c WHERE c."articleId" = ${id}`;
}
