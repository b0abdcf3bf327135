import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation/parse';
import {
  verdictCreateSchema,
  verdictRemoveSchema,
  verdictReorderSchema,
  verdictUpdateSchema,
  type VerdictCreateInput,
  type VerdictReorderInput,
  type VerdictUpdateInput,
} from '@/lib/validation/verdict';
import { recordAudit } from './audit';
import { toVerdictDto, type VerdictDto } from './dto';

export type VerdictUsageDto = VerdictDto & { claimCount: number };

function labelTaken(error: unknown): AppError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return new AppError('INVALID', 'Another verdict already has this label.', { fields: { label: ['Another verdict already has this label.'] } });
  }
  return null;
}

/** The scale in display order, with how many claims use each verdict (for the settings page). */
export async function listVerdictScale(actor: Actor): Promise<VerdictUsageDto[]> {
  assertCan(actor, 'settings:manage');
  const rows = await prisma.verdictOption.findMany({ orderBy: { order: 'asc' }, include: { _count: { select: { claims: true } } } });
  return rows.map((r) => ({ ...toVerdictDto(r), claimCount: r._count.claims }));
}

/** Adds a verdict at the end of the scale. */
export async function createVerdict(actor: Actor, input: VerdictCreateInput): Promise<VerdictDto> {
  assertCan(actor, 'settings:manage');
  const data = parseInput(verdictCreateSchema, input);
  try {
    return await prisma.$transaction(async (tx) => {
      const last = await tx.verdictOption.aggregate({ _max: { order: true } });
      const row = await tx.verdictOption.create({ data: { ...data, order: (last._max.order ?? 0) + 1 } });
      const dto = toVerdictDto(row);
      await recordAudit(tx, actor, { action: 'verdict.create', entityType: 'verdict', entityId: row.id, after: dto });
      return dto;
    });
  } catch (error) {
    throw labelTaken(error) ?? error;
  }
}

/** Edits a verdict in place: its id stays, so every claim keeps pointing at it. */
export async function updateVerdict(actor: Actor, input: VerdictUpdateInput): Promise<VerdictDto> {
  assertCan(actor, 'settings:manage');
  const { verdictId, ...data } = parseInput(verdictUpdateSchema, input);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.verdictOption.findUnique({ where: { id: verdictId } });
      if (!before) throw new AppError('NOT_FOUND', 'This verdict does not exist or was removed.');
      const row = await tx.verdictOption.update({ where: { id: verdictId }, data });
      const dto = toVerdictDto(row);
      await recordAudit(tx, actor, { action: 'verdict.update', entityType: 'verdict', entityId: row.id, before: toVerdictDto(before), after: dto });
      return dto;
    });
  } catch (error) {
    throw labelTaken(error) ?? error;
  }
}

/** Puts the scale in the given order (every verdict id exactly once). */
export async function reorderVerdicts(actor: Actor, input: VerdictReorderInput): Promise<VerdictDto[]> {
  assertCan(actor, 'settings:manage');
  const data = parseInput(verdictReorderSchema, input);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "VerdictOption" FOR UPDATE`;
    const rows = await tx.verdictOption.findMany({ orderBy: { order: 'asc' } });
    const known = new Set(rows.map((r) => r.id));
    if (rows.length !== data.order.length || new Set(data.order).size !== data.order.length || !data.order.every((id) => known.has(id))) {
      throw new AppError('CONFLICT', 'The verdict scale changed since you opened it; reload and try again.');
    }
    for (const [i, id] of data.order.entries()) await tx.verdictOption.update({ where: { id }, data: { order: i + 1 } });
    await recordAudit(tx, actor, { action: 'verdict.reorder', entityType: 'verdict', entityId: 'scale', before: { order: rows.map((r) => r.label) }, after: { order: data.order } });
    const after = await tx.verdictOption.findMany({ orderBy: { order: 'asc' } });
    return after.map(toVerdictDto);
  });
}

/** Removes a verdict that no claim uses; a verdict in use is refused with how many claims use it. */
export async function removeVerdict(actor: Actor, input: { verdictId: string }): Promise<void> {
  assertCan(actor, 'settings:manage');
  const { verdictId } = parseInput(verdictRemoveSchema, input);
  await prisma.$transaction(async (tx) => {
    // Lock the row so no claim can take this verdict between the count and the delete.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VerdictOption" WHERE id = ${verdictId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError('NOT_FOUND', 'This verdict does not exist or was removed.');
    const before = await tx.verdictOption.findUniqueOrThrow({ where: { id: verdictId } });
    const used = await tx.claim.count({ where: { verdictId } });
    if (used > 0) {
      throw new AppError('CONFLICT', `“${before.label}” is the verdict of ${used} claim${used === 1 ? '' : 's'}; change those claims first, or rename this verdict instead.`, {
        details: { claimCount: used },
      });
    }
    await tx.verdictOption.delete({ where: { id: verdictId } });
    await recordAudit(tx, actor, { action: 'verdict.remove', entityType: 'verdict', entityId: verdictId, before: toVerdictDto(before) });
  });
}
