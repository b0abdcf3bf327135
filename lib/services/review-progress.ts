import { prisma } from '@/lib/db';

export type ReviewProgress = { total: number; reviewed: number; approved: number };

/** Reviewed / approved / total claims of each article (dismissed claims do not count), in one query. */
export async function reviewProgress(articleIds: string[]): Promise<Map<string, ReviewProgress>> {
  const byArticle = new Map<string, ReviewProgress>(articleIds.map((id) => [id, { total: 0, reviewed: 0, approved: 0 }]));
  if (articleIds.length === 0) return byArticle;
  const counts = await prisma.claim.groupBy({
    by: ['articleId', 'status'],
    _count: { _all: true },
    where: { articleId: { in: articleIds }, status: { not: 'dismissed' } },
  });
  for (const row of counts) {
    const c = byArticle.get(row.articleId);
    if (!c) continue;
    c.total += row._count._all;
    if (row.status === 'needs_review' || row.status === 'approved') c.reviewed += row._count._all;
    if (row.status === 'approved') c.approved += row._count._all;
  }
  return byArticle;
}
