import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import {
  correctionSchema,
  sendBackSchema,
  startReviewSchema,
  type CorrectionInput,
  type SendBackInput,
  type StartReviewInput,
} from '@/lib/validation/collab';
import { recordAudit } from './audit';
import { assertStep, auditView, loadClaim, updateIfVersion } from './claims';
import { clearContributors, lockClaim } from './claim-reviewers';
import { isOwnWork } from '@/lib/review/four-eyes';
import { createCommentRow } from './comments';
import type { ClaimDto } from './dto';

/**
 * The status workflow beside the plain edit (updateClaim): a reviewer starts a review, an editor
 * sends a claim back with a comment or opens a correction of an approved verdict with a note.
 * Approval itself is approveClaim in claims.ts.
 */

/** open → in progress: the reviewer says they are on it (and takes the claim if nobody has it). */
export async function startReview(actor: Actor, input: StartReviewInput): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const ref = parseInput(startReviewSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, ref.articleId, ref.claimId);
    assertStep('start', before);
    const assignee = await tx.claim.findFirst({ where: { id: before.id, articleId: before.articleId }, select: { assigneeId: true } });
    await updateIfVersion(tx, before, ref.version, { status: 'in_progress', ...(assignee?.assigneeId ? {} : { assigneeId: actor.id }) });
    const after = await loadClaim(tx, ref.articleId, ref.claimId);
    await recordAudit(tx, actor, { action: 'claim.start', entityType: 'claim', entityId: after.id, before: auditView(before), after: auditView(after) });
    return after;
  });
}

/**
 * needs second review → in progress, with the editor's required comment (a Comment of kind
 * "send_back"); the claim goes back into its reviewer's queue.
 */
export async function sendBack(actor: Actor, input: SendBackInput): Promise<ClaimDto> {
  assertCan(actor, 'claim:approve');
  const data = parseInput(sendBackSchema, input);
  return prisma.$transaction(async (tx) => {
    await lockClaim(tx, data.articleId, data.claimId);
    const before = await loadClaim(tx, data.articleId, data.claimId);
    assertStep('send_back', before);
    // The same four eyes as approval: a reviewer of this verdict edits it rather than sending it back.
    if (isOwnWork(before, actor.id)) {
      throw new AppError('FORBIDDEN', 'You worked on this claim since its last approval; edit it instead of sending it back.');
    }
    const row = await tx.claim.findFirst({ where: { id: before.id, articleId: before.articleId }, select: { assigneeId: true } });
    await updateIfVersion(tx, before, data.version, { status: 'in_progress', assigneeId: before.reviewer?.id ?? row?.assigneeId ?? null });
    const comment = await createCommentRow(tx, actor, { claimId: before.id, body: data.comment, kind: 'send_back' });
    const after = await loadClaim(tx, data.articleId, data.claimId);
    await recordAudit(tx, actor, {
      action: 'claim.send_back',
      entityType: 'claim',
      entityId: after.id,
      before: auditView(before),
      after: { ...auditView(after), comment: data.comment, commentId: comment.id },
    });
    return after;
  });
}

/**
 * approved → in progress: an editor opens a correction of a published verdict. The note is
 * required, stored as a Comment of kind "correction" (shown on the claim) and in the audit event;
 * the verdict then needs a new second review.
 */
export async function openCorrection(actor: Actor, input: CorrectionInput): Promise<ClaimDto> {
  assertCan(actor, 'claim:approve');
  const data = parseInput(correctionSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, data.articleId, data.claimId);
    assertStep('correct', before);
    // A new round of review: the corrected verdict needs its own reviewers and a new second review.
    await updateIfVersion(tx, before, data.version, { status: 'in_progress', approvedById: null, approvedAt: null, reviewerId: null, reviewedAt: null });
    await clearContributors(tx, before.id);
    const comment = await createCommentRow(tx, actor, { claimId: before.id, body: data.note, kind: 'correction' });
    const after = await loadClaim(tx, data.articleId, data.claimId);
    await recordAudit(tx, actor, {
      action: 'claim.correct',
      entityType: 'claim',
      entityId: after.id,
      before: { ...auditView(before), approvedBy: before.approvedBy?.name ?? null },
      after: { ...auditView(after), approvedBy: null, note: data.note, commentId: comment.id },
    });
    return after;
  });
}
