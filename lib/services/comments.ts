import { prisma, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { commentCreateSchema, type CommentCreateInput } from '@/lib/validation/collab';
import { mentionedUserIds } from '@/lib/collab/mentions';
import { recordAudit } from './audit';

export type CommentKind = 'comment' | 'send_back' | 'correction';
export type CommentDto = {
  id: string;
  parentId: string | null;
  kind: CommentKind;
  author: { id: string; name: string };
  /** Plain text; render as text, never as HTML. */
  body: string;
  createdAt: string;
  mentions: { userId: string; name: string }[];
  replies: CommentDto[];
};

const KINDS: readonly string[] = ['comment', 'send_back', 'correction'];

/**
 * Writes a comment and its Mention rows inside the caller's transaction. Mentions are resolved
 * against the active team (see lib/collab/mentions.ts); mentioning yourself notifies nobody.
 */
export async function createCommentRow(
  tx: Tx,
  actor: Actor,
  input: { claimId: string; body: string; kind: CommentKind; parentId?: string | null },
): Promise<{ id: string; mentionedIds: string[] }> {
  const team = await tx.user.findMany({ where: { active: true }, select: { id: true, name: true } });
  const mentionedIds = mentionedUserIds(input.body, team).filter((id) => id !== actor.id);
  const comment = await tx.comment.create({
    data: {
      claimId: input.claimId,
      authorId: actor.id,
      parentId: input.parentId ?? null,
      body: input.body,
      kind: input.kind,
      mentions: { create: mentionedIds.map((userId) => ({ userId })) },
    },
  });
  return { id: comment.id, mentionedIds };
}

/** Adds a comment (or a reply) to a claim; replies to a reply join the thread of its root. */
export async function addComment(actor: Actor, input: CommentCreateInput): Promise<CommentDto> {
  assertCan(actor, 'claim:review');
  const data = parseInput(commentCreateSchema, input);
  const id = await prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: data.claimId, articleId: data.articleId }, select: { id: true } });
    if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
    let parentId: string | null = null;
    if (data.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: data.parentId, claimId: claim.id }, select: { id: true, parentId: true } });
      if (!parent) throw new AppError('NOT_FOUND', 'The comment you replied to was deleted.');
      parentId = parent.parentId ?? parent.id;
    }
    const created = await createCommentRow(tx, actor, { claimId: claim.id, body: data.body, kind: 'comment', parentId });
    const names = created.mentionedIds.length
      ? (await tx.user.findMany({ where: { id: { in: created.mentionedIds } }, select: { name: true }, orderBy: { name: 'asc' } })).map((u) => u.name)
      : [];
    await recordAudit(tx, actor, {
      action: 'claim.comment',
      entityType: 'claim',
      entityId: claim.id,
      after: { comment: data.body.slice(0, 500), commentId: created.id, mentions: names, ...(parentId ? { replyTo: parentId } : {}) },
    });
    return created.id;
  });
  const all = await listComments(actor, data.articleId, data.claimId);
  const found = all.flatMap((c) => [c, ...c.replies]).find((c) => c.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'The comment was deleted.');
  return found;
}

/** The comments of one claim as threads (root comments oldest first, each with its replies). */
export async function listComments(actor: Actor, articleId: string, claimId: string): Promise<CommentDto[]> {
  assertCan(actor, 'article:read');
  const claim = await prisma.claim.findFirst({ where: { id: claimId, articleId }, select: { id: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
  const rows = await prisma.comment.findMany({
    where: { claimId: claim.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 1000,
    include: { author: { select: { id: true, name: true } }, mentions: { include: { user: { select: { id: true, name: true } } } } },
  });
  const dtos = new Map<string, CommentDto>();
  for (const r of rows) {
    dtos.set(r.id, {
      id: r.id,
      parentId: r.parentId,
      kind: (KINDS.includes(r.kind) ? r.kind : 'comment') as CommentKind,
      author: r.author,
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      mentions: r.mentions.map((m) => ({ userId: m.user.id, name: m.user.name })),
      replies: [],
    });
  }
  const roots: CommentDto[] = [];
  for (const c of dtos.values()) {
    const parent = c.parentId ? dtos.get(c.parentId) : undefined;
    if (parent) parent.replies.push(c);
    else roots.push(c);
  }
  return roots;
}
