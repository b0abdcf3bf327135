import { prisma, type Tx } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { AppError, type ErrorCode } from '@/lib/errors';
import { approvalBlockers, canStep, changedParts, STEP_FOR_STATUS, statusAfter, stepRefusal, type ApprovalBlocker, type ContributionPart, type WorkflowStep } from '@/lib/review/four-eyes';
import { DEFAULT_MIN_SOURCES } from '@/lib/validation/settings';
import { extractClaims } from '@/lib/claims';
import { selectorFor, trimRange } from '@/lib/anchoring/quote-selector';
import { claimCreateSchema, claimRefSchema, claimUpdateSchema, type ClaimCreateInput, type ClaimRef, type ClaimUpdateInput } from '@/lib/validation/claim';
import { parseInput } from '@/lib/validation/parse';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';
import { lockClaim } from './claim-reviewers';
import { readClaimRow } from './claim-row';
import { saveClaimChange, reviewersAfter, type ClaimChange } from './claim-save';
import { toClaimDto, toVerdictDto, type ClaimDto } from './dto';
import { matchClaimsAfterWrite } from './claim-matches';
import type { PendingRateLimit } from './rate-limits';

/** Loads a claim scoped by its article; never by bare id. */
export async function loadClaim(db: Tx | typeof prisma, articleId: string, claimId: string): Promise<ClaimDto> {
  const found = await readClaimRow(db, articleId, claimId);
  if (!found) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
  return toClaimDto(found.row);
}

export async function getClaim(actor: Actor, articleId: string, claimId: string): Promise<ClaimDto> {
  assertCan(actor, 'article:read');
  return loadClaim(prisma, articleId, claimId);
}

export function assertEditable(actor: Actor, claim: ClaimDto): void {
  // Approved verdicts change only through a correction with a note (review-workflow.ts openCorrection).
  if (claim.status === 'approved') {
    const how = can(actor, 'claim:approve') ? 'open a correction with a note first' : 'ask an editor to open a correction';
    throw new AppError('FORBIDDEN', `This claim is approved and locked; ${how}.`);
  }
}

/**
 * Applies `data` only if the claim still has the version the caller read; the check and the
 * write are one statement, so two saves can never both win.
 */
export async function updateIfVersion(
  tx: Tx,
  claim: ClaimDto,
  expectedVersion: number,
  data: Prisma.ClaimUncheckedUpdateManyInput,
): Promise<void> {
  const result = await tx.claim.updateMany({
    where: { id: claim.id, articleId: claim.articleId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (result.count === 1) return;
  throw conflict(await loadClaim(tx, claim.articleId, claim.id));
}

export function auditView(c: ClaimDto) {
  return {
    claimText: c.claimText,
    claimType: c.claimType,
    speaker: c.speaker,
    status: c.status,
    verdict: c.verdict?.label ?? null,
    rationale: c.rationale,
    reviewers: c.reviewers.map((r) => r.name).join(', '),
    version: c.version,
  };
}

/** The workspace's evidence rule: sources a verdict needs before approval. */
export async function minSourcesForApproval(db: Tx | typeof prisma): Promise<number> {
  const row = await db.setting.findUnique({ where: { id: 1 }, select: { minSourcesForApproval: true } });
  return row?.minSourcesForApproval ?? DEFAULT_MIN_SOURCES;
}

const BLOCKER_ERROR: Record<ApprovalBlocker['code'], ErrorCode> = {
  status: 'CONFLICT',
  own_work: 'FORBIDDEN',
  no_verdict: 'INVALID',
  no_reviewer: 'INVALID',
  sources: 'INVALID',
  rationale: 'INVALID',
};

/** Refuses an approval the four-eyes rule forbids, naming every reason (`details.blockers`). */
export function assertApprovable(claim: ClaimDto, approver: Actor, minSources: number): void {
  const blockers = approvalBlockers(
    { status: claim.status, hasVerdict: !!claim.verdict, rationale: claim.rationale, sourceCount: claim.sources.length, reviewers: claim.reviewers },
    approver.id,
    minSources,
  );
  if (blockers.length === 0) return;
  throw new AppError(BLOCKER_ERROR[blockers[0].code], blockers.map((b) => b.message).join(' '), { details: { blockers } });
}

/** Refuses a status change the workflow (TRANSITIONS) does not allow. */
export function assertStep(step: WorkflowStep, claim: ClaimDto, field?: string): void {
  const refusal = stepRefusal(step, claim.status);
  if (!refusal) return;
  throw new AppError(field ? 'INVALID' : 'CONFLICT', refusal, field ? { fields: { [field]: [refusal] } } : {});
}

const CONTENT_FIELDS = ['claimText', 'claimType', 'speaker', 'verdictId', 'rationale'] as const;

/**
 * A reviewer's edit: claim text, type, speaker, verdict, rationale, status. Whoever changes the
 * verdict, rationale or claim text (or sends the claim to second review) becomes one of its
 * reviewers; `status` moves only along the workflow (`approved` is the second review itself).
 * `rateLimit`: the API request's take from its rate limit, settled before anything is written.
 */
export async function updateClaim(actor: Actor, input: ClaimUpdateInput, options: { rateLimit?: PendingRateLimit } = {}): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimUpdateSchema, input);
  if (data.status === 'approved') {
    if (CONTENT_FIELDS.some((key) => data[key] !== undefined)) {
      const message = 'An approval changes nothing else: save the changes first; another editor then approves.';
      throw new AppError('INVALID', message, { fields: { status: [message] } });
    }
    await options.rateLimit?.take();
    return approveClaim(actor, { articleId: data.articleId, claimId: data.claimId, version: data.version });
  }
  // The claim and the verdict it is given (and the API request's rate limit): one statement. The
  // rules below are decided on this read; the write happens only if the claim still has the version
  // read (saveClaimChange), so no transaction has to hold a connection while they are checked.
  const found = await readClaimRow(prisma, data.articleId, data.claimId, { verdictId: data.verdictId, rateLimit: options.rateLimit });
  if (!found) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
  const before = toClaimDto(found.row);
  assertEditable(actor, before);
  if (data.verdictId && !found.verdict) {
    throw new AppError('INVALID', 'Choose a verdict from the scale.', { fields: { verdictId: ['Unknown verdict.'] } });
  }
  const change: ClaimChange = {};
  if (data.claimText !== undefined) change.claimText = data.claimText;
  if (data.claimType !== undefined) change.claimType = data.claimType;
  if (data.speaker !== undefined) change.speaker = data.speaker;
  if (data.rationale !== undefined) change.rationale = data.rationale;
  if (data.verdictId !== undefined) change.verdictId = data.verdictId;
  const verdictAfter = data.verdictId !== undefined ? data.verdictId : before.verdict?.id ?? null;

  let step: WorkflowStep | null = null;
  if (data.status !== undefined && data.status !== before.status) {
    step = STEP_FOR_STATUS[data.status] ?? null;
    if (!step) {
      const message = 'A claim cannot be moved back to open; start its review or mark it not check-worthy.';
      throw new AppError('INVALID', message, { fields: { status: [message] } });
    }
    assertStep(step, before, 'status');
  } else if (data.status === undefined && verdictAfter && canStep('submit', before.status) && before.status !== 'needs_review') {
    step = 'submit'; // saving a verdict sends the claim to second review
  }
  const status = step ? statusAfter(step) : before.status;
  if (status === 'needs_review' && !verdictAfter) {
    throw new AppError('INVALID', 'Set a verdict before sending the claim to second review.', { fields: { verdictId: ['Required for review.'] } });
  }
  if (status !== before.status) change.status = status;
  if (step === 'dismiss') change.statusBeforeDismiss = before.status;

  const parts: ContributionPart[] = changedParts(
    { verdictId: before.verdict?.id ?? null, rationale: before.rationale, claimText: before.claimText },
    { verdictId: verdictAfter, rationale: data.rationale !== undefined ? data.rationale : before.rationale, claimText: data.claimText ?? before.claimText },
  );
  if (step === 'submit') parts.push('submitted');
  if (parts.length > 0) change.reviewerId = actor.id;
  if (data.version !== before.version) throw conflict(before);

  // The claim as the write leaves it, known without reading it back.
  const now = new Date().toISOString();
  const after: ClaimDto = {
    ...before,
    ...pick(change, ['claimText', 'claimType', 'speaker', 'rationale', 'status', 'statusBeforeDismiss']),
    verdict: data.verdictId !== undefined ? (found.verdict && toVerdictDto(found.verdict)) : before.verdict,
    reviewer: parts.length > 0 ? { id: actor.id, name: actor.name } : before.reviewer,
    reviewers: reviewersAfter(before.reviewers, actor, parts, now),
    reviewedAt: parts.length > 0 ? now : before.reviewedAt,
    version: before.version + 1,
    updatedAt: now,
  };
  const saved = await saveClaimChange({
    claim: before, expectedVersion: data.version, change, actor, parts, now,
    audit: { action: 'claim.update', before: auditView(before), after: auditView(after) },
  });
  if (!saved) throw conflict(await loadClaim(prisma, data.articleId, data.claimId));
  return { ...after, ...saved };
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** The refusal of a save that started from an older version; `details.current` holds the newer claim. */
function conflict(current: ClaimDto): AppError {
  const who = current.reviewer?.name ? ` (last reviewer: ${current.reviewer.name})` : '';
  return new AppError('CONFLICT', `Someone else saved this claim after you opened it${who}. Your changes were not saved; review the newer version below.`, {
    details: { current },
  });
}

/**
 * The second review. Only a claim waiting for it can be approved, only by an editor who has not
 * set or changed its verdict, rationale, claim text or sources since its last approval, and only
 * with the evidence the workspace asks for (sources, a rationale). See lib/review/four-eyes.ts.
 */
export async function approveClaim(actor: Actor, input: ClaimRef): Promise<ClaimDto> {
  assertCan(actor, 'claim:approve');
  const ref = parseInput(claimRefSchema, input);
  return prisma.$transaction(async (tx) => {
    // Sources and reviewers change under the same lock, so what is checked is what gets approved.
    await lockClaim(tx, ref.articleId, ref.claimId);
    const before = await loadClaim(tx, ref.articleId, ref.claimId);
    if (before.version !== ref.version) {
      throw new AppError('CONFLICT', 'This claim changed after you opened it; review the newer version before approving it.', { details: { current: before } });
    }
    assertApprovable(before, actor, await minSourcesForApproval(tx));
    await updateIfVersion(tx, before, ref.version, { status: 'approved', approvedById: actor.id, approvedAt: new Date() });
    const after = await loadClaim(tx, ref.articleId, ref.claimId);
    await recordAudit(tx, actor, {
      action: 'claim.approve',
      entityType: 'claim',
      entityId: after.id,
      before: auditView(before),
      after: { ...auditView(after), approvedBy: actor.name, sources: after.sources.length },
    });
    return after;
  });
}

/** Creates a claim from a span the reviewer selected in the article. */
export async function createClaim(actor: Actor, input: ClaimCreateInput): Promise<ClaimDto> {
  assertCan(actor, 'claim:review');
  const data = parseInput(claimCreateSchema, input);
  const created = await prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, body: true } });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
    if (data.end > article.body.length) throw new AppError('INVALID', 'The selection is outside the article text.');
    const range = trimRange(article.body, data.start, data.end);
    if (range.end - range.start < 3) throw new AppError('INVALID', 'Select at least a few words of the article.');
    if (range.end - range.start > 5000) throw new AppError('INVALID', 'A claim can be at most 5,000 characters; select less text.');
    const existing = await tx.claim.findFirst({ where: { articleId: article.id, start: range.start, end: range.end }, select: { id: true } });
    if (existing) throw new AppError('CONFLICT', 'This exact passage is already a claim.');
    const selector = selectorFor(article.body, range.start, range.end);
    const unit = extractClaims(selector.quote).find((u) => u.kind === 'sentence');
    const created = await tx.claim.create({
      data: {
        articleId: article.id,
        ...selector,
        claimText: selector.quote,
        claimType: unit && unit.claimType !== 'not_claim' ? unit.claimType : 'other',
        checkworthiness: unit?.checkworthiness ?? 0,
        speaker: unit?.speaker ?? null,
        status: 'open',
      },
    });
    const after = await loadClaim(tx, article.id, created.id);
    await recordAudit(tx, actor, { action: 'claim.create', entityType: 'claim', entityId: after.id, after: { ...auditView(after), start: after.start, end: after.end } });
    return after;
  });
  // "Checked before": the new claim is compared with earlier checks once it is stored.
  await matchClaimsAfterWrite(actor, created.articleId, [created.id]);
  return loadClaim(prisma, created.articleId, created.id);
}

export async function deleteClaim(actor: Actor, input: ClaimRef): Promise<void> {
  assertCan(actor, 'claim:review');
  const ref = parseInput(claimRefSchema, input);
  await prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, ref.articleId, ref.claimId);
    assertEditable(actor, before);
    const result = await tx.claim.deleteMany({ where: { id: ref.claimId, articleId: ref.articleId, version: ref.version } });
    if (result.count !== 1) {
      throw new AppError('CONFLICT', 'Someone changed this claim after you opened it; it was not deleted.', { details: { current: before } });
    }
    await recordAudit(tx, actor, { action: 'claim.delete', entityType: 'claim', entityId: ref.claimId, before: { ...auditView(before), quote: before.quote } });
  });
}

/** Audit events of one claim, newest first. */
export async function claimHistory(actor: Actor, articleId: string, claimId: string) {
  assertCan(actor, 'article:read');
  await loadClaim(prisma, articleId, claimId);
  const events = await prisma.auditEvent.findMany({
    where: { entityType: 'claim', entityId: claimId },
    orderBy: { createdAt: 'desc' },
    include: { actor: { select: { name: true } } },
    take: 200,
  });
  return events.map((e) => ({ id: e.id, action: e.action, actor: e.actor?.name ?? 'system', at: e.createdAt.toISOString(), before: e.before, after: e.after }));
}
