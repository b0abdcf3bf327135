import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { claimIdsSchema, type ClaimIdsInput } from '@/lib/validation/collab';
import { claimInclude, toClaimDto, type ClaimDto } from './dto';

export type ArticleVersions = { versions: Record<string, number>; updatedAt: string | null };

/**
 * The version of every claim of an article and the latest change: what an open article page
 * polls to notice that something changed elsewhere. One small query, whatever the claim count.
 */
export async function articleVersions(actor: Actor, articleId: string): Promise<ArticleVersions> {
  assertCan(actor, 'article:read');
  const [article, claims] = await Promise.all([
    prisma.article.findUnique({ where: { id: articleId }, select: { id: true } }),
    prisma.claim.findMany({ where: { articleId }, select: { id: true, version: true, updatedAt: true } }),
  ]);
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const versions: Record<string, number> = {};
  let latest = 0;
  for (const c of claims) {
    versions[c.id] = c.version;
    latest = Math.max(latest, c.updatedAt.getTime());
  }
  return { versions, updatedAt: latest ? new Date(latest).toISOString() : null };
}

export type ChangedClaim = { claim: ClaimDto; changedBy: string | null; changedAt: string };

/** The current state of some claims of one article, each with who changed it last. */
export async function changedClaims(actor: Actor, input: ClaimIdsInput): Promise<ChangedClaim[]> {
  assertCan(actor, 'article:read');
  const data = parseInput(claimIdsSchema, input);
  const rows = await prisma.claim.findMany({ where: { articleId: data.articleId, id: { in: data.claimIds } }, include: claimInclude });
  if (rows.length === 0) return [];
  const events = await prisma.auditEvent.findMany({
    where: { entityType: 'claim', entityId: { in: rows.map((r) => r.id) }, action: { notIn: ['claim.comment', 'claim.assign'] } },
    orderBy: { createdAt: 'desc' },
    distinct: ['entityId'],
    select: { entityId: true, createdAt: true, actor: { select: { name: true } } },
  });
  // A source change bumps its claim's version too: its event (which names the claim) may be the latest.
  const sourceEvents = await prisma.auditEvent.findMany({
    where: { entityType: 'source', OR: rows.map((r) => ({ after: { path: ['claimId'], equals: r.id } })) },
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: { after: true, createdAt: true, actor: { select: { name: true } } },
  });
  const last = new Map(events.map((e) => [e.entityId, { createdAt: e.createdAt, actor: e.actor }]));
  for (const e of sourceEvents) {
    const claimId = (e.after as { claimId?: unknown } | null)?.claimId;
    if (typeof claimId !== 'string') continue;
    const known = last.get(claimId);
    if (!known || known.createdAt < e.createdAt) last.set(claimId, { createdAt: e.createdAt, actor: e.actor });
  }
  return rows.map((r) => ({
    claim: toClaimDto(r),
    changedBy: last.get(r.id)?.actor?.name ?? null,
    changedAt: (last.get(r.id)?.createdAt ?? r.updatedAt).toISOString(),
  }));
}
