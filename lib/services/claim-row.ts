import { hotQuery, prisma, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { claimInclude } from './dto';
import type { PendingRateLimit } from './rate-limits';

/**
 * A claim with everything its DTO shows (verdict, reviewer, approver, assignee, sources,
 * contributors) in ONE statement, aggregated as JSON by PostgreSQL. Prisma's `include` reads each
 * relation with a query of its own (six round trips per claim); a save reads the claim twice, so this
 * is most of the database work of a verdict save. The result has the shape of
 * `Prisma.ClaimGetPayload<{ include: typeof claimInclude }>`, so `toClaimDto` maps it as before
 * (claim-row.test.ts compares both readers field by field).
 */
export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
type VerdictRow = NonNullable<ClaimRow['verdict']>;

type Db = Tx | typeof prisma;

/** Timestamps leave PostgreSQL's JSON without a zone; the columns hold UTC (as Prisma writes them). */
function utc(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
}

const CLAIM_DATES = ['reviewedAt', 'approvedAt', 'createdAt', 'updatedAt'] as const;
const SOURCE_DATES = ['publishedAt', 'accessedAt', 'createdAt', 'updatedAt'] as const;

type Json = Record<string, unknown>;

function withDates<T extends Json>(row: T, keys: readonly string[]): T {
  const out: Json = { ...row };
  for (const key of keys) if (key in out) out[key] = utc(out[key]);
  return out as T;
}

function parsed(value: unknown): Json {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Json;
}

/**
 * The search columns PostgreSQL generates (whole tsvectors and folded texts): no DTO shows them, so
 * they are left out of the JSON rather than built, sent and parsed on every read.
 */
const GENERATED = Prisma.raw(`'{search_vector,search_text,match_terms}'::text[]`);

/** The JSON of one claim row `c`, with its relations, as the `include` of dto.ts reads them. */
const CLAIM_JSON = Prisma.sql`(to_jsonb(c) - ${GENERATED}) || jsonb_build_object(
  'verdict', (SELECT to_jsonb(v) FROM "VerdictOption" v WHERE v.id = c."verdictId"),
  'reviewer', (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."reviewerId"),
  'approvedBy', (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."approvedById"),
  'assignee', (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."assigneeId"),
  'sources', COALESCE((SELECT jsonb_agg(to_jsonb(s) - ${GENERATED} ORDER BY s.position, s."createdAt", s.id) FROM "Source" s WHERE s."claimId" = c.id), '[]'::jsonb),
  'contributors', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('parts', cc.parts, 'lastAt', cc."lastAt", 'user', jsonb_build_object('id', u.id, 'name', u.name))
                     ORDER BY cc."firstAt", cc."userId")
    FROM "ClaimContributor" cc JOIN "User" u ON u.id = cc."userId" WHERE cc."claimId" = c.id), '[]'::jsonb),
  '_count', jsonb_build_object('matches', (SELECT count(*)::int FROM "ClaimMatch" m WHERE m."claimId" = c.id AND m."dismissedAt" IS NULL))
)`;

/** Turns the JSON of CLAIM_JSON back into the row Prisma would have returned. */
export function claimRowFromJson(value: unknown): ClaimRow {
  const raw = parsed(value);
  const row = withDates(raw, CLAIM_DATES) as Json;
  row.sources = (raw.sources as Json[]).map((s) => withDates(s, SOURCE_DATES));
  row.contributors = (raw.contributors as Json[]).map((c) => ({ ...c, lastAt: utc(c.lastAt) }));
  return row as unknown as ClaimRow;
}

/**
 * Reads one claim scoped by its article (never by bare id), or null. With `verdictId`, also says
 * that verdict (null when there is none), in the same statement (a save checks the verdict it sets).
 * With `rateLimit` (not in a transaction), the request is taken from its rate limit in the same
 * statement too, and refused with RATE_LIMITED when over it.
 */
export async function readClaimRow(
  db: Db,
  articleId: string,
  claimId: string,
  options: { verdictId?: string | null; rateLimit?: PendingRateLimit } = {},
): Promise<{ row: ClaimRow; verdict: VerdictRow | null } | null> {
  const verdictId = options.verdictId ?? null;
  const sql = Prisma.sql`/* prepared */
    SELECT ${CLAIM_JSON} AS claim, (SELECT to_jsonb(v) FROM "VerdictOption" v WHERE v.id = ${verdictId}::text) AS verdict
    FROM "Claim" c WHERE c.id = ${claimId} AND c."articleId" = ${articleId}`;
  type Row = { claim: unknown; verdict: unknown };
  // Outside a transaction (a save's read, a GET) it is one of the hot statements; an API save's
  // request is taken from its rate limit in the same statement.
  const rows = options.rateLimit
    ? await options.rateLimit.withRead<Row>(sql)
    : db === prisma ? await hotQuery<Row>(sql) : await db.$queryRaw<Row[]>(sql);
  const first = rows[0];
  if (!first) return null;
  return { row: claimRowFromJson(first.claim), verdict: first.verdict === null ? null : (parsed(first.verdict) as unknown as VerdictRow) };
}
