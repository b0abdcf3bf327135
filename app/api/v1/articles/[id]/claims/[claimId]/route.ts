import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { getClaim, updateClaim } from '@/lib/services/claims';
import type { ClaimUpdateInput } from '@/lib/validation/claim';

type Ctx = { params: Promise<{ id: string; claimId: string }> };

export const GET = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id, claimId } = await readIds(params);
  return NextResponse.json({ data: await getClaim(actor, id, claimId) });
});

/**
 * Update with the version check: send the `version` you read; a 409 carries the newer claim. The
 * request is taken from the rate limit in the statement that reads the claim (one round trip less).
 */
export const PATCH = withActor<Ctx>(async (actor, request, { params }, limit) => {
  const { id, claimId } = await readIds(params);
  const body = await readJsonObject(request, 100_000);
  const claim = await updateClaim(actor, { ...body, articleId: id, claimId } as ClaimUpdateInput, { rateLimit: limit });
  return NextResponse.json({ data: claim });
}, { rateLimitWithFirstRead: true });
