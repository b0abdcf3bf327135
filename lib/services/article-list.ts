import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/validation/parse';
import { articleListQuerySchema, type ArticleListInput, type ArticleListQuery } from '@/lib/validation/api-query';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ArticleSummary } from './articles';
import { decodeCursor, toPage, type Page } from './cursor';
import { reviewProgress } from './review-progress';

const DAY_MS = 86_400_000;

/** The list's filters as a Prisma condition: claim filters mean "has at least one such claim". */
function articleFilter(actor: Actor, q: ArticleListQuery): Prisma.ArticleWhereInput[] {
  const and: Prisma.ArticleWhereInput[] = [];
  if (q.outlet) and.push({ outlet: { contains: q.outlet, mode: 'insensitive' } });
  if (q.addedBy) and.push({ addedById: q.addedBy === 'me' ? actor.id : q.addedBy });
  if (q.from) and.push({ createdAt: { gte: new Date(`${q.from}T00:00:00.000Z`) } });
  if (q.to) and.push({ createdAt: { lt: new Date(new Date(`${q.to}T00:00:00.000Z`).getTime() + DAY_MS) } });
  const claim: Prisma.ClaimWhereInput = {};
  if (q.status?.length) claim.status = { in: q.status };
  if (q.verdict) claim.verdictId = q.verdict === 'none' ? null : q.verdict;
  if (q.assignee) claim.assigneeId = q.assignee === 'none' ? null : q.assignee === 'me' ? actor.id : q.assignee;
  if (Object.keys(claim).length) and.push({ claims: { some: claim } });
  return and;
}

type Sorted = { orderBy: Prisma.ArticleOrderByWithRelationInput[]; after: (cursor: string) => Prisma.ArticleWhereInput; key: (a: { createdAt: Date; title: string; id: string }) => (string | number)[] };

/** Each sort, its order and its keyset: the sort value and the id, so pages never repeat or skip a row. */
const SORTS: Record<ArticleListQuery['sort'], Sorted> = {
  newest: {
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    after: (cursor) => {
      const [at, id] = decodeCursor(cursor, ['date', 'id']);
      const createdAt = new Date(at);
      return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
    },
    key: (a) => [a.createdAt.toISOString(), a.id],
  },
  oldest: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    after: (cursor) => {
      const [at, id] = decodeCursor(cursor, ['date', 'id']);
      const createdAt = new Date(at);
      return { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] };
    },
    key: (a) => [a.createdAt.toISOString(), a.id],
  },
  title: {
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    after: (cursor) => {
      const [title, id] = decodeCursor(cursor, ['text', 'id']);
      return { OR: [{ title: { gt: title } }, { title, id: { gt: id } }] };
    },
    key: (a) => [a.title, a.id],
  },
};

/**
 * Articles a page at a time (keyset pagination: stable while articles are added), sorted newest
 * first, oldest first or by title, filtered by outlet, who added them, when, and their claims'
 * status, verdict or assignee; each with its review progress.
 */
export async function listArticlePage(actor: Actor, query: ArticleListInput): Promise<Page<ArticleSummary>> {
  assertCan(actor, 'article:read');
  const q = parseInput(articleListQuerySchema, query);
  const sort = SORTS[q.sort];
  const and = articleFilter(actor, q);
  if (q.cursor) and.push(sort.after(q.cursor));
  const rows = await prisma.article.findMany({
    where: and.length ? { AND: and } : {},
    orderBy: sort.orderBy,
    take: q.limit + 1,
    select: { id: true, title: true, outlet: true, createdAt: true, addedBy: { select: { name: true } } },
  });
  const byArticle = await reviewProgress(rows.slice(0, q.limit).map((r) => r.id));
  return toPage(rows, q.limit, sort.key, (a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    createdAt: a.createdAt.toISOString(),
    addedBy: a.addedBy.name,
    counts: byArticle.get(a.id) ?? { total: 0, reviewed: 0, approved: 0 },
  }));
}
