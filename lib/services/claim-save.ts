import { randomBytes } from 'node:crypto';
import { hotQuery } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/permissions';
import type { ContributionPart } from '@/lib/review/four-eyes';
import type { ClaimDto, ReviewerDto } from './dto';

/**
 * The write of a reviewer's edit as ONE statement: the claim's update (only if it still has the
 * version the edit was decided on), the reviewer record and the audit event. A single statement is
 * atomic on its own, so the save needs no interactive transaction: no connection waits "idle in
 * transaction" for the app between statements, which is what limited saves under load. The version
 * condition makes the rules checked against `before` hold for the row written: any change since the
 * read raised the version, and then nothing is written at all (not the reviewer record, not the audit).
 */

/** The columns an edit may set, as `Claim` column names. */
export type ClaimChange = {
  claimText?: string;
  claimType?: string;
  speaker?: string | null;
  rationale?: string | null;
  verdictId?: string | null;
  status?: ClaimDto['status'];
  statusBeforeDismiss?: ClaimDto['status'] | null;
  reviewerId?: string;
};

const STATUS = (value: string | null) => Prisma.sql`${value}::"ClaimStatus"`;

function setList(change: ClaimChange, now: string): Prisma.Sql {
  const sets: Prisma.Sql[] = [];
  if (change.claimText !== undefined) sets.push(Prisma.sql`"claimText" = ${change.claimText}`);
  if (change.claimType !== undefined) sets.push(Prisma.sql`"claimType" = ${change.claimType}`);
  if (change.speaker !== undefined) sets.push(Prisma.sql`"speaker" = ${change.speaker}`);
  if (change.rationale !== undefined) sets.push(Prisma.sql`"rationale" = ${change.rationale}`);
  if (change.verdictId !== undefined) sets.push(Prisma.sql`"verdictId" = ${change.verdictId}`);
  if (change.status !== undefined) sets.push(Prisma.sql`"status" = ${STATUS(change.status)}`);
  if (change.statusBeforeDismiss !== undefined) sets.push(Prisma.sql`"statusBeforeDismiss" = ${STATUS(change.statusBeforeDismiss)}`);
  if (change.reviewerId !== undefined) sets.push(Prisma.sql`"reviewerId" = ${change.reviewerId}, "reviewedAt" = ${now}::timestamp(3)`);
  sets.push(Prisma.sql`"version" = "version" + 1, "updatedAt" = ${now}::timestamp(3)`);
  return Prisma.join(sets, ', ');
}

/** As recordAudit stores them: no value is SQL NULL, not JSON null. */
function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Random bytes for ids, drawn 4 KB at a time: one randomBytes call per save cost more than the rest of the id. */
let entropy = Buffer.alloc(0);
let entropyAt = 0;

/** An id in the shape of Prisma's cuid() (a letter, then time and randomness in base 36 and hex). */
export function newRowId(): string {
  if (entropyAt + 8 > entropy.length) {
    entropy = randomBytes(4096);
    entropyAt = 0;
  }
  const random = entropy.toString('hex', entropyAt, entropyAt + 8);
  entropyAt += 8;
  return `c${Date.now().toString(36)}${random}`;
}

/** The reviewers after `actor` changed `parts`: their entry gains the parts and a new lastAt, or is added last. */
export function reviewersAfter(before: ReviewerDto[], actor: Pick<Actor, 'id' | 'name'>, parts: readonly ContributionPart[], now: string): ReviewerDto[] {
  if (parts.length === 0) return before;
  const known = before.some((r) => r.id === actor.id);
  if (!known) return [...before, { id: actor.id, name: actor.name, parts: [...new Set(parts)], lastAt: now }];
  return before.map((r) => (r.id === actor.id ? { ...r, parts: [...new Set([...r.parts, ...parts])], lastAt: now } : r));
}

type Saved = { assignee: { id: string; name: string } | null; approvedBy: { id: string; name: string } | null; publicUrl: string | null };

/**
 * Writes `change` if the claim still has `expectedVersion`, with the reviewer record of `parts` and
 * the audit event `audit`. Returns what the claim holds that the edit did not decide (assignee,
 * approver, public URL, read in the same statement), or null when nothing was written (the version
 * moved on, or the claim is gone).
 */
export async function saveClaimChange(input: {
  claim: Pick<ClaimDto, 'id' | 'articleId'>;
  expectedVersion: number;
  change: ClaimChange;
  actor: Pick<Actor, 'id'>;
  parts: readonly ContributionPart[];
  now: string;
  audit: { action: string; before: unknown; after: unknown };
}): Promise<Saved | null> {
  const { claim, actor, now } = input;
  const parts = [...new Set(input.parts)];
  const rows = await hotQuery<{ assignee: Saved['assignee']; approved_by: Saved['approvedBy']; public_url: string | null }>(Prisma.sql`/* prepared */
    WITH upd AS (
      UPDATE "Claim" SET ${setList(input.change, now)}
      WHERE id = ${claim.id} AND "articleId" = ${claim.articleId} AND "version" = ${input.expectedVersion}
      RETURNING "assigneeId", "approvedById", "publicUrl"
    ), contributor AS (
      INSERT INTO "ClaimContributor" AS cc ("claimId", "userId", "parts", "firstAt", "lastAt")
      SELECT ${claim.id}, ${actor.id}, ${parts}::text[], ${now}::timestamp(3), ${now}::timestamp(3) FROM upd
      WHERE cardinality(${parts}::text[]) > 0
      ON CONFLICT ("claimId", "userId") DO UPDATE SET
        "parts" = ARRAY(SELECT p FROM unnest(cc."parts" || EXCLUDED."parts") WITH ORDINALITY AS x(p, i) GROUP BY p ORDER BY min(i)),
        "lastAt" = EXCLUDED."lastAt"
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after", "createdAt")
      SELECT ${newRowId()}, ${actor.id}, ${input.audit.action}, 'claim', ${claim.id},
             ${jsonOrNull(input.audit.before)}::jsonb, ${jsonOrNull(input.audit.after)}::jsonb, ${now}::timestamp(3)
      FROM upd
    )
    SELECT (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = upd."assigneeId") AS assignee,
           (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = upd."approvedById") AS approved_by,
           upd."publicUrl" AS public_url
    FROM upd`);
  const row = rows[0];
  if (!row) return null;
  const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  return { assignee: json(row.assignee), approvedBy: json(row.approved_by), publicUrl: row.public_url };
}
