import { NextResponse } from 'next/server';
import { checkedQuery, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { listClaims } from '@/lib/services/claim-list';
import { claimListQuerySchema } from '@/lib/validation/api-query';

type Ctx = { params: Promise<{ id: string }> };

/** GET ?status=&verdict=&assignee=&claimType=&minCheckworthiness=&hasSources=&limit=&cursor= → { data, nextCursor } */
export const GET = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  return NextResponse.json(await listClaims(actor, id, checkedQuery(claimListQuerySchema, request)));
});
