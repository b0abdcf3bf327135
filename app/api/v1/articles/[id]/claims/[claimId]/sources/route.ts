import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { getClaim } from '@/lib/services/claims';
import { addSource } from '@/lib/services/sources';
import type { SourceCreateInput } from '@/lib/validation/claim';

type Ctx = { params: Promise<{ id: string; claimId: string }> };

/** A claim's sources in their order (a claim has few: no pagination). */
export const GET = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id, claimId } = await readIds(params);
  const claim = await getClaim(actor, id, claimId);
  return NextResponse.json({ data: claim.sources });
});

export const POST = withActor<Ctx>(async (actor, request, { params }) => {
  const { id, claimId } = await readIds(params);
  const body = await readJsonObject(request, 100_000);
  const { source, claimVersion } = await addSource(actor, { ...body, articleId: id, claimId } as SourceCreateInput);
  // A source change bumps the claim's version: the header gives it, for the next PATCH of the claim.
  return NextResponse.json(
    { data: source },
    { status: 201, headers: { Location: `/api/v1/articles/${id}/claims/${claimId}/sources/${source.id}`, 'X-Claim-Version': String(claimVersion) } },
  );
});
