'use server';
import { runAction } from '@/lib/http/action';
import { dismissClaimMatch, linkClaimMatch, listClaimMatches } from '@/lib/services/claim-matches';
import type { ClaimMatchDismissInput, ClaimMatchLinkInput, ClaimMatchListInput } from '@/lib/validation/claim-match';

// "Checked before": thin adapters over lib/services/claim-matches.ts (session, rate limit, input check there).

export async function claimMatchesAction(input: ClaimMatchListInput) {
  return runAction((actor) => listClaimMatches(actor, input), { input });
}

export async function linkClaimMatchAction(input: ClaimMatchLinkInput) {
  return runAction((actor) => linkClaimMatch(actor, input), { input });
}

export async function dismissClaimMatchAction(input: ClaimMatchDismissInput) {
  return runAction((actor) => dismissClaimMatch(actor, input), { input });
}
