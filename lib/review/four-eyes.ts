/**
 * The review workflow and the four-eyes rule, stated once (pure: the services enforce it, the claim
 * panel explains it with the same words).
 */

export type ClaimStatus = 'open' | 'in_progress' | 'needs_review' | 'approved' | 'dismissed';

/** The steps that change a claim's status. */
export type WorkflowStep = 'start' | 'submit' | 'approve' | 'send_back' | 'correct' | 'dismiss' | 'restore';

/**
 * Every status change there is: the step, the statuses it may start from, and where it leads
 * (`restore` goes back to the status the claim had before it was dismissed).
 */
export const TRANSITIONS: Record<WorkflowStep, { from: readonly ClaimStatus[]; to: ClaimStatus | 'previous' }> = {
  start: { from: ['open'], to: 'in_progress' },
  submit: { from: ['open', 'in_progress', 'needs_review'], to: 'needs_review' },
  approve: { from: ['needs_review'], to: 'approved' },
  send_back: { from: ['needs_review'], to: 'in_progress' },
  correct: { from: ['approved'], to: 'in_progress' },
  dismiss: { from: ['open', 'in_progress', 'needs_review'], to: 'dismissed' },
  restore: { from: ['dismissed'], to: 'previous' },
};

/** The step a requested `status` in a claim update (PATCH, the claim form) stands for. */
export const STEP_FOR_STATUS: Partial<Record<ClaimStatus, WorkflowStep>> = {
  in_progress: 'start',
  needs_review: 'submit',
  approved: 'approve',
  dismissed: 'dismiss',
};

const STEP_MESSAGE: Record<WorkflowStep, string> = {
  start: 'Only an open claim can be started',
  submit: 'Only an open or in-progress claim can be sent to second review',
  approve: 'Only a claim waiting for second review can be approved',
  send_back: 'Only a claim waiting for second review can be sent back',
  correct: 'Only an approved claim needs a correction; edit this one directly',
  dismiss: 'Only an open, in-progress or waiting claim can be marked not check-worthy',
  restore: 'Only a dismissed claim can be restored',
};

const STATUS_NAME: Record<ClaimStatus, string> = {
  open: 'open',
  in_progress: 'in progress',
  needs_review: 'waiting for second review',
  approved: 'approved',
  dismissed: 'dismissed',
};

/** Whether `step` may run on a claim in `status`. */
export function canStep(step: WorkflowStep, status: ClaimStatus): boolean {
  return TRANSITIONS[step].from.includes(status);
}

/** Why `step` may not run on a claim in `status`, or null when it may. */
export function stepRefusal(step: WorkflowStep, status: ClaimStatus): string | null {
  return canStep(step, status) ? null : `${STEP_MESSAGE[step]}; this one is ${STATUS_NAME[status]}.`;
}

/** Where `step` leads from `status` (assumed allowed); a restore needs the status before dismissal. */
export function statusAfter(step: WorkflowStep, previous?: ClaimStatus | null): ClaimStatus {
  const to = TRANSITIONS[step].to;
  if (to !== 'previous') return to;
  // A dismissal never keeps an approval: a claim dismissed while approved comes back for a new review.
  const back = previous ?? 'open';
  return back === 'approved' ? 'needs_review' : back;
}

/** What a person changed on a claim, which makes them one of its reviewers. */
export type ContributionPart = 'verdict' | 'rationale' | 'claimText' | 'sources' | 'submitted';

export const PART_LABEL: Record<ContributionPart, string> = {
  verdict: 'the verdict',
  rationale: 'the rationale',
  claimText: 'the claim text',
  sources: 'the sources',
  submitted: 'sent it to second review',
};

/** Which of the four-eyes inputs differ between two states of a claim. */
export function changedParts(
  before: { verdictId: string | null; rationale: string | null; claimText: string },
  after: { verdictId: string | null; rationale: string | null; claimText: string },
): ContributionPart[] {
  const parts: ContributionPart[] = [];
  if (before.verdictId !== after.verdictId) parts.push('verdict');
  if ((before.rationale ?? '') !== (after.rationale ?? '')) parts.push('rationale');
  if (before.claimText !== after.claimText) parts.push('claimText');
  return parts;
}

export type ApprovalBlocker = {
  code: 'status' | 'no_verdict' | 'own_work' | 'no_reviewer' | 'sources' | 'rationale';
  message: string;
};

export type ApprovalFacts = {
  status: ClaimStatus;
  hasVerdict: boolean;
  rationale: string | null;
  sourceCount: number;
  /** Everyone who set or changed the verdict, rationale, claim text or sources since the last approval. */
  reviewers: { id: string; parts: readonly string[] }[];
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const listed = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function ownWorkMessage(parts: readonly string[]): string {
  const changed = parts.filter((p): p is Exclude<ContributionPart, 'submitted'> => p !== 'submitted' && p in PART_LABEL).map((p) => PART_LABEL[p]);
  const did = [...(changed.length ? [`changed ${listed(changed)}`] : []), ...(parts.includes('submitted') ? ['sent it to second review'] : [])];
  const what = did.length ? `You ${listed(did)}` : 'You worked on this claim';
  return `${what} since its last approval; another editor must give the second review.`;
}

/**
 * Everything that stands between `approverId` and approving the claim, in the order a person
 * would fix them (empty when the approval may go ahead). The service refuses with the first
 * blocker's message; the panel lists them all next to a disabled Approve button.
 */
export function approvalBlockers(facts: ApprovalFacts, approverId: string, minSources: number): ApprovalBlocker[] {
  const blockers: ApprovalBlocker[] = [];
  const status = stepRefusal('approve', facts.status);
  if (status) blockers.push({ code: 'status', message: status });
  const own = facts.reviewers.find((r) => r.id === approverId);
  if (own) blockers.push({ code: 'own_work', message: ownWorkMessage(own.parts) });
  if (!facts.hasVerdict) blockers.push({ code: 'no_verdict', message: 'Set a verdict first.' });
  else if (facts.reviewers.length === 0) {
    blockers.push({ code: 'no_reviewer', message: 'Nobody is recorded as having reviewed this verdict; a reviewer must save it first.' });
  }
  if (facts.sourceCount < minSources) {
    blockers.push({
      code: 'sources',
      message: `A verdict needs at least ${plural(minSources, 'source', 'sources')} before approval; this claim has ${facts.sourceCount}.`,
    });
  }
  if (!facts.rationale?.trim()) blockers.push({ code: 'rationale', message: 'A verdict needs a rationale before approval.' });
  return blockers;
}

/**
 * What the sources panel says about the workspace's minimum (`Setting.minSourcesForApproval`):
 * nothing when the minimum is 0 or already met.
 */
export function sourceMinimumHint(sourceCount: number, minSources: number): string | null {
  if (minSources <= 0 || sourceCount >= minSources) return null;
  const needs = `A verdict needs at least ${plural(minSources, 'source', 'sources')} before approval`;
  return sourceCount === 0 ? `${needs}.` : `${needs}; this claim has ${sourceCount}.`;
}

/** Whether the person is one of the claim's reviewers since its last approval (they may neither approve nor send it back). */
export function isOwnWork(facts: Pick<ApprovalFacts, 'reviewers'>, personId: string): boolean {
  return facts.reviewers.some((r) => r.id === personId);
}
