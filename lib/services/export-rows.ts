import { streamPool } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ExportArticle, ExportClaim, ExportEvent } from '@/lib/export';
import type { ExportQuery } from '@/lib/validation/export';
import type { SourceDto } from './dto';

/**
 * The claims of an export read from PostgreSQL a page at a time (keyset: `id > last`, the primary
 * key's index), EXPORT_PAGE claims per page: one statement for the page's claims (with their
 * article, verdict and people, joined), and one statement each for ALL the page's sources, reviewers,
 * linked earlier checks and (JSON export) history (`"claimId" = ANY(page ids)`). Rows come back as
 * plain columns and are put together here: building the same JSON inside PostgreSQL (json_build_object
 * and a correlated subquery per relation per claim) cost the database about 7× the CPU of sending the
 * rows (bench/export.ts prints both sides' CPU per 1,000 claims), and it was the bottleneck.
 *
 * Memory holds a page or two, whatever the size of the export. Keyset pages rather than a
 * server-side cursor: a cursor would hold a connection and a transaction open for as long as the
 * slowest client takes to download. The statements go through the plain `pg` stream pool (lib/db.ts),
 * and the next page's claims are asked for while the current page's relations are read and its
 * claims written, so PostgreSQL and the writer work side by side instead of taking turns.
 *
 * To add a field to every exported claim: add its column to CLAIM_COLUMNS (and `claimFrom`) below and
 * to `ExportClaim` (lib/export/types.ts); the writers pick the fields they print by name.
 */

/** Claims are read this many at a time. */
export const EXPORT_PAGE = 1000;

/** ISO 8601 in UTC with milliseconds, as `Date#toISOString` writes it (the columns hold UTC). */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** The page's claims, in the order `claimFrom` reads them. */
const CLAIM_COLUMNS = Prisma.raw(`c.id, c."articleId", c.quote, c."claimText", c.start, c."end", c."claimType", c.speaker, c.status::text,
  v.label, v.colour, v."ratingValue", v."order", c.rationale, ru.name, au.name,
  ${iso('c."reviewedAt"')}, ${iso('c."updatedAt"')}, c."publicUrl", c."quoteRevision", c."anchorState"::text,
  a.id, a.title, a.outlet, a.url, a.author, ${day('a."publishedAt"')}, ${iso('a."createdAt"')}, v.id`);

type Row = unknown[];
type Related = { sources: Map<string, SourceDto[]>; reviewers: Map<string, NonNullable<ExportClaim['reviewers']>>; linked: Map<string, LinkedCheck>; history?: Map<string, ExportEvent[]> };

const SOURCES = `SELECT s."claimId", s.id, s.url, s.title, s.publisher, ${day('s."publishedAt"')}, ${day('s."accessedAt"')},
  s.excerpt, s.stance::text, s.kind::text, s."archiveUrl", s.confidential
  FROM "Source" s WHERE s."claimId" = ANY($1::text[]) ORDER BY s."claimId", s.position, s."createdAt", s.id`;

const REVIEWERS = `SELECT cc."claimId", u.name, cc.parts, ${iso('cc."lastAt"')}
  FROM "ClaimContributor" cc JOIN "User" u ON u.id = cc."userId"
  WHERE cc."claimId" = ANY($1::text[]) ORDER BY cc."claimId", cc."firstAt", cc."userId"`;

/** The earlier check each claim reused ("checked before"): its latest linked match. */
const LINKED = `SELECT DISTINCT ON (m."claimId") m."claimId", ${iso('m."linkedAt"')},
  f.id, f."reviewUrl", f."claimReviewed", f."orgName", f."ratingLabel",
  ec.id, ec."articleId", ec."claimText", ec."publicUrl", ev.label, ea.title
  FROM "ClaimMatch" m
  LEFT JOIN "EarlierFactCheck" f ON f.id = m."factCheckId"
  LEFT JOIN "Claim" ec ON ec.id = m."earlierClaimId"
  LEFT JOIN "VerdictOption" ev ON ev.id = ec."verdictId"
  LEFT JOIN "Article" ea ON ea.id = ec."articleId"
  WHERE m."claimId" = ANY($1::text[]) AND m."linkedAt" IS NOT NULL
  ORDER BY m."claimId", m."linkedAt" DESC, m.id`;

/** The audit events of each claim and of its sources (only public ones unless $2), oldest first. */
const HISTORY = `SELECT e.claim_id, ${iso('e."createdAt"')}, e.action, e."entityType", e."entityId", u.name, e.before, e.after
  FROM (
    SELECT ev."entityId" AS claim_id, ev.* FROM "AuditEvent" ev WHERE ev."entityType" = 'claim' AND ev."entityId" = ANY($1::text[])
    UNION ALL
    SELECT s."claimId", ev.* FROM "Source" s JOIN "AuditEvent" ev ON ev."entityType" = 'source' AND ev."entityId" = s.id
    WHERE s."claimId" = ANY($1::text[]) AND ($2::boolean OR NOT s.confidential)
  ) e LEFT JOIN "User" u ON u.id = e."actorId"
  ORDER BY e.claim_id, e."createdAt", e.id`;

function grouped<T>(rows: Row[], build: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = row[0] as string;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(build(row));
  }
  return out;
}

const str = (v: unknown) => v as string;
const strOrNull = (v: unknown) => v as string | null;

function sourceFrom(r: Row): SourceDto {
  return {
    id: str(r[1]), url: str(r[2]), title: str(r[3]), publisher: strOrNull(r[4]), publishedAt: strOrNull(r[5]), accessedAt: strOrNull(r[6]),
    excerpt: strOrNull(r[7]), stance: r[8] as SourceDto['stance'], kind: str(r[9]), archiveUrl: strOrNull(r[10]), confidential: r[11] as boolean,
  };
}

function linkedFrom(r: Row): LinkedCheck {
  return {
    linkedAt: str(r[1]),
    factCheck: r[2] === null ? null : { reviewUrl: strOrNull(r[3]), claimReviewed: str(r[4]), orgName: strOrNull(r[5]), ratingLabel: strOrNull(r[6]) },
    earlierClaim: r[7] === null ? null : {
      id: str(r[7]), articleId: str(r[8]), claimText: str(r[9]), publicUrl: strOrNull(r[10]), verdict: strOrNull(r[11]), articleTitle: str(r[12]),
    },
  };
}

function claimFrom(r: Row, related: Related): ExportRow {
  const id = str(r[0]);
  const claim: ExportClaim = {
    id, articleId: str(r[1]), quote: str(r[2]), claimText: str(r[3]), start: r[4] as number, end: r[5] as number,
    claimType: str(r[6]), speaker: strOrNull(r[7]), status: r[8] as ExportClaim['status'],
    verdict: r[28] === null ? null : { label: str(r[9]), colour: str(r[10]), ratingValue: r[11] as number | null, order: r[12] as number },
    rationale: strOrNull(r[13]),
    reviewer: r[14] === null ? null : { name: str(r[14]) },
    reviewers: related.reviewers.get(id) ?? [],
    approvedBy: r[15] === null ? null : { name: str(r[15]) },
    reviewedAt: strOrNull(r[16]), updatedAt: str(r[17]),
    sources: related.sources.get(id) ?? [],
    publicUrl: strOrNull(r[18]),
    quoteRevision: r[19] as ExportClaim['quoteRevision'], anchorState: r[20] as ExportClaim['anchorState'],
  };
  if (related.history) claim.history = related.history.get(id) ?? [];
  const article: ExportArticle = {
    id: str(r[21]), title: str(r[22]), outlet: strOrNull(r[23]), url: strOrNull(r[24]), author: strOrNull(r[25]), publishedAt: strOrNull(r[26]), createdAt: str(r[27]),
  };
  return { claim, article, linked: related.linked.get(id) ?? null };
}

/** The SQL form of the export's filter; `claimWhere` in exports.ts is the same filter for Prisma's counts. */
export function exportFilterSql(query: ExportQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.articleId) parts.push(Prisma.sql`c."articleId" = ${query.articleId}`);
  if (query.status === 'approved') parts.push(Prisma.sql`c.status = 'approved' AND c."verdictId" IS NOT NULL`);
  else if (query.status === 'reviewed') parts.push(Prisma.sql`c.status IN ('needs_review', 'approved') AND c."verdictId" IS NOT NULL`);
  else if (Array.isArray(query.status) && query.status.length) parts.push(Prisma.sql`c.status::text = ANY(${query.status}::text[])`);
  if (query.format === 'claimreview') parts.push(Prisma.sql`c."verdictId" IS NOT NULL`);
  if (query.verdicts.length) parts.push(Prisma.sql`c."verdictId" IN (SELECT id FROM "VerdictOption" WHERE label = ANY(${query.verdicts}::text[]))`);
  if (query.claimTypes.length) parts.push(Prisma.sql`c."claimType" = ANY(${query.claimTypes}::text[])`);
  if (query.claimIds.length) parts.push(Prisma.sql`c.id = ANY(${query.claimIds}::text[])`);
  // `to` is inclusive: the whole day. Timestamps hold UTC without a zone.
  if (query.from) parts.push(Prisma.sql`a."createdAt" >= ${`${query.from}T00:00:00.000`}::timestamp(3)`);
  if (query.to) parts.push(Prisma.sql`a."createdAt" < ${`${query.to}T00:00:00.000`}::timestamp(3) + interval '1 day'`);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}

/** A linked earlier check as LINKED_JSON builds it. */
export type LinkedCheck = {
  linkedAt: string;
  factCheck: { reviewUrl: string | null; claimReviewed: string; orgName: string | null; ratingLabel: string | null } | null;
  earlierClaim: { id: string; articleId: string; claimText: string; publicUrl: string | null; verdict: string | null; articleTitle: string } | null;
};

/**
 * A claim of the export as stored (its own public URL, or null), beside its article and the earlier
 * check it reused; the export service fills in the public URL from the pattern and `basedOn`.
 */
export type ExportRow = { claim: ExportClaim; article: ExportArticle; linked: LinkedCheck | null };

/**
 * Every claim matching `filter`, in id order, EXPORT_PAGE per page. `history` adds each claim's
 * audit events ('public': the events of confidential sources left out).
 */
export async function* exportRows(filter: Prisma.Sql, history: 'none' | 'public' | 'all', pageSize = EXPORT_PAGE): AsyncGenerator<ExportRow> {
  const pool = streamPool();
  const query = (text: string, values: unknown[]) => pool.query<Row>({ text, values, rowMode: 'array' }).then((r) => r.rows);
  const claims = (after: string | null) => {
    const statement = Prisma.sql`
      SELECT ${CLAIM_COLUMNS}
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      LEFT JOIN "VerdictOption" v ON v.id = c."verdictId"
      LEFT JOIN "User" ru ON ru.id = c."reviewerId"
      LEFT JOIN "User" au ON au.id = c."approvedById"
      WHERE ${filter} ${after === null ? Prisma.empty : Prisma.sql`AND c.id > ${after}`}
      ORDER BY c.id LIMIT ${pageSize}`;
    const rows = query(statement.text, statement.values);
    rows.catch(() => undefined); // awaited below; a consumer that stops early must not leave it unhandled
    return rows;
  };
  const relations = async (ids: string[]): Promise<Related> => {
    const [sources, reviewers, linked, events] = await Promise.all([
      query(SOURCES, [ids]),
      query(REVIEWERS, [ids]),
      query(LINKED, [ids]),
      history === 'none' ? null : query(HISTORY, [ids, history === 'all']),
    ]);
    return {
      sources: grouped(sources, sourceFrom),
      reviewers: grouped(reviewers, (r) => ({ name: str(r[1]), parts: r[2] as string[], lastAt: str(r[3]) })),
      linked: new Map(linked.map((r) => [str(r[0]), linkedFrom(r)])),
      history: events ? grouped(events, (r) => ({ at: str(r[1]), action: str(r[2]), entityType: str(r[3]), entityId: str(r[4]), actor: strOrNull(r[5]), before: r[6], after: r[7] }) as ExportEvent) : undefined,
    };
  };
  let next: Promise<Row[]> | null = claims(null);
  try {
    while (next) {
      const rows: Row[] = await next;
      next = rows.length < pageSize ? null : claims(str(rows[rows.length - 1][0]));
      if (rows.length === 0) break;
      const related = await relations(rows.map((r) => str(r[0])));
      for (const row of rows) yield claimFrom(row, related);
    }
  } finally {
    // Stopped early (the client went away): let the page in flight finish so its connection returns to the pool.
    await next?.catch(() => undefined);
  }
}
