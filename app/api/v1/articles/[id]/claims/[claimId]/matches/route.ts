import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { listClaimMatches } from '@/lib/services/claim-matches';

type Ctx = { params: Promise<{ id: string; claimId: string }> };

/** The claim's "checked before" suggestions (not dismissed): earlier approved claims and imported ClaimReviews. */
export const GET = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id, claimId } = await readIds(params);
  return NextResponse.json({ data: await listClaimMatches(actor, { articleId: id, claimId }) });
});
