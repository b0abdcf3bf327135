import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/validation/parse';
import { pageQuerySchema } from '@/lib/validation/api-query';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ArticleSummary } from './articles';
import { decodeCursor, toPage, type Page } from './cursor';
import { reviewProgress } from './review-progress';

/**
 * Articles newest first, a page at a time (keyset on createdAt and id, so pages never repeat or
 * skip a row while articles are added), each with its review progress.
 */
export async function listArticlePage(actor: Actor, query: { limit?: unknown; cursor?: unknown }): Promise<Page<ArticleSummary>> {
  assertCan(actor, 'article:read');
  const { limit, cursor } = parseInput(pageQuerySchema, query);
  let where: Prisma.ArticleWhereInput = {};
  if (cursor) {
    const [at, id] = decodeCursor(cursor, ['date', 'id']);
    const createdAt = new Date(at);
    where = { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
  }
  const rows = await prisma.article.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, title: true, outlet: true, createdAt: true, addedBy: { select: { name: true } } },
  });
  const byArticle = await reviewProgress(rows.slice(0, limit).map((r) => r.id));
  return toPage(
    rows,
    limit,
    (a) => [a.createdAt.toISOString(), a.id],
    (a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      createdAt: a.createdAt.toISOString(),
      addedBy: a.addedBy.name,
      counts: byArticle.get(a.id) ?? { total: 0, reviewed: 0, approved: 0 },
    }),
  );
}
