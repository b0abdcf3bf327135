import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { deleteArticle, getArticle } from '@/lib/services/articles';
import { editArticle } from '@/lib/services/article-revisions';
import type { ArticleEditInput } from '@/lib/validation/revision';

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

/** Edit metadata and text with the article's `version`; a changed text becomes a new revision (claims re-anchored). */
export const PATCH = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  const body = await readJsonObject(request);
  return NextResponse.json({ data: await editArticle(actor, { ...body, articleId: id } as ArticleEditInput) });
});
