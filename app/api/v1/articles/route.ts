import { NextResponse } from 'next/server';
import { checkedQuery, readJsonObject, withActor } from '@/lib/http/handler';
import { createArticle } from '@/lib/services/articles';
import { createArticleFromUrl } from '@/lib/services/article-import';
import { listArticlePage } from '@/lib/services/article-list';
import { articleListQuerySchema } from '@/lib/validation/api-query';
import type { ArticleInput } from '@/lib/validation/article';

/** GET ?limit=&cursor=&sort=&status=… → { data, nextCursor }: a page of the article list (lib/services/article-list.ts). */
export const GET = withActor(async (actor, request) => NextResponse.json(await listArticlePage(actor, checkedQuery(articleListQuerySchema, request))));

/** `{ title, body, … }` stores the text; `{ url }` without a body fetches the page first (title and the rest from the page unless given). */
export const POST = withActor(async (actor, request) => {
  const body = (await readJsonObject(request)) as ArticleInput;
  const fromLink = body.body === undefined && typeof body.url === 'string';
  const created = fromLink ? await createArticleFromUrl(actor, { ...body, url: body.url as string }) : await createArticle(actor, body);
  return NextResponse.json({ data: created }, { status: 201, headers: { Location: `/api/v1/articles/${created.id}` } });
});
