'use server';
import { runAction } from '@/lib/http/action';
import { claimCollaboration } from '@/lib/services/collaboration';
import { addComment } from '@/lib/services/comments';
import { assignArticle, assignClaim } from '@/lib/services/assignments';
import { openCorrection, sendBack, startReview } from '@/lib/services/review-workflow';
import { changedClaims } from '@/lib/services/claim-versions';
import type {
  AssignArticleInput,
  AssignClaimInput,
  ClaimIdsInput,
  CommentCreateInput,
  CorrectionInput,
  SendBackInput,
  StartReviewInput,
} from '@/lib/validation/collab';

// Thin adapters for the collaboration part of the claim panel: session (runAction) + one service.

export async function claimCollaborationAction(input: { articleId: string; claimId: string }) {
  return runAction((actor) => claimCollaboration(actor, String(input.articleId), String(input.claimId)), { input });
}

export async function addCommentAction(input: CommentCreateInput) {
  return runAction((actor) => addComment(actor, input), { input });
}

export async function assignClaimAction(input: AssignClaimInput) {
  return runAction((actor) => assignClaim(actor, input), { input });
}

export async function assignArticleAction(input: AssignArticleInput) {
  return runAction((actor) => assignArticle(actor, input), { input });
}

export async function startReviewAction(input: StartReviewInput) {
  return runAction((actor) => startReview(actor, input), { input });
}

export async function sendBackAction(input: SendBackInput) {
  return runAction((actor) => sendBack(actor, input), { input });
}

export async function openCorrectionAction(input: CorrectionInput) {
  return runAction((actor) => openCorrection(actor, input), { input });
}

export async function changedClaimsAction(input: ClaimIdsInput) {
  return runAction((actor) => changedClaims(actor, input), { input });
}
