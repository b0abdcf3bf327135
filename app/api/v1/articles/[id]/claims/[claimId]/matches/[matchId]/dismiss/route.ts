import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { dismissClaimMatch } from '@/lib/services/claim-matches';

type Ctx = { params: Promise<{ id: string; claimId: string; matchId: string }> };

/** Dismisses a suggestion for good (not shown again on this claim); answers the claim. */
export const POST = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id, claimId, matchId } = await readIds(params);
  return NextResponse.json({ data: await dismissClaimMatch(actor, { articleId: id, claimId, matchId }) });
});
