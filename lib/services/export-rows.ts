import { streamPool } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ExportArticle, ExportClaim, ExportEvent } from '@/lib/export';
import type { ExportQuery } from '@/lib/validation/export';
import type { SourceDto } from './dto';

/**
 * The claims of an export read from PostgreSQL as ready-made JSON: each claim with its verdict,
 * people, reviewers, sources, article and (JSON export) history is built by ONE statement, which
 * walks the claims in id order a page at a time (keyset: `id > last`, the primary key's index).
 * The related rows never cost a query of their own, and memory holds one page, whatever the size
 * of the export. Keyset pages rather than a server-side cursor: a cursor would hold a connection
 * and a transaction open for as long as the slowest client takes to download.
 *
 * To add a field to every exported claim: add it to CLAIM_JSON below and to `ExportClaim`
 * (lib/export/types.ts); the writers pick the fields they print by name.
 */

/** Claims are read this many at a time. */
export const EXPORT_PAGE = 1000;

/** ISO 8601 in UTC with milliseconds, as `Date#toISOString` writes it (the columns hold UTC). */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;
const person = (idColumn: Prisma.Sql) => Prisma.sql`(SELECT json_build_object('name', u.name) FROM "User" u WHERE u.id = ${idColumn})`;

const SOURCE_JSON = Prisma.sql`json_build_object(
  'id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher,
  'publishedAt', ${day(Prisma.sql`s."publishedAt"`)}, 'accessedAt', ${day(Prisma.sql`s."accessedAt"`)},
  'excerpt', s.excerpt, 'stance', s.stance, 'kind', s.kind, 'archiveUrl', s."archiveUrl", 'confidential', s.confidential)`;

const ARTICLE_JSON = Prisma.sql`json_build_object(
  'id', a.id, 'title', a.title, 'outlet', a.outlet, 'url', a.url, 'author', a.author,
  'publishedAt', ${day(Prisma.sql`a."publishedAt"`)}, 'createdAt', ${iso(Prisma.sql`a."createdAt"`)})`;

/** The earlier check the claim reused ("checked before"): the latest linked match, or null. */
const LINKED_JSON = Prisma.sql`(
  SELECT json_build_object(
    'linkedAt', ${iso(Prisma.sql`m."linkedAt"`)},
    'factCheck', CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object(
      'reviewUrl', f."reviewUrl", 'claimReviewed', f."claimReviewed", 'orgName', f."orgName", 'ratingLabel', f."ratingLabel") END,
    'earlierClaim', CASE WHEN ec.id IS NULL THEN NULL ELSE json_build_object(
      'id', ec.id, 'articleId', ec."articleId", 'claimText', ec."claimText", 'publicUrl', ec."publicUrl",
      'verdict', (SELECT v.label FROM "VerdictOption" v WHERE v.id = ec."verdictId"),
      'articleTitle', (SELECT ea.title FROM "Article" ea WHERE ea.id = ec."articleId")) END)
  FROM "ClaimMatch" m
  LEFT JOIN "EarlierFactCheck" f ON f.id = m."factCheckId"
  LEFT JOIN "Claim" ec ON ec.id = m."earlierClaimId"
  WHERE m."claimId" = c.id AND m."linkedAt" IS NOT NULL
  ORDER BY m."linkedAt" DESC, m.id LIMIT 1)`;

/** The audit events of claim `c` and of its sources (only public ones when `publicOnly`), oldest first. */
function historyJson(publicOnly: boolean): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object(
      'at', ${iso(Prisma.sql`e."createdAt"`)}, 'action', e.action, 'entityType', e."entityType", 'entityId', e."entityId",
      'actor', u.name, 'before', e.before, 'after', e.after) ORDER BY e."createdAt", e.id)
    FROM (
      SELECT * FROM "AuditEvent" WHERE "entityType" = 'claim' AND "entityId" = c.id
      UNION ALL
      SELECT ev.* FROM "Source" s JOIN "AuditEvent" ev ON ev."entityType" = 'source' AND ev."entityId" = s.id
      WHERE s."claimId" = c.id AND (${!publicOnly} OR NOT s.confidential)
    ) e LEFT JOIN "User" u ON u.id = e."actorId"), '[]'::json)`;
}

function claimJson(history: 'none' | 'public' | 'all'): Prisma.Sql {
  return Prisma.sql`json_build_object(
    'id', c.id, 'articleId', c."articleId", 'quote', c.quote, 'claimText', c."claimText", 'start', c.start, 'end', c."end",
    'claimType', c."claimType", 'speaker', c.speaker, 'status', c.status,
    'verdict', (SELECT json_build_object('label', v.label, 'colour', v.colour, 'ratingValue', v."ratingValue", 'order', v."order")
                FROM "VerdictOption" v WHERE v.id = c."verdictId"),
    'rationale', c.rationale,
    'reviewer', ${person(Prisma.sql`c."reviewerId"`)},
    'reviewers', COALESCE((
      SELECT json_agg(json_build_object('name', u.name, 'parts', cc.parts, 'lastAt', ${iso(Prisma.sql`cc."lastAt"`)}) ORDER BY cc."firstAt", cc."userId")
      FROM "ClaimContributor" cc JOIN "User" u ON u.id = cc."userId" WHERE cc."claimId" = c.id), '[]'::json),
    'approvedBy', ${person(Prisma.sql`c."approvedById"`)},
    'reviewedAt', ${iso(Prisma.sql`c."reviewedAt"`)}, 'updatedAt', ${iso(Prisma.sql`c."updatedAt"`)},
    'sources', COALESCE((SELECT json_agg(${SOURCE_JSON} ORDER BY s.position, s."createdAt") FROM "Source" s WHERE s."claimId" = c.id), '[]'::json),
    'publicUrl', c."publicUrl",
    'quoteRevision', c."quoteRevision", 'anchorState', c."anchorState",
    'linked', ${LINKED_JSON},
    'article', ${ARTICLE_JSON}
    ${history === 'none' ? Prisma.empty : Prisma.sql`, 'history', ${historyJson(history === 'public')}`})`;
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

/** A claim as CLAIM_JSON builds it: the export's claim with its sources' ids, its article and its own public URL. */
export type ExportRow = Omit<ExportClaim, 'sources' | 'article' | 'publicUrl' | 'basedOn'> & {
  linked: LinkedCheck | null;
  sources: SourceDto[];
  article: ExportArticle;
  publicUrl: string | null;
  history?: ExportEvent[];
};

/**
 * Every claim matching `filter`, in id order, EXPORT_PAGE per statement. `history` adds each claim's
 * audit events ('public': the events of confidential sources left out).
 *
 * The statements go through the plain `pg` stream pool (lib/db.ts), and the next page is asked for
 * as soon as the current one arrives, so PostgreSQL builds page n+1 while the writer turns page n
 * into text: the two run side by side instead of taking turns.
 */
export async function* exportRows(filter: Prisma.Sql, history: 'none' | 'public' | 'all', pageSize = EXPORT_PAGE): AsyncGenerator<ExportRow> {
  const json = claimJson(history);
  const pool = streamPool();
  const page = (after: string | null) => {
    const statement = Prisma.sql`
      SELECT c.id, ${json} AS claim
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE ${filter} ${after === null ? Prisma.empty : Prisma.sql`AND c.id > ${after}`}
      ORDER BY c.id LIMIT ${pageSize}`;
    const rows = pool.query<{ id: string; claim: ExportRow | string }>(statement.text, statement.values).then((r) => r.rows);
    rows.catch(() => undefined); // awaited below; a consumer that stops early must not leave it unhandled
    return rows;
  };
  let next: Promise<{ id: string; claim: ExportRow | string }[]> | null = page(null);
  try {
    while (next) {
      const rows: { id: string; claim: ExportRow | string }[] = await next;
      next = rows.length < pageSize ? null : page(rows[rows.length - 1].id);
      for (const row of rows) yield typeof row.claim === 'string' ? (JSON.parse(row.claim) as ExportRow) : row.claim;
    }
  } finally {
    // Stopped early (the client went away): let the page in flight finish so its connection returns to the pool.
    await next?.catch(() => undefined);
  }
}
