import { randomUUID } from 'node:crypto';
import { prisma, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { compareClaims, matchKey, type MatchDifference, type MatchKind } from '@/lib/matching';
import { canStep, statusAfter, type ContributionPart } from '@/lib/review/four-eyes';
import { parseInput } from '@/lib/validation/parse';
import {
  claimMatchDismissSchema, claimMatchLinkSchema, claimMatchListSchema, claimMatchRunSchema,
  type ClaimMatchDismissInput, type ClaimMatchLinkInput, type ClaimMatchListInput, type ClaimMatchRunInput,
} from '@/lib/validation/claim-match';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';
import { assertEditable, auditView, loadClaim, updateIfVersion } from './claims';
import { lockClaim, recordContribution } from './claim-reviewers';
import type { ClaimDto } from './dto';
import { fillClaimKeys, fillFactCheckKeys } from './match-keys';
import { earlierClaimCandidates, factCheckCandidates, refreshTermStats, type CandidateRow } from './match-retrieval';

/**
 * "Checked before": each claim of an article is compared with the workspace's earlier APPROVED
 * claims (of other articles) and with imported ClaimReviews. PostgreSQL finds candidates by the
 * claim's rarest words in the stored matchKeys, ranked by trigram similarity (match-retrieval.ts; one
 * query per article and per kind of earlier check, a LATERAL top-N per claim); lib/matching compareClaims decides same / related /
 * unrelated, and same and related pairs are stored as ClaimMatch rows. A reviewer links a claim to
 * one (reusing its verdict, rationale and sources as a draft that still needs its second review)
 * or dismisses it for good.
 */

type Target = { id: string; claimText: string; speaker: string | null; key: string };
export { CANDIDATES_PER_CLAIM, SIMILARITY_THRESHOLD, earlierClaimCandidates, factCheckCandidates, type CandidateRow } from './match-retrieval';

type NewMatch = { claimId: string; earlierId: string; kind: MatchKind; score: number; reasons: string[]; differences: MatchDifference[] };

/** compareClaims on every candidate pair; unrelated pairs are dropped. */
export function judgeCandidates(targets: Target[], candidates: CandidateRow[]): NewMatch[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const out: NewMatch[] = [];
  for (const c of candidates) {
    const target = byId.get(c.claimId);
    if (!target) continue;
    const result = compareClaims({ text: target.claimText, speaker: target.speaker }, { text: c.text, speaker: c.speaker });
    if (result.kind === 'unrelated') continue;
    out.push({ claimId: c.claimId, earlierId: c.id, kind: result.kind, score: result.score, reasons: result.reasons, differences: result.differences });
  }
  return out;
}

/** Inserts matches, or refreshes the matcher's verdict on a known pair (its dismissal and link stay). */
async function storeMatches(tx: Tx, column: 'earlierClaimId' | 'factCheckId', matches: NewMatch[]): Promise<number> {
  if (matches.length === 0) return 0;
  return tx.$executeRawUnsafe(
    `INSERT INTO "ClaimMatch" (id, "claimId", "${column}", kind, score, reasons, differences)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[]::jsonb[], $7::text[]::jsonb[])
     ON CONFLICT ("claimId", "${column}") DO UPDATE SET kind = EXCLUDED.kind, score = EXCLUDED.score, reasons = EXCLUDED.reasons, differences = EXCLUDED.differences`,
    matches.map(() => randomUUID()),
    matches.map((m) => m.claimId),
    matches.map((m) => m.earlierId),
    matches.map((m) => m.kind),
    matches.map((m) => m.score),
    matches.map((m) => JSON.stringify(m.reasons)),
    matches.map((m) => JSON.stringify(m.differences)),
  );
}

export type MatchRunResult = { compared: number; candidates: number; stored: number };

/**
 * Compares the article's claims that are still under review (or only `claimIds`) with earlier
 * checks, and stores the likely matches. Internal: the callers check permissions.
 */
async function runMatching(actor: Actor | null, articleId: string, claimIds?: string[]): Promise<MatchRunResult> {
  // Keys written by other paths (restored backups, edited texts) are filled before they are searched.
  await fillClaimKeys(prisma);
  await fillFactCheckKeys(prisma);
  // Word frequencies for the rare-word lookup: recounted only when a table changed by a tenth.
  await Promise.all([refreshTermStats('claim'), refreshTermStats('factCheck')]);
  return prisma.$transaction(
    async (tx) => {
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
      if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
      const rows = await tx.claim.findMany({
        where: { articleId, status: { notIn: ['approved', 'dismissed'] }, ...(claimIds ? { id: { in: claimIds } } : {}) },
        select: { id: true, claimText: true, speaker: true },
      });
      const targets: Target[] = rows.map((r) => ({ ...r, key: matchKey(r.claimText) }));
      if (targets.length === 0) return { compared: 0, candidates: 0, stored: 0 };
      await tx.$executeRawUnsafe(
        `UPDATE "Claim" AS c SET "matchKey" = k.key, "matchedAt" = now() FROM unnest($1::text[], $2::text[]) AS k(id, key) WHERE c.id = k.id`,
        targets.map((t) => t.id), targets.map((t) => t.key),
      );
      // Reads only: the two kinds run at once on two pooled connections, beside this transaction.
      const [fromClaims, fromChecks] = await Promise.all([earlierClaimCandidates(prisma, articleId, targets), factCheckCandidates(prisma, targets)]);
      const claimMatches = judgeCandidates(targets, fromClaims);
      const checkMatches = judgeCandidates(targets, fromChecks);
      const stored = (await storeMatches(tx, 'earlierClaimId', claimMatches)) + (await storeMatches(tx, 'factCheckId', checkMatches));
      if (claimMatches.length + checkMatches.length > 0) {
        await recordAudit(tx, actor, {
          action: 'claim.match.suggest',
          entityType: 'article',
          entityId: articleId,
          after: { claims: targets.length, earlierClaims: claimMatches.length, factChecks: checkMatches.length },
        });
      }
      return { compared: targets.length, candidates: fromClaims.length + fromChecks.length, stored };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Compares claims of an article (all under review, or `claimIds`) with earlier checks and stores the likely matches. */
export async function matchClaims(actor: Actor, input: ClaimMatchRunInput): Promise<MatchRunResult> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimMatchRunSchema, input);
  return runMatching(actor, data.articleId, data.claimIds);
}

/**
 * After an article or claims were added: matching is a suggestion, so a failure here is logged and
 * never undoes the article (it is retried lazily by refreshStaleMatches when the page opens).
 */
export async function matchClaimsAfterWrite(actor: Actor, articleId: string, claimIds?: string[]): Promise<void> {
  try {
    await runMatching(actor, articleId, claimIds);
  } catch (error) {
    console.warn(`claim matching failed for article ${articleId}:`, error instanceof Error ? error.message : error);
  }
}

/**
 * Lazily re-matches the article's claims under review that were last compared before the latest
 * import of ClaimReviews or the latest approval elsewhere (or never): so reviews imported after an
 * article was added show up on it the next time it is opened. Cheap when nothing is stale.
 */
export async function refreshStaleMatches(actor: Actor, articleId: string): Promise<MatchRunResult | null> {
  assertCan(actor, 'article:read');
  const [latest] = await prisma.$queryRaw<{ at: Date | null }[]>`
    SELECT GREATEST((SELECT max("importedAt") FROM "EarlierFactCheck"), (SELECT max("approvedAt") FROM "Claim" WHERE "articleId" <> ${articleId})) AS at`;
  const stale = await prisma.claim.findMany({
    where: {
      articleId,
      status: { notIn: ['approved', 'dismissed'] },
      OR: [{ matchedAt: null }, ...(latest?.at ? [{ matchedAt: { lt: latest.at } }] : [])],
    },
    select: { id: true },
  });
  if (stale.length === 0) return null;
  try {
    return await runMatching(actor, articleId, stale.map((c) => c.id));
  } catch (error) {
    console.warn(`claim matching failed for article ${articleId}:`, error instanceof Error ? error.message : error);
    return null;
  }
}

export type EarlierCheckDto =
  | {
      type: 'claim';
      id: string;
      articleId: string;
      articleTitle: string;
      outlet: string | null;
      text: string;
      speaker: string | null;
      verdict: { label: string; colour: string } | null;
      rationale: string | null;
      /** When it was approved (YYYY-MM-DD). */
      date: string | null;
      sourceCount: number;
    }
  | {
      type: 'factCheck';
      id: string;
      text: string;
      speaker: string | null;
      verdict: { label: string; colour: null } | null;
      orgName: string | null;
      reviewUrl: string | null;
      /** datePublished of the review (YYYY-MM-DD). */
      date: string | null;
    };

export type ClaimMatchDto = {
  id: string;
  kind: 'same' | 'related';
  score: number;
  reasons: string[];
  /** `a` is this claim's wording, `b` the earlier check's. */
  differences: MatchDifference[];
  linkedAt: string | null;
  linkedBy: string | null;
  earlier: EarlierCheckDto;
};

const matchInclude = {
  linkedBy: { select: { name: true } },
  factCheck: true,
  earlierClaim: {
    select: {
      id: true, articleId: true, claimText: true, speaker: true, rationale: true, approvedAt: true,
      verdict: { select: { label: true, colour: true } },
      article: { select: { title: true, outlet: true } },
      _count: { select: { sources: true } },
    },
  },
} satisfies Prisma.ClaimMatchInclude;
type MatchRow = Prisma.ClaimMatchGetPayload<{ include: typeof matchInclude }>;

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

function toMatchDto(m: MatchRow): ClaimMatchDto {
  const earlier: EarlierCheckDto = m.earlierClaim
    ? {
        type: 'claim',
        id: m.earlierClaim.id,
        articleId: m.earlierClaim.articleId,
        articleTitle: m.earlierClaim.article.title,
        outlet: m.earlierClaim.article.outlet,
        text: m.earlierClaim.claimText,
        speaker: m.earlierClaim.speaker,
        verdict: m.earlierClaim.verdict,
        rationale: m.earlierClaim.rationale,
        date: day(m.earlierClaim.approvedAt),
        sourceCount: m.earlierClaim._count.sources,
      }
    : {
        type: 'factCheck',
        id: m.factCheck!.id,
        text: m.factCheck!.claimReviewed,
        speaker: m.factCheck!.claimAuthor,
        verdict: m.factCheck!.ratingLabel ? { label: m.factCheck!.ratingLabel, colour: null } : null,
        orgName: m.factCheck!.orgName,
        reviewUrl: m.factCheck!.reviewUrl,
        date: day(m.factCheck!.datePublished),
      };
  return {
    id: m.id,
    kind: m.kind === 'same' ? 'same' : 'related',
    score: m.score,
    reasons: Array.isArray(m.reasons) ? m.reasons.filter((r): r is string => typeof r === 'string') : [],
    differences: Array.isArray(m.differences) ? (m.differences as unknown as MatchDifference[]) : [],
    linkedAt: m.linkedAt?.toISOString() ?? null,
    linkedBy: m.linkedBy?.name ?? null,
    earlier,
  };
}

/** The claim's "checked before" suggestions that were not dismissed: the linked one first, then the closest. */
export async function listClaimMatches(actor: Actor, input: ClaimMatchListInput): Promise<ClaimMatchDto[]> {
  assertCan(actor, 'article:read');
  const data = parseInput(claimMatchListSchema, input);
  const claim = await prisma.claim.findFirst({ where: { id: data.claimId, articleId: data.articleId }, select: { id: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
  // ClaimReviews imported (or claims approved) since the claim was last compared are matched now.
  await refreshStaleMatches(actor, data.articleId);
  const rows = await prisma.claimMatch.findMany({
    where: { claimId: claim.id, dismissedAt: null },
    include: matchInclude,
    orderBy: [{ linkedAt: { sort: 'desc', nulls: 'last' } }, { score: 'desc' }, { id: 'asc' }],
    take: 20,
  });
  const rank = (m: ClaimMatchDto) => (m.linkedAt ? 0 : m.kind === 'same' ? 1 : 2);
  return rows.map(toMatchDto).sort((a, b) => rank(a) - rank(b) || b.score - a.score);
}

async function loadMatch(tx: Tx, claimId: string, matchId: string): Promise<MatchRow> {
  const match = await tx.claimMatch.findFirst({ where: { id: matchId, claimId }, include: matchInclude });
  if (!match) throw new AppError('NOT_FOUND', 'This suggestion does not exist for this claim.');
  return match;
}

/** Dismisses a suggestion: remembered, never shown again on this claim. Answers the claim (its badge count changes). */
export async function dismissClaimMatch(actor: Actor, input: ClaimMatchDismissInput): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimMatchDismissSchema, input);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaim(tx, data.articleId, data.claimId);
    const match = await loadMatch(tx, claim.id, data.matchId);
    if (match.linkedAt) throw new AppError('CONFLICT', 'This claim is linked to that earlier check; a link is kept, not dismissed.');
    if (!match.dismissedAt) {
      await tx.claimMatch.update({ where: { id: match.id }, data: { dismissedAt: new Date(), dismissedById: actor.id } });
      await recordAudit(tx, actor, {
        action: 'claim.match.dismiss',
        entityType: 'claim',
        entityId: claim.id,
        after: { matchId: match.id, earlier: toMatchDto(match).earlier.text, kind: match.kind, score: match.score },
      });
    }
    return loadClaim(tx, data.articleId, claim.id);
  });
}

/** The workspace verdict closest to an imported rating: same label, else the nearest place on the numeric scale. */
export function verdictForRating(
  verdicts: { id: string; label: string; ratingValue: number | null }[],
  rating: { ratingLabel: string | null; ratingValue: number | null; bestRating: number | null; worstRating: number | null },
): string | null {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (rating.ratingLabel) {
    const same = verdicts.find((v) => norm(v.label) === norm(rating.ratingLabel!));
    if (same) return same.id;
  }
  const { ratingValue: value, bestRating: best, worstRating: worst } = rating;
  const onScale = verdicts.filter((v) => v.ratingValue !== null) as { id: string; ratingValue: number }[];
  if (value === null || best === null || worst === null || best === worst || onScale.length < 2) return null;
  const lo = Math.min(...onScale.map((v) => v.ratingValue));
  const hi = Math.max(...onScale.map((v) => v.ratingValue));
  const scaled = lo + ((value - worst) / (best - worst)) * (hi - lo);
  return onScale.reduce((a, b) => (Math.abs(b.ratingValue - scaled) < Math.abs(a.ratingValue - scaled) ? b : a)).id;
}

type Draft = {
  verdictId: string | null;
  rationale: string | null;
  sources: Omit<Prisma.SourceCreateManyInput, 'claimId' | 'position' | 'addedById'>[];
  basedOn: { type: 'claim' | 'factCheck'; id: string; url: string | null };
};

function reviewText(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const node = raw as Record<string, unknown>;
  for (const key of ['reviewBody', 'description']) {
    const value = node[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 5000);
  }
  return null;
}

/** What linking reuses: the earlier check's verdict, rationale and sources. */
async function draftFrom(tx: Tx, match: MatchRow): Promise<Draft> {
  if (match.earlierClaim) {
    const earlier = await tx.claim.findUniqueOrThrow({ where: { id: match.earlierClaim.id }, select: { verdictId: true, rationale: true, publicUrl: true, sources: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] } } });
    return {
      verdictId: earlier.verdictId,
      rationale: earlier.rationale,
      sources: earlier.sources.map((s) => ({
        url: s.url, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt, accessedAt: s.accessedAt, excerpt: s.excerpt,
        stance: s.stance, kind: s.kind, archiveUrl: s.archiveUrl, confidential: s.confidential,
      })),
      basedOn: { type: 'claim', id: match.earlierClaim.id, url: earlier.publicUrl },
    };
  }
  const f = match.factCheck!;
  const verdicts = await tx.verdictOption.findMany({ select: { id: true, label: true, ratingValue: true } });
  const who = f.orgName ?? 'Another fact-checker';
  const rated = f.ratingLabel ? `rated this claim “${f.ratingLabel}”` : `rated this claim ${f.ratingValue}${f.bestRating !== null ? ` of ${f.bestRating}` : ''}`;
  const body = reviewText(f.raw);
  const rationale = [`${who} ${rated}${f.datePublished ? ` on ${day(f.datePublished)}` : ''}.`, body, f.reviewUrl].filter(Boolean).join('\n\n');
  return {
    verdictId: verdictForRating(verdicts, f),
    rationale: rationale.slice(0, 20_000),
    sources: f.reviewUrl
      ? [{ url: f.reviewUrl, title: `${who}: ${f.claimReviewed}`.slice(0, 500), publisher: f.orgName, publishedAt: f.datePublished, accessedAt: new Date(new Date().toISOString().slice(0, 10)), excerpt: body ? body.slice(0, 5000) : null, stance: 'context', kind: 'news_report' }]
      : [],
    basedOn: { type: 'factCheck', id: f.id, url: f.reviewUrl },
  };
}

/**
 * Links the claim to an earlier check and reuses its verdict, rationale and sources as a draft, in
 * ONE transaction (version checked like every claim edit). The claim then waits for its second
 * review as if the linker had set the verdict: they become one of its reviewers (four eyes), so
 * they cannot approve it themselves. The link is kept (ClaimMatch.linkedAt) and exported
 * (ClaimReview `isBasedOn`, JSON `basedOn`).
 */
export async function linkClaimMatch(actor: Actor, input: ClaimMatchLinkInput): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimMatchLinkSchema, input);
  return prisma.$transaction(async (tx) => {
    await lockClaim(tx, data.articleId, data.claimId);
    const before = await loadClaim(tx, data.articleId, data.claimId);
    assertEditable(actor, before);
    if (before.status === 'dismissed') throw new AppError('INVALID', 'This claim is marked not check-worthy; restore it before reusing an earlier check.');
    const match = await loadMatch(tx, before.id, data.matchId);
    if (match.dismissedAt) throw new AppError('CONFLICT', 'This suggestion was dismissed.');
    const linked = await tx.claimMatch.findFirst({ where: { claimId: before.id, linkedAt: { not: null } }, select: { id: true } });
    if (linked) throw new AppError('CONFLICT', linked.id === match.id ? 'This claim is already linked to that earlier check.' : 'This claim is already linked to another earlier check.');
    const draft = await draftFrom(tx, match);

    const known = new Set(before.sources.map((s) => s.url));
    const newSources = draft.sources.filter((s) => !known.has(s.url));
    const verdictId = draft.verdictId ?? before.verdict?.id ?? null;
    const submit = !!verdictId && canStep('submit', before.status) && before.status !== 'needs_review';
    const start = !verdictId && before.status === 'open';
    const change: Prisma.ClaimUncheckedUpdateManyInput = { reviewerId: actor.id, reviewedAt: new Date() };
    if (draft.verdictId) change.verdictId = draft.verdictId;
    if (draft.rationale) change.rationale = draft.rationale;
    if (submit) change.status = statusAfter('submit');
    else if (start) change.status = statusAfter('start');
    await updateIfVersion(tx, before, data.version, change);

    if (newSources.length) {
      const last = await tx.source.aggregate({ where: { claimId: before.id }, _max: { position: true } });
      const base = (last._max.position ?? -1) + 1;
      await tx.source.createMany({ data: newSources.map((s, i) => ({ ...s, claimId: before.id, position: base + i, addedById: actor.id })) });
    }
    // Reusing a verdict is setting it: the linker is one of the claim's reviewers and cannot approve it.
    const parts: ContributionPart[] = [];
    if (draft.verdictId) parts.push('verdict');
    if (draft.rationale) parts.push('rationale');
    if (newSources.length) parts.push('sources');
    if (submit) parts.push('submitted');
    await recordContribution(tx, before.id, actor, parts.length ? parts : ['rationale']);
    await tx.claimMatch.update({ where: { id: match.id }, data: { linkedAt: new Date(), linkedById: actor.id } });

    const after = await loadClaim(tx, data.articleId, data.claimId);
    await recordAudit(tx, actor, {
      action: 'claim.link_earlier',
      entityType: 'claim',
      entityId: after.id,
      before: auditView(before),
      after: { ...auditView(after), basedOn: draft.basedOn, matchId: match.id, sourcesAdded: newSources.length },
    });
    return after;
  });
}
