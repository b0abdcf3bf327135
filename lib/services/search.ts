import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { MAX_SEARCH_OFFSET, SEARCH_KINDS, searchQuerySchema, type SearchInput, type SearchKind, type SearchQuery } from '@/lib/validation/search-query';
import { highlight, matchCount, queryTerms, snippet, type Segment } from '@/lib/search/highlight';
import { decodeCursor, encodeCursor } from './cursor';
import { canSeeConfidentialSources } from './collaboration';

/** One search result: what it is, where it opens, and its highlighted title and snippet. */
export type SearchHit = {
  kind: SearchKind;
  id: string;
  /** The app page that opens it (the claim in its article), or the fact-check's own page for an imported one. */
  href: string | null;
  title: Segment[];
  snippet: Segment[];
  /** Which field the snippet comes from. */
  field: string;
  articleId: string | null;
  articleTitle: string | null;
  claimId: string | null;
  verdict: { label: string; colour: string | null } | null;
  status: string | null;
  speaker: string | null;
  outlet: string | null;
  date: string | null;
  rank: number;
};
export type SearchPage = { data: SearchHit[]; nextCursor: string | null };

type Row = {
  kind: SearchKind;
  id: string;
  articleId: string | null;
  claimId: string | null;
  title: string;
  fields: (string | null)[];
  articleTitle: string | null;
  verdictLabel: string | null;
  verdictColour: string | null;
  status: string | null;
  speaker: string | null;
  outlet: string | null;
  date: Date | null;
  url: string | null;
  rank: number;
};

/** The names of each kind's `fields`, in the order the query returns them. */
const FIELD_NAMES: Record<SearchKind, string[]> = {
  article: ['body', 'outlet', 'author'],
  claim: ['quote', 'claimText', 'speaker', 'rationale'],
  source: ['excerpt', 'url', 'publisher'],
  comment: ['body'],
  factcheck: ['claimReviewed', 'claimAuthor', 'orgName', 'ratingLabel'],
};

/**
 * How many matching rows of one kind are ranked at most. A very common word matches tens of
 * thousands of rows; ranking them all cost seconds at 100,000 claims (bench/search.ts), so the
 * ranking reads this many candidates (the index's matches, in table order) and orders those.
 */
const MAX_CANDIDATES = 2000;

/** The longest stretch of an article body the snippet is looked for in. */
const BODY_SNIPPET_CHARS = 100_000;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What every branch of the query is given. */
type Terms = { tsquery: Prisma.Sql; folded: Prisma.Sql };

/** The claim filters (verdict, status, speaker, reviewer) on claim alias `c`, or null when none is set. */
function claimConditions(q: SearchQuery): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (q.verdict) and.push(q.verdict === 'none' ? Prisma.sql`c."verdictId" IS NULL` : Prisma.sql`c."verdictId" = ${q.verdict}`);
  if (q.status?.length) and.push(Prisma.sql`c.status::text IN (${Prisma.join(q.status)})`);
  if (q.speaker) and.push(Prisma.sql`search_fold(c.speaker) LIKE search_fold(${`%${escapeLike(q.speaker)}%`}::text)`);
  if (q.reviewer) and.push(Prisma.sql`c."reviewerId" = ${q.reviewer}`);
  return and;
}

function dateConditions(q: SearchQuery, date: Prisma.Sql): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (q.from) and.push(Prisma.sql`${date} >= ${q.from}::date`);
  if (q.to) and.push(Prisma.sql`${date} < ${q.to}::date + 1`);
  return and;
}

const outletCondition = (q: SearchQuery, column: Prisma.Sql) => (q.outlet ? [Prisma.sql`search_fold(${column}) LIKE search_fold(${`%${escapeLike(q.outlet)}%`}::text)`] : []);
const where = (conditions: Prisma.Sql[]) => Prisma.join(conditions, ' AND ');

/**
 * Each kind's branch: matched by full text (prefix terms) or trigram word similarity, ranked by
 * ts_rank plus that similarity. `search_vector` and `search_text` are stored columns PostgreSQL
 * generates (migration search_indexes), each with its GIN index. The inner query ranks ids only
 * (narrow rows, the joins its filters need); the display columns (an article's body for the
 * snippet, the claim, article and verdict) are read for the best `window` rows alone.
 */
function branch(kind: SearchKind, q: SearchQuery, t: Terms, window: number, seeConfidential: boolean): Prisma.Sql | null {
  const claimAnd = claimConditions(q);
  // The best `window` of at most MAX_CANDIDATES matching rows (id, vector and folded text only).
  const ranked = (candidates: Prisma.Sql) =>
    Prisma.sql`(SELECT cand.id, (ts_rank(cand.search_vector, ${t.tsquery}) + word_similarity(${t.folded}, cand.search_text))::float8 AS rank
      FROM (${candidates} LIMIT ${MAX_CANDIDATES}) cand ORDER BY rank DESC, cand.id LIMIT ${window})`;
  const matches = (alias: Prisma.Sql) => Prisma.sql`(${alias}.search_vector @@ ${t.tsquery} OR ${t.folded} <% ${alias}.search_text)`;
  const articleDate = Prisma.sql`coalesce(a."publishedAt", a."createdAt")`;
  switch (kind) {
    case 'article': {
      const and = [matches(Prisma.sql`a`), ...outletCondition(q, Prisma.sql`a.outlet`), ...dateConditions(q, articleDate)];
      if (claimAnd.length) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND ${where(claimAnd)})`);
      return Prisma.sql`(SELECT 'article'::text AS kind, a.id, a.id AS "articleId", NULL::text AS "claimId", a.title,
          ARRAY[left(a.body, ${BODY_SNIPPET_CHARS}), a.outlet, a.author] AS fields, a.title AS "articleTitle",
          NULL::text AS "verdictLabel", NULL::text AS "verdictColour", NULL::text AS status, a.author AS speaker, a.outlet, ${articleDate} AS date, NULL::text AS url, r.rank
        FROM ${ranked(Prisma.sql`SELECT a.id, a.search_vector, a.search_text FROM "Article" a WHERE ${where(and)}`)} r
        JOIN "Article" a ON a.id = r.id)`;
    }
    case 'claim':
    case 'source':
    case 'comment': {
      const date = kind === 'comment' ? Prisma.sql`m."createdAt"` : articleDate;
      const needsArticle = !!(q.outlet || q.from || q.to) && !(kind === 'comment' && !q.outlet);
      const and = [...claimAnd, ...outletCondition(q, Prisma.sql`a.outlet`), ...dateConditions(q, date)];
      const filterJoin = needsArticle ? Prisma.sql`JOIN "Article" a ON a.id = c."articleId"` : Prisma.empty;
      const display = Prisma.sql`a.title AS "articleTitle", v.label AS "verdictLabel", v.colour AS "verdictColour", c.status::text AS status, c.speaker, a.outlet, ${date} AS date, NULL::text AS url, r.rank`;
      const displayJoins = Prisma.sql`JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "VerdictOption" v ON v.id = c."verdictId"`;
      if (kind === 'claim') {
        and.unshift(matches(Prisma.sql`c`));
        return Prisma.sql`(SELECT 'claim'::text AS kind, c.id, c."articleId", c.id AS "claimId", c."claimText" AS title,
            ARRAY[c.quote, c."claimText", c.speaker, c.rationale] AS fields, ${display}
          FROM ${ranked(Prisma.sql`SELECT c.id, c.search_vector, c.search_text FROM "Claim" c ${filterJoin} WHERE ${where(and)}`)} r
          JOIN "Claim" c ON c.id = r.id ${displayJoins})`;
      }
      if (kind === 'source') {
        and.unshift(matches(Prisma.sql`s`));
        if (!seeConfidential) and.push(Prisma.sql`NOT s.confidential`);
        return Prisma.sql`(SELECT 'source'::text AS kind, s.id, c."articleId", c.id AS "claimId", s.title,
            ARRAY[s.excerpt, s.url, s.publisher] AS fields, ${display}
          FROM ${ranked(Prisma.sql`SELECT s.id, s.search_vector, s.search_text FROM "Source" s JOIN "Claim" c ON c.id = s."claimId" ${filterJoin} WHERE ${where(and)}`)} r
          JOIN "Source" s ON s.id = r.id JOIN "Claim" c ON c.id = s."claimId" ${displayJoins})`;
      }
      and.unshift(matches(Prisma.sql`m`));
      return Prisma.sql`(SELECT 'comment'::text AS kind, m.id, c."articleId", c.id AS "claimId", c."claimText" AS title,
          ARRAY[m.body] AS fields, ${display}
        FROM ${ranked(Prisma.sql`SELECT m.id, m.search_vector, m.search_text FROM "Comment" m JOIN "Claim" c ON c.id = m."claimId" ${filterJoin} WHERE ${where(and)}`)} r
        JOIN "Comment" m ON m.id = r.id JOIN "Claim" c ON c.id = m."claimId" ${displayJoins})`;
    }
    case 'factcheck': {
      // Imported fact-checks have no status or reviewer here: those filters leave them out.
      if (q.status?.length || q.reviewer) return null;
      const date = Prisma.sql`coalesce(f."datePublished", f."importedAt")`;
      const and = [matches(Prisma.sql`f`), ...outletCondition(q, Prisma.sql`f."orgName"`), ...dateConditions(q, date)];
      if (q.speaker) and.push(Prisma.sql`search_fold(f."claimAuthor") LIKE search_fold(${`%${escapeLike(q.speaker)}%`}::text)`);
      if (q.verdict === 'none') and.push(Prisma.sql`f."ratingLabel" IS NULL`);
      else if (q.verdict) and.push(Prisma.sql`lower(f."ratingLabel") = (SELECT lower(label) FROM "VerdictOption" WHERE id = ${q.verdict})`);
      return Prisma.sql`(SELECT 'factcheck'::text AS kind, f.id, NULL::text AS "articleId", NULL::text AS "claimId", f."claimReviewed" AS title,
          ARRAY[f."claimReviewed", f."claimAuthor", f."orgName", f."ratingLabel"] AS fields, f."orgName" AS "articleTitle",
          f."ratingLabel" AS "verdictLabel", NULL::text AS "verdictColour", NULL::text AS status, f."claimAuthor" AS speaker, f."orgName" AS outlet, ${date} AS date, f."reviewUrl" AS url, r.rank
        FROM ${ranked(Prisma.sql`SELECT f.id, f.search_vector, f.search_text FROM "EarlierFactCheck" f WHERE ${where(and)}`)} r
        JOIN "EarlierFactCheck" f ON f.id = r.id)`;
    }
  }
}

function hrefOf(row: Row): string | null {
  if (row.kind === 'factcheck') return row.url && /^https?:\/\//i.test(row.url) ? row.url : null;
  if (!row.articleId) return null;
  const article = `/articles/${encodeURIComponent(row.articleId)}`;
  return row.claimId ? `${article}?claim=${encodeURIComponent(row.claimId)}` : article;
}

function toHit(row: Row, terms: string[]): SearchHit {
  const names = FIELD_NAMES[row.kind];
  let best = 0;
  let bestCount = -1;
  row.fields.forEach((value, i) => {
    const count = value ? matchCount(value, terms) : -1;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return {
    kind: row.kind,
    id: row.id,
    href: hrefOf(row),
    title: highlight(row.title.length > 300 ? `${row.title.slice(0, 299)}…` : row.title, terms),
    snippet: snippet(row.fields[best] ?? '', terms),
    field: names[best] ?? names[0],
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    claimId: row.claimId,
    verdict: row.verdictLabel ? { label: row.verdictLabel, colour: row.verdictColour } : null,
    status: row.status,
    speaker: row.speaker,
    outlet: row.outlet,
    date: row.date ? row.date.toISOString() : null,
    rank: Math.round(row.rank * 10_000) / 10_000,
  };
}

/**
 * Searches articles, claims, sources, comments and imported fact-checks: PostgreSQL full text
 * (English, unaccented, words as prefixes) or trigram word similarity (partial words, names, typos),
 * ranked by both; filtered like the claims list; confidential sources only for those who may see
 * them. Pages by offset inside an opaque cursor (ranked results are read from the top).
 */
export async function search(actor: Actor, input: SearchInput): Promise<SearchPage> {
  const plan = searchPlan(actor, input);
  if (!plan) return { data: [], nextCursor: null };
  const { sql, q, offset, terms } = plan;
  const rows = await prisma.$queryRaw<Row[]>(sql);
  const more = rows.length > q.limit && offset + q.limit <= MAX_SEARCH_OFFSET;
  return { data: rows.slice(0, q.limit).map((row) => toHit(row, terms)), nextCursor: more ? encodeCursor([offset + q.limit]) : null };
}

/** The checked query and the one SQL statement that answers it (null when nothing can match); bench/search.ts explains it. */
export function searchPlan(actor: Actor, input: SearchInput): { sql: Prisma.Sql; q: SearchQuery; offset: number; terms: string[] } | null {
  assertCan(actor, 'article:read');
  const q = parseInput(searchQuerySchema, input);
  const [offset] = q.cursor ? decodeCursor(q.cursor, ['int']) : [0];
  if (offset < 0 || offset > MAX_SEARCH_OFFSET) throw new AppError('BAD_REQUEST', 'cursor is not one this API gave out.', { fields: { cursor: ['Unknown cursor.'] } });
  const terms = queryTerms(q.q);
  if (!terms.length) return null;
  const t: Terms = {
    // Letters and digits only, so the query syntax of to_tsquery never sees user punctuation.
    tsquery: Prisma.sql`to_tsquery('english', immutable_unaccent(${terms.map((w) => `${w}:*`).join(' & ')}::text))`,
    folded: Prisma.sql`search_fold(${terms.join(' ')}::text)`,
  };
  const window = offset + q.limit + 1;
  const seeConfidential = canSeeConfidentialSources(actor);
  const branches = (q.kind ?? SEARCH_KINDS).map((kind) => branch(kind, q, t, window, seeConfidential)).filter((b): b is Prisma.Sql => b !== null);
  if (!branches.length) return null;
  const sql = Prisma.sql`
    SELECT * FROM (${Prisma.join(branches, ' UNION ALL ')}) hits
    ORDER BY rank DESC, kind, id
    LIMIT ${q.limit + 1} OFFSET ${offset}`;
  return { sql, q, offset, terms };
}
