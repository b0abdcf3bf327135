import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { refetchArticle } from '@/lib/services/article-revisions';
import type { ArticleRefetchInput } from '@/lib/validation/revision';

type Ctx = { params: Promise<{ id: string }> };

/** Fetches the article again from its URL and stores it as a new revision: `{ version }`. */
export const POST = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  const body = await readJsonObject(request, 10_000);
  return NextResponse.json({ data: await refetchArticle(actor, { ...body, articleId: id } as ArticleRefetchInput) }, { status: 201 });
});
