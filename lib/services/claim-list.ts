import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { claimListQuerySchema, type ClaimListQuery } from '@/lib/validation/api-query';
import type { Prisma } from '@/lib/generated/prisma/client';
import { claimInclude, toClaimDto, type ClaimDto } from './dto';
import { decodeCursor, toPage, type Page } from './cursor';

export type ClaimListInput = Partial<{ [K in keyof ClaimListQuery]: unknown }>;

/** The workbench's filters as a Prisma condition; `assignee: 'me'` means the caller. */
export function claimFilter(actor: Actor, q: ClaimListQuery): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = {};
  if (q.status?.length) where.status = { in: q.status };
  if (q.claimType?.length) where.claimType = { in: q.claimType };
  if (q.verdict) where.verdictId = q.verdict === 'none' ? null : q.verdict;
  if (q.assignee) where.assigneeId = q.assignee === 'none' ? null : q.assignee === 'me' ? actor.id : q.assignee;
  if (q.minCheckworthiness !== undefined) where.checkworthiness = { gte: q.minCheckworthiness };
  if (q.hasSources !== undefined) where.sources = q.hasSources ? { some: {} } : { none: {} };
  return where;
}

/**
 * One article's claims in text order, filtered like the workbench and a page at a time
 * (keyset on start, end and id: stable while claims change).
 */
export async function listClaims(actor: Actor, articleId: string, query: ClaimListInput): Promise<Page<ClaimDto>> {
  assertCan(actor, 'article:read');
  const q = parseInput(claimListQuerySchema, query);
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const and: Prisma.ClaimWhereInput[] = [{ articleId: article.id }, claimFilter(actor, q)];
  if (q.cursor) {
    const [start, end, id] = decodeCursor(q.cursor, ['int', 'int', 'id']);
    and.push({ OR: [{ start: { gt: start } }, { start, end: { gt: end } }, { start, end, id: { gt: id } }] });
  }
  const rows = await prisma.claim.findMany({
    where: { AND: and },
    orderBy: [{ start: 'asc' }, { end: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
    include: claimInclude,
  });
  return toPage(rows, q.limit, (c) => [c.start, c.end, c.id], toClaimDto);
}
