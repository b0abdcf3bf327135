'use server';
import { runAction } from '@/lib/http/action';
import { approveClaim, createClaim, deleteClaim, updateClaim } from '@/lib/services/claims';
import { addSource, removeSource, reorderSources, updateSource } from '@/lib/services/sources';
import { dismissClaim, mergeClaims, restoreClaim, splitClaim } from '@/lib/services/claim-edits';
import type { ClaimMergeInput, ClaimSplitInput } from '@/lib/validation/claim-edit';
import { setClaimPublicUrl } from '@/lib/services/claim-public-url';
import type { ClaimPublicUrlInput } from '@/lib/validation/public-url';
import type { ClaimCreateInput, ClaimRef, ClaimUpdateInput, SourceCreateInput, SourceReorderInput, SourceUpdateInput } from '@/lib/validation/claim';

// Thin adapters: each one loads the session (runAction) and calls one service, which validates and checks permissions.

export async function updateClaimAction(input: ClaimUpdateInput) {
  return runAction((actor) => updateClaim(actor, input), { input });
}

export async function approveClaimAction(input: ClaimRef) {
  return runAction((actor) => approveClaim(actor, input), { input });
}

export async function createClaimAction(input: ClaimCreateInput) {
  return runAction((actor) => createClaim(actor, input), { input });
}

export async function deleteClaimAction(input: ClaimRef) {
  return runAction(async (actor) => {
    await deleteClaim(actor, input);
    return { id: input.claimId };
  }, { input });
}

export async function addSourceAction(input: SourceCreateInput) {
  return runAction((actor) => addSource(actor, input), { input });
}

export async function updateSourceAction(input: SourceUpdateInput) {
  return runAction((actor) => updateSource(actor, input), { input });
}

export async function removeSourceAction(input: { articleId: string; claimId: string; sourceId: string }) {
  return runAction(async (actor) => {
    const { claimVersion } = await removeSource(actor, input);
    return { id: input.sourceId, claimVersion };
  }, { input });
}

export async function splitClaimAction(input: ClaimSplitInput) {
  return runAction((actor) => splitClaim(actor, input), { input });
}

export async function mergeClaimsAction(input: ClaimMergeInput) {
  return runAction((actor) => mergeClaims(actor, input), { input });
}

export async function dismissClaimAction(input: ClaimRef) {
  return runAction((actor) => dismissClaim(actor, input), { input });
}

export async function restoreClaimAction(input: ClaimRef) {
  return runAction((actor) => restoreClaim(actor, input), { input });
}

export async function reorderSourcesAction(input: SourceReorderInput) {
  return runAction((actor) => reorderSources(actor, input), { input });
}

export async function setClaimPublicUrlAction(input: ClaimPublicUrlInput) {
  return runAction((actor) => setClaimPublicUrl(actor, input), { input });
}
