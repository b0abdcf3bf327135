import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { listRevisions } from '@/lib/services/revision-view';

type Ctx = { params: Promise<{ id: string }> };

export const GET = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id } = await readIds(params);
  return NextResponse.json({ data: await listRevisions(actor, id) });
});
