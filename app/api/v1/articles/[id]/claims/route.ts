import { NextResponse } from 'next/server';
import { checkedQuery, readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { listClaims } from '@/lib/services/claim-list';
import { createClaim } from '@/lib/services/claims';
import type { ClaimCreateInput } from '@/lib/validation/claim';
import { claimListQuerySchema } from '@/lib/validation/api-query';

type Ctx = { params: Promise<{ id: string }> };

/** GET ?status=&verdict=&assignee=&claimType=&minCheckworthiness=&hasSources=&limit=&cursor= → { data, nextCursor } */
export const GET = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  return NextResponse.json(await listClaims(actor, id, checkedQuery(claimListQuerySchema, request)));
});

/** { start, end } → 201 { data: claim }: a claim from a passage of the article (as "Add claim from selection"). */
export const POST = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  const body = await readJsonObject(request, 10_000);
  const claim = await createClaim(actor, { start: body.start, end: body.end, articleId: id } as ClaimCreateInput);
  return NextResponse.json({ data: claim }, { status: 201, headers: { Location: `/api/v1/articles/${id}/claims/${claim.id}` } });
});
