import { NextResponse } from 'next/server';
import { checkedQuery, readJsonObject, withActor } from '@/lib/http/handler';
import { createArticle } from '@/lib/services/articles';
import { listArticlePage } from '@/lib/services/article-list';
import { pageQuerySchema } from '@/lib/validation/api-query';
import type { ArticleInput } from '@/lib/validation/article';

/** GET ?limit=&cursor= → { data, nextCursor }, newest first. */
export const GET = withActor(async (actor, request) => NextResponse.json(await listArticlePage(actor, checkedQuery(pageQuerySchema, request))));

export const POST = withActor(async (actor, request) => {
  const body = (await readJsonObject(request)) as ArticleInput;
  const created = await createArticle(actor, body);
  return NextResponse.json({ data: created }, { status: 201, headers: { Location: `/api/v1/articles/${created.id}` } });
});
