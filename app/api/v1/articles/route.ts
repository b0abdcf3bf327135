import { NextResponse } from 'next/server';
import { checkedQuery, readJsonObject, withActor } from '@/lib/http/handler';
import { createArticle } from '@/lib/services/articles';
import { listArticlePage } from '@/lib/services/article-list';
import { articleListQuerySchema } from '@/lib/validation/api-query';
import type { ArticleInput } from '@/lib/validation/article';

/** GET ?limit=&cursor=&sort=&status=… → { data, nextCursor }: a page of the article list (lib/services/article-list.ts). */
export const GET = withActor(async (actor, request) => NextResponse.json(await listArticlePage(actor, checkedQuery(articleListQuerySchema, request))));

export const POST = withActor(async (actor, request) => {
  const body = (await readJsonObject(request)) as ArticleInput;
  const created = await createArticle(actor, body);
  return NextResponse.json({ data: created }, { status: 201, headers: { Location: `/api/v1/articles/${created.id}` } });
});
