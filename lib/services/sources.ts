import { prisma, type Tx } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { sourceCreateSchema, sourceRemoveSchema, sourceReorderSchema, sourceUpdateSchema, type SourceCreateInput, type SourceReorderInput, type SourceUpdateInput } from '@/lib/validation/claim';
import { parseInput } from '@/lib/validation/parse';
import { recordAudit } from './audit';
import { lockClaim, recordContribution } from './claim-reviewers';
import { dateOrNull, toSourceDto, type SourceDto } from './dto';

/** A source change and the claim's version after it (every add, edit and removal bumps it). */
export type SourceChange = { source: SourceDto; claimVersion: number };

/**
 * Sources are part of what an editor approves: a change bumps the claim's version in the same
 * transaction, so an approval (or any save) naming the version from before it is a conflict.
 */
async function bumpVersion(tx: Tx, claimId: string): Promise<number> {
  const row = await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } }, select: { version: true } });
  return row.version;
}

async function loadEditableClaim(tx: Tx, actor: Actor, articleId: string, claimId: string) {
  // Locked until the change commits, so an approval never checks sources that are being changed.
  await lockClaim(tx, articleId, claimId);
  const claim = await tx.claim.findFirst({ where: { id: claimId, articleId }, select: { id: true, status: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
  if (claim.status === 'approved') {
    const how = can(actor, 'claim:approve') ? 'open a correction with a note first' : 'ask an editor to open a correction';
    throw new AppError('FORBIDDEN', `This claim is approved and locked; ${how}.`);
  }
  return claim;
}

export async function addSource(actor: Actor, input: SourceCreateInput): Promise<SourceChange> {
  assertCan(actor, 'claim:review');
  const data = parseInput(sourceCreateSchema, input);
  return prisma.$transaction(async (tx) => {
    const claim = await loadEditableClaim(tx, actor, data.articleId, data.claimId);
    const last = await tx.source.aggregate({ where: { claimId: claim.id }, _max: { position: true } });
    const row = await tx.source.create({
      data: {
        claimId: claim.id,
        url: data.url,
        title: data.title,
        publisher: data.publisher,
        publishedAt: dateOrNull(data.publishedAt),
        accessedAt: dateOrNull(data.accessedAt) ?? new Date(new Date().toISOString().slice(0, 10)),
        excerpt: data.excerpt,
        stance: data.stance,
        kind: data.kind,
        archiveUrl: data.archiveUrl,
        confidential: data.confidential,
        position: (last._max.position ?? -1) + 1,
        addedById: actor.id,
      },
    });
    const dto = toSourceDto(row);
    await recordContribution(tx, claim.id, actor, ['sources']); // evidence: the four-eyes rule covers it
    const claimVersion = await bumpVersion(tx, claim.id);
    // The claim's version after the change, so each claim version has its event (claim or source).
    await recordAudit(tx, actor, { action: 'source.add', entityType: 'source', entityId: row.id, after: { claimId: claim.id, ...dto, claimVersion } });
    return { source: dto, claimVersion };
  });
}

export async function updateSource(actor: Actor, input: SourceUpdateInput): Promise<SourceChange> {
  assertCan(actor, 'claim:review');
  const data = parseInput(sourceUpdateSchema, input);
  return prisma.$transaction(async (tx) => {
    await loadEditableClaim(tx, actor, data.articleId, data.claimId);
    const before = await tx.source.findFirst({ where: { id: data.sourceId, claimId: data.claimId } });
    if (!before) throw new AppError('NOT_FOUND', 'This source does not exist or was removed.');
    const row = await tx.source.update({
      where: { id: before.id },
      data: {
        url: data.url,
        title: data.title,
        publisher: data.publisher,
        publishedAt: dateOrNull(data.publishedAt),
        accessedAt: dateOrNull(data.accessedAt) ?? before.accessedAt,
        excerpt: data.excerpt,
        stance: data.stance,
        kind: data.kind,
        archiveUrl: data.archiveUrl,
        confidential: data.confidential,
      },
    });
    const dto = toSourceDto(row);
    await recordContribution(tx, data.claimId, actor, ['sources']);
    const claimVersion = await bumpVersion(tx, data.claimId);
    await recordAudit(tx, actor, { action: 'source.update', entityType: 'source', entityId: row.id, before: toSourceDto(before), after: { claimId: data.claimId, ...dto, claimVersion } });
    return { source: dto, claimVersion };
  });
}

export async function removeSource(actor: Actor, input: { articleId: string; claimId: string; sourceId: string }): Promise<{ claimVersion: number }> {
  assertCan(actor, 'claim:review');
  const data = parseInput(sourceRemoveSchema, input);
  return prisma.$transaction(async (tx) => {
    await loadEditableClaim(tx, actor, data.articleId, data.claimId);
    const before = await tx.source.findFirst({ where: { id: data.sourceId, claimId: data.claimId } });
    if (!before) throw new AppError('NOT_FOUND', 'This source does not exist or was removed.');
    await tx.source.delete({ where: { id: before.id } });
    await recordContribution(tx, data.claimId, actor, ['sources']);
    const claimVersion = await bumpVersion(tx, data.claimId);
    await recordAudit(tx, actor, {
      action: 'source.remove',
      entityType: 'source',
      entityId: before.id,
      before: { claimId: data.claimId, ...toSourceDto(before) },
      after: { claimId: data.claimId, removed: true, claimVersion },
    });
    return { claimVersion };
  });
}

/**
 * Puts the claim's sources in the given order (every id exactly once) and rewrites their
 * positions in one transaction; a list that no longer matches the stored sources is a conflict.
 */
export async function reorderSources(actor: Actor, input: SourceReorderInput): Promise<SourceDto[]> {
  assertCan(actor, 'claim:review');
  const data = parseInput(sourceReorderSchema, input);
  return prisma.$transaction(async (tx) => {
    const claim = await loadEditableClaim(tx, actor, data.articleId, data.claimId);
    // Lock the claim's sources so two reorders cannot interleave.
    await tx.$queryRaw`SELECT id FROM "Source" WHERE "claimId" = ${claim.id} FOR UPDATE`;
    const rows = await tx.source.findMany({ where: { claimId: claim.id }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
    const known = new Set(rows.map((r) => r.id));
    if (rows.length !== data.order.length || new Set(data.order).size !== data.order.length || !data.order.every((sid) => known.has(sid))) {
      throw new AppError('CONFLICT', 'The sources of this claim changed since you opened it; reload and try again.');
    }
    for (const [position, sourceId] of data.order.entries()) {
      await tx.source.updateMany({ where: { id: sourceId, claimId: claim.id }, data: { position } });
    }
    await recordAudit(tx, actor, {
      action: 'source.reorder',
      entityType: 'claim',
      entityId: claim.id,
      before: { order: rows.map((r) => r.id) },
      after: { order: data.order },
    });
    const after = await tx.source.findMany({ where: { claimId: claim.id }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
    return after.map(toSourceDto);
  });
}
