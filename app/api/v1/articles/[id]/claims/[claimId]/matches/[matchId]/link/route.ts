import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { linkClaimMatch } from '@/lib/services/claim-matches';

type Ctx = { params: Promise<{ id: string; claimId: string; matchId: string }> };

/** `{ version }`: links the claim to the earlier check and reuses its verdict, rationale and sources (then second review). */
export const POST = withActor<Ctx>(async (actor, request, { params }) => {
  const { id, claimId, matchId } = await readIds(params);
  const body = await readJsonObject(request, 10_000);
  const claim = await linkClaimMatch(actor, { version: body.version as number, articleId: id, claimId, matchId });
  return NextResponse.json({ data: claim });
});
