import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/permissions';

export type AuditInput = {
  action: string;
  entityType: 'article' | 'claim' | 'source' | 'user' | 'verdict' | 'setting' | 'token' | 'workspace' | 'earlierFactCheck';
  entityId: string;
  before?: unknown;
  after?: unknown;
};

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Appends audit events; always called inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, actor: Actor | null, events: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  await tx.auditEvent.createMany({
    data: list.map((e) => ({
      actorId: actor?.id ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: toJson(e.before),
      after: toJson(e.after),
    })),
  });
}
