import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { articleVersions } from '@/lib/services/claim-versions';

type Ctx = { params: Promise<{ id: string }> };

/**
 * `{ data: { versions: { [claimId]: version }, updatedAt } }`: what an open article page polls to
 * notice changes made elsewhere. Answers 304 when nothing changed since the ETag the client sent.
 */
export const GET = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  const data = await articleVersions(actor, id);
  let sum = 0;
  for (const v of Object.values(data.versions)) sum += v;
  const etag = `W/"${Object.keys(data.versions).length}-${sum}-${data.updatedAt ?? 0}"`;
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (request.headers.get('if-none-match') === etag) return new NextResponse(null, { status: 304, headers });
  return NextResponse.json({ data }, { headers });
});
