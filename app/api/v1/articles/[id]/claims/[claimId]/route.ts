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

/** Update with the version check: send the `version` you read; a 409 carries the newer claim. */
export const PATCH = withActor<Ctx>(async (actor, request, { params }) => {
  const { id, claimId } = await readIds(params);
  const body = await readJsonObject(request, 100_000);
  const claim = await updateClaim(actor, { ...body, articleId: id, claimId } as ClaimUpdateInput);
  return NextResponse.json({ data: claim });
});
