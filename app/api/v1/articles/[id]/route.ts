import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { deleteArticle, getArticle } from '@/lib/services/articles';

type Ctx = { params: Promise<{ id: string }> };

export const GET = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id } = await readIds(params);
  return NextResponse.json({ data: await getArticle(actor, id) });
});

export const DELETE = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id } = await readIds(params);
  await deleteArticle(actor, id);
  return new NextResponse(null, { status: 204 });
});
