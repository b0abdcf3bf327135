import { NextResponse } from 'next/server';
import { readJson, withActor } from '@/lib/http/handler';
import { createArticle, listArticles } from '@/lib/services/articles';
import type { ArticleInput } from '@/lib/validation/article';

export const GET = withActor(async (actor) => NextResponse.json({ data: await listArticles(actor) }));

export const POST = withActor(async (actor, request) => {
  const body = (await readJson(request)) as ArticleInput;
  const created = await createArticle(actor, body);
  return NextResponse.json({ data: created }, { status: 201, headers: { Location: `/api/v1/articles/${created.id}` } });
});
