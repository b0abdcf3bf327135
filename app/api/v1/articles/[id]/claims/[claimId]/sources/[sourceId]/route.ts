import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { removeSource, updateSource } from '@/lib/services/sources';
import type { SourceUpdateInput } from '@/lib/validation/claim';

type Ctx = { params: Promise<{ id: string; claimId: string; sourceId: string }> };

/** Replaces the source's fields (send all of them, as for adding). */
export const PUT = withActor<Ctx>(async (actor, request, { params }) => {
  const { id, claimId, sourceId } = await readIds(params);
  const body = await readJsonObject(request, 100_000);
  const { source, claimVersion } = await updateSource(actor, { ...body, articleId: id, claimId, sourceId } as SourceUpdateInput);
  return NextResponse.json({ data: source }, { headers: { 'X-Claim-Version': String(claimVersion) } });
});

export const DELETE = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id, claimId, sourceId } = await readIds(params);
  const { claimVersion } = await removeSource(actor, { articleId: id, claimId, sourceId });
  return new NextResponse(null, { status: 204, headers: { 'X-Claim-Version': String(claimVersion) } });
});
