import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { selectorFor, trimRange } from '@/lib/anchoring/quote-selector';
import { isWordBoundary } from '@/lib/anchoring/word-boundaries';
import { claimRefSchema, type ClaimRef } from '@/lib/validation/claim';
import { claimMergeSchema, claimSplitSchema, type ClaimMergeInput, type ClaimSplitInput } from '@/lib/validation/claim-edit';
import { parseInput } from '@/lib/validation/parse';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';
import { assertEditable, assertStep, auditView, loadClaim, updateIfVersion } from './claims';
import { copyContributors, recordContribution } from './claim-reviewers';
import { statusAfter, type ContributionPart } from '@/lib/review/four-eyes';
import type { ClaimDto } from './dto';

const spanView = (c: ClaimDto) => ({ ...auditView(c), start: c.start, end: c.end, quote: c.quote });

/** Who reshapes a claim's text becomes one of its reviewers (the four-eyes record), and its latest. */
const reviewedBy = (actor: Actor): Prisma.ClaimUncheckedUpdateManyInput => ({ reviewerId: actor.id, reviewedAt: new Date() });

async function articleBody(tx: Prisma.TransactionClient, articleId: string): Promise<string> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  return article.body;
}

/**
 * Splits a claim in two at a word boundary (`at`, an offset into the article body inside the
 * quote). The first part keeps the claim's id, verdict, rationale and sources; the second is a new
 * open claim of the same type and speaker. Both quotes are exact slices of the body.
 */
export async function splitClaim(actor: Actor, input: ClaimSplitInput): Promise<{ first: ClaimDto; second: ClaimDto }> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimSplitSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, data.articleId, data.claimId);
    assertEditable(actor, before);
    const body = await articleBody(tx, data.articleId);
    if (data.at <= before.start || data.at >= before.end || !isWordBoundary(body, data.at)) {
      throw new AppError('INVALID', 'Split the claim between two of its words.', { fields: { at: ['Choose a place between two words of the quote.'] } });
    }
    const left = trimRange(body, before.start, data.at);
    const right = trimRange(body, data.at, before.end);
    if (left.end - left.start < 1 || right.end - right.start < 1) {
      throw new AppError('INVALID', 'Both parts of a split need some words.', { fields: { at: ['Both parts need some words.'] } });
    }
    const firstSel = selectorFor(body, left.start, left.end);
    const secondSel = selectorFor(body, right.start, right.end);
    const textChanged = firstSel.quote !== before.claimText;
    await updateIfVersion(tx, before, data.version, { ...firstSel, claimText: firstSel.quote, ...(textChanged ? reviewedBy(actor) : {}) });
    if (textChanged) await recordContribution(tx, before.id, actor, ['claimText']);
    const created = await tx.claim.create({
      data: {
        articleId: before.articleId,
        ...secondSel,
        claimText: secondSel.quote,
        claimType: before.claimType,
        checkworthiness: before.checkworthiness,
        speaker: before.speaker,
        assigneeId: before.assignee?.id ?? null,
        status: 'open',
      },
    });
    const first = await loadClaim(tx, before.articleId, before.id);
    const second = await loadClaim(tx, before.articleId, created.id);
    await recordAudit(tx, actor, [
      { action: 'claim.split', entityType: 'claim', entityId: first.id, before: spanView(before), after: { ...spanView(first), splitInto: second.id } },
      { action: 'claim.create', entityType: 'claim', entityId: second.id, after: { ...spanView(second), splitFrom: first.id } },
    ]);
    return { first, second };
  });
}

/**
 * Merges two claims of one article into one spanning both quotes. `claimId` survives (keeping its
 * verdict and rationale) and takes over the other's sources; the other is deleted. Both versions
 * are checked, so a merge never swallows someone's newer edit.
 */
export async function mergeClaims(actor: Actor, input: ClaimMergeInput): Promise<{ merged: ClaimDto; removedId: string }> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimMergeSchema, input);
  return prisma.$transaction(async (tx) => {
    const keep = await loadClaim(tx, data.articleId, data.claimId);
    const other = await loadClaim(tx, data.articleId, data.otherId);
    assertEditable(actor, keep);
    assertEditable(actor, other);
    if (keep.anchorState === 'orphan' || other.anchorState === 'orphan') {
      // an orphan's quote is no longer in the text: re-pick it in the revision view first
      throw new AppError('INVALID', 'An orphaned claim has no text to merge; re-pick its quote in the revision view first.');
    }
    const body = await articleBody(tx, data.articleId);
    const start = Math.min(keep.start, other.start);
    const end = Math.max(keep.end, other.end);
    if (end - start > 5000) throw new AppError('INVALID', 'A claim can be at most 5,000 characters; these claims are too far apart to merge.');
    const clash = await tx.claim.findFirst({ where: { articleId: data.articleId, start, end, id: { notIn: [keep.id, other.id] } }, select: { id: true } });
    if (clash) throw new AppError('CONFLICT', 'A claim with exactly this passage already exists.');

    // Move the other claim's sources first (ids and authors kept); a failed version check below rolls it back.
    for (const [i, source] of other.sources.entries()) {
      await tx.source.updateMany({ where: { id: source.id, claimId: other.id }, data: { claimId: keep.id, position: keep.sources.length + i } });
    }
    // The merged claim carries the other's work too, so its reviewers become the merged claim's.
    await copyContributors(tx, other.id, keep.id);
    const removed = await tx.claim.deleteMany({ where: { id: other.id, articleId: data.articleId, version: data.otherVersion } });
    if (removed.count !== 1) {
      throw new AppError('CONFLICT', 'Someone changed the other claim after you opened it; nothing was merged.', { details: { current: other } });
    }
    const sel = selectorFor(body, start, end);
    const [a, b] = keep.start <= other.start ? [keep, other] : [other, keep];
    const reworded = keep.claimText !== keep.quote || other.claimText !== other.quote;
    const claimText = reworded ? `${a.claimText} ${b.claimText}`.slice(0, 2000) : sel.quote;
    await updateIfVersion(tx, keep, data.version, {
      ...sel,
      claimText,
      checkworthiness: Math.max(keep.checkworthiness, other.checkworthiness),
      speaker: keep.speaker ?? other.speaker,
      ...reviewedBy(actor),
    });
    // The merged claim carries the other's sources as new evidence (its reviewers were copied above).
    const parts: ContributionPart[] = [...(claimText !== keep.claimText ? (['claimText'] as const) : []), ...(other.sources.length ? (['sources'] as const) : [])];
    await recordContribution(tx, keep.id, actor, parts.length ? parts : ['claimText']);
    const merged = await loadClaim(tx, keep.articleId, keep.id);
    await recordAudit(tx, actor, [
      { action: 'claim.merge', entityType: 'claim', entityId: keep.id, before: { ...spanView(keep), mergedWith: spanView(other) }, after: spanView(merged) },
      { action: 'claim.delete', entityType: 'claim', entityId: other.id, before: spanView(other), after: { mergedInto: keep.id } },
    ]);
    return { merged, removedId: other.id };
  });
}

/** Marks a claim not check-worthy: kept, hidden from the default list, and restorable. */
export async function dismissClaim(actor: Actor, input: ClaimRef): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const ref = parseInput(claimRefSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, ref.articleId, ref.claimId);
    assertEditable(actor, before);
    if (before.status === 'dismissed') throw new AppError('INVALID', 'This claim is already marked not check-worthy.');
    assertStep('dismiss', before);
    await updateIfVersion(tx, before, ref.version, { status: statusAfter('dismiss'), statusBeforeDismiss: before.status });
    const after = await loadClaim(tx, ref.articleId, ref.claimId);
    await recordAudit(tx, actor, { action: 'claim.dismiss', entityType: 'claim', entityId: after.id, before: auditView(before), after: auditView(after) });
    return after;
  });
}

/** Brings a dismissed claim back with the status it had before. */
export async function restoreClaim(actor: Actor, input: ClaimRef): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const ref = parseInput(claimRefSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, ref.articleId, ref.claimId);
    if (before.status !== 'dismissed') throw new AppError('INVALID', 'Only a dismissed claim can be restored.');
    let status = statusAfter('restore', before.statusBeforeDismiss);
    // A verdict cleared while the claim was dismissed cannot wait for second review.
    if (status === 'needs_review' && !before.verdict) status = 'in_progress';
    await updateIfVersion(tx, before, ref.version, { status, statusBeforeDismiss: null });
    const after = await loadClaim(tx, ref.articleId, ref.claimId);
    await recordAudit(tx, actor, { action: 'claim.restore', entityType: 'claim', entityId: after.id, before: auditView(before), after: auditView(after) });
    return after;
  });
}
