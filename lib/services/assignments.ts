import { prisma } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import {
  assignArticleSchema,
  assignClaimSchema,
  mentionsReadSchema,
  type AssignArticleInput,
  type AssignClaimInput,
  type MentionsReadInput,
} from '@/lib/validation/collab';
import type { Tx } from '@/lib/db';
import { recordAudit } from './audit';
import type { ClaimDto } from './dto';

export type Person = { id: string; name: string };

/** An active user who may review claims, or INVALID with a field error. */
async function loadAssignee(tx: Tx, id: string): Promise<Person> {
  const user = await tx.user.findFirst({ where: { id, active: true }, select: { id: true, name: true, role: true } });
  if (!user || !can({ id: user.id, name: user.name, email: '', role: user.role }, 'claim:review')) {
    throw new AppError('INVALID', 'Choose an active member of the team.', { fields: { assigneeId: ['Unknown or inactive user.'] } });
  }
  return { id: user.id, name: user.name };
}

/**
 * Assigns one claim to a reviewer (or removes the assignment). Not a content change: the claim's
 * version stays, so a reviewer's open draft does not turn into a conflict.
 */
export async function assignClaim(actor: Actor, input: AssignClaimInput): Promise<{ assignee: Person | null }> {
  assertCan(actor, 'claim:assign');
  const data = parseInput(assignClaimSchema, input);
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: data.claimId, articleId: data.articleId },
      select: { id: true, assignee: { select: { id: true, name: true } } },
    });
    if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
    const assignee = data.assigneeId ? await loadAssignee(tx, data.assigneeId) : null;
    if ((claim.assignee?.id ?? null) === (assignee?.id ?? null)) return { assignee };
    await tx.claim.updateMany({ where: { id: claim.id, articleId: data.articleId }, data: { assigneeId: assignee?.id ?? null } });
    await recordAudit(tx, actor, {
      action: 'claim.assign',
      entityType: 'claim',
      entityId: claim.id,
      before: { assignee: claim.assignee?.name ?? null },
      after: { assignee: assignee?.name ?? null },
    });
    return { assignee };
  });
}

/** Assigns every claim of an article that is not approved or dismissed to one reviewer. */
export async function assignArticle(actor: Actor, input: AssignArticleInput): Promise<{ assigned: number; assignee: Person }> {
  assertCan(actor, 'claim:assign');
  const data = parseInput(assignArticleSchema, input);
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true } });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
    const assignee = await loadAssignee(tx, data.assigneeId);
    const claims = await tx.claim.findMany({
      where: { articleId: article.id, status: { notIn: ['approved', 'dismissed'] }, OR: [{ assigneeId: null }, { assigneeId: { not: assignee.id } }] },
      select: { id: true, assignee: { select: { name: true } } },
    });
    if (claims.length === 0) return { assigned: 0, assignee };
    await tx.claim.updateMany({ where: { articleId: article.id, id: { in: claims.map((c) => c.id) } }, data: { assigneeId: assignee.id } });
    await recordAudit(
      tx,
      actor,
      claims.map((c) => ({
        action: 'claim.assign',
        entityType: 'claim' as const,
        entityId: c.id,
        before: { assignee: c.assignee?.name ?? null },
        after: { assignee: assignee.name, wholeArticle: true },
      })),
    );
    return { assigned: claims.length, assignee };
  });
}

/** Who a claim is assigned to (scoped by its article). */
export async function claimAssignee(actor: Actor, articleId: string, claimId: string): Promise<Person | null> {
  assertCan(actor, 'article:read');
  const claim = await prisma.claim.findFirst({ where: { id: claimId, articleId }, select: { assignee: { select: { id: true, name: true } } } });
  if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
  return claim.assignee;
}

export type QueueClaim = {
  id: string;
  claimText: string;
  status: ClaimDto['status'];
  verdict: string | null;
  updatedAt: string;
  /** The latest "send back" comment while the claim is back with its reviewer. */
  sentBack: { by: string; body: string; at: string } | null;
};
export type QueueArticle = { id: string; title: string; claims: QueueClaim[] };
export type QueueMention = {
  id: string;
  at: string;
  by: string;
  body: string;
  claim: { id: string; claimText: string; articleId: string; articleTitle: string };
};
export type Queue = { articles: QueueArticle[]; mentions: QueueMention[] };

/** The signed-in user's work: assigned claims not yet approved (by article) and unread @mentions. */
export async function myQueue(actor: Actor): Promise<Queue> {
  assertCan(actor, 'article:read');
  const [claims, mentions] = await Promise.all([
    prisma.claim.findMany({
      where: { assigneeId: actor.id, status: { notIn: ['approved', 'dismissed'] } },
      orderBy: [{ article: { createdAt: 'desc' } }, { articleId: 'asc' }, { start: 'asc' }],
      take: 2000,
      select: {
        id: true,
        claimText: true,
        status: true,
        updatedAt: true,
        reviewedAt: true,
        verdict: { select: { label: true } },
        article: { select: { id: true, title: true } },
        comments: {
          where: { kind: 'send_back' },
          orderBy: { createdAt: 'desc' },
          take: 1,
          select: { body: true, createdAt: true, author: { select: { name: true } } },
        },
      },
    }),
    prisma.mention.findMany({
      where: { userId: actor.id, readAt: null },
      orderBy: { createdAt: 'desc' },
      take: 200,
      select: {
        id: true,
        createdAt: true,
        comment: {
          select: {
            body: true,
            author: { select: { name: true } },
            claim: { select: { id: true, claimText: true, article: { select: { id: true, title: true } } } },
          },
        },
      },
    }),
  ]);
  const articles = new Map<string, QueueArticle>();
  for (const c of claims) {
    const group = articles.get(c.article.id) ?? { id: c.article.id, title: c.article.title, claims: [] };
    articles.set(c.article.id, group);
    const back = c.comments[0];
    group.claims.push({
      id: c.id,
      claimText: c.claimText,
      status: c.status,
      verdict: c.verdict?.label ?? null,
      updatedAt: c.updatedAt.toISOString(),
      sentBack: back && c.status === 'in_progress' ? { by: back.author.name, body: back.body, at: back.createdAt.toISOString() } : null,
    });
  }
  return {
    articles: [...articles.values()],
    mentions: mentions.map((m) => ({
      id: m.id,
      at: m.createdAt.toISOString(),
      by: m.comment.author.name,
      body: m.comment.body,
      claim: { id: m.comment.claim.id, claimText: m.comment.claim.claimText, articleId: m.comment.claim.article.id, articleTitle: m.comment.claim.article.title },
    })),
  };
}

/**
 * Marks the caller's own mentions as read (someone else's ids are ignored). A read receipt is
 * personal state, not a change to the review record, so it writes no audit event.
 */
export async function markMentionsRead(actor: Actor, input: MentionsReadInput): Promise<{ read: number }> {
  assertCan(actor, 'article:read');
  const data = parseInput(mentionsReadSchema, input);
  const result = await prisma.mention.updateMany({ where: { id: { in: data.mentionIds }, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { read: result.count };
}
