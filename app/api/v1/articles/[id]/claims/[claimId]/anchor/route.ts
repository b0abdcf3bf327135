import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { resolveAnchor } from '@/lib/services/article-revisions';
import type { AnchorResolveInput } from '@/lib/validation/revision';

type Ctx = { params: Promise<{ id: string; claimId: string }> };

/** Settles a flagged or orphaned claim: `{ version }` accepts the proposed quote, `{ version, start, end }` re-picks it. */
export const POST = withActor<Ctx>(async (actor, request, { params }) => {
  const { id, claimId } = await readIds(params);
  const body = await readJsonObject(request, 10_000);
  return NextResponse.json({ data: await resolveAnchor(actor, { ...body, articleId: id, claimId } as AnchorResolveInput) });
});
