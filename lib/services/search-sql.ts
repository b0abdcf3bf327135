/**
 * The SQL of search (lib/services/search.ts runs it): one statement over the five kinds of
 * documents, each kind a branch that picks its best `window` rows (ids and ranks only, on narrow
 * rows); the page is cut from those, and the display columns are read for its rows alone.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import type { SearchKind, SearchQuery } from '@/lib/validation/search-query';

/**
 * How many matching rows of one kind are ranked at most. A common word matches thousands of rows;
 * ranking is cheap per row (a short vector read from the heap) but not free, so the ranking reads
 * this many candidates (the index's matches, in table order) and orders those: for a word that
 * common, any few hundred of its documents are as good as any others.
 */
export const MAX_CANDIDATES = 200;

/**
 * How many matches of a stop-word phrase one kind reads at most (then shows the shortest first):
 * a query like "there" matches a tenth of all texts, so reading stops after these.
 */
export const MAX_PHRASE_CANDIDATES = 100;

/** The longest stretch of an article body the snippet is looked for in. */
const BODY_SNIPPET_CHARS = 100_000;

/**
 * How a branch finds its rows:
 * - `text`: full text on the GIN index of the stored vector (`tsquery` is to_tsquery's input),
 *   ranked by ts_rank on a short vector (articles: title, outlet and author only);
 * - `phrase`: the folded query as a substring of the short fields' folded text (a query of English
 *   stop words only, which full text ignores), at most MAX_PHRASE_CANDIDATES a kind, shortest first.
 */
export type Match = { mode: 'text'; tsquery: string } | { mode: 'phrase'; text: string };

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const where = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`true`);

/** The claim filters (verdict, status, speaker, reviewer) on claim alias `c`. */
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

/** What one kind's candidate query reads from: its table (alias), the joins its filters need, the filters. */
type Source = { from: Prisma.Sql; alias: Prisma.Sql; filters: Prisma.Sql[] };

/**
 * The best `window` rows of one kind as (id, rank), best first, of at most MAX_CANDIDATES matches
 * (MAX_PHRASE_CANDIDATES for a phrase): the same candidates whatever the page, so pages never
 * overlap.
 */
function ranked(kind: SearchKind, src: Source, match: Match, window: number): Prisma.Sql {
  const a = src.alias;
  if (match.mode === 'phrase') {
    // The first candidates in table order (an index or table scan stops there: such words are
    // common), shortest text first: there the phrase is most of what is said.
    const pattern = `%${escapeLike(match.text)}%`;
    return Prisma.sql`(SELECT cand.id, (1.0 / (1 + length(cand.search_text)))::float8 AS rank
      FROM (SELECT ${a}.id, ${a}.search_text FROM ${src.from} WHERE ${a}.search_text LIKE ${pattern} AND ${where(src.filters)} LIMIT ${MAX_PHRASE_CANDIDATES}) cand
      ORDER BY rank DESC, cand.id LIMIT ${window})`;
  }
  const q = Prisma.sql`to_tsquery('english', immutable_unaccent(${match.tsquery}::text))`;
  if (kind === 'article') {
    // Title, outlet or author matches first (their own small index), then body matches; both
    // ranked on the small head vector: a body's vector is large and read from TOAST.
    const rank = Prisma.sql`(ts_rank(${a}.search_head, ${q}) + 0.0001)::float8`;
    return Prisma.sql`(SELECT cand.id, cand.rank FROM (
        (SELECT ${a}.id, ${rank} AS rank FROM ${src.from} WHERE ${a}.search_head @@ ${q} AND ${where(src.filters)} LIMIT ${MAX_CANDIDATES})
        UNION
        (SELECT ${a}.id, ${rank} AS rank FROM ${src.from} WHERE ${a}.search_vector @@ ${q} AND ${where(src.filters)} LIMIT ${MAX_CANDIDATES})
      ) cand
      ORDER BY cand.rank DESC, cand.id LIMIT ${window})`;
  }
  return Prisma.sql`(SELECT cand.id, ts_rank(cand.search_vector, ${q})::float8 AS rank
    FROM (SELECT ${a}.id, ${a}.search_vector FROM ${src.from} WHERE ${a}.search_vector @@ ${q} AND ${where(src.filters)} LIMIT ${MAX_CANDIDATES}) cand
    ORDER BY rank DESC, cand.id LIMIT ${window})`;
}

/**
 * One kind's part of the statement, or null when its filters exclude the kind: `ids`, its best
 * `window` rows as (kind, id, rank); `display`, the columns shown for those of its rows that made
 * the page (CTE `page`), so that an article's body is read only when the article is shown.
 */
type Branch = { ids: Prisma.Sql; display: Prisma.Sql };

function branch(kind: SearchKind, q: SearchQuery, match: Match, window: number, seeConfidential: boolean): Branch | null {
  const ids = (src: Source) => Prisma.sql`(SELECT ${kind}::text AS kind, x.id, x.rank FROM ${ranked(kind, src, match, window)} x)`;
  const claimAnd = claimConditions(q);
  const articleDate = Prisma.sql`coalesce(a."publishedAt", a."createdAt")`;
  switch (kind) {
    case 'article': {
      const filters = [...outletCondition(q, Prisma.sql`a.outlet`), ...dateConditions(q, articleDate)];
      if (claimAnd.length) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND ${where(claimAnd)})`);
      return {
        ids: ids({ from: Prisma.sql`"Article" a`, alias: Prisma.sql`a`, filters }),
        display: Prisma.sql`(SELECT 'article'::text AS kind, a.id, a.id AS "articleId", NULL::text AS "claimId", a.title,
          ARRAY[left(a.body, ${BODY_SNIPPET_CHARS}), a.outlet, a.author] AS fields, a.title AS "articleTitle",
          NULL::text AS "verdictLabel", NULL::text AS "verdictColour", NULL::text AS status, a.author AS speaker, a.outlet, ${articleDate} AS date, NULL::text AS url, r.rank
        FROM page r JOIN "Article" a ON a.id = r.id WHERE r.kind = 'article')`,
      };
    }
    case 'claim':
    case 'source':
    case 'comment': {
      const date = kind === 'comment' ? Prisma.sql`m."createdAt"` : articleDate;
      const needsArticle = !!(q.outlet || q.from || q.to) && !(kind === 'comment' && !q.outlet);
      const filters = [...claimAnd, ...outletCondition(q, Prisma.sql`a.outlet`), ...dateConditions(q, date)];
      const filterJoin = needsArticle ? Prisma.sql`JOIN "Article" a ON a.id = c."articleId"` : Prisma.empty;
      // A source or comment is joined to its claim only when a filter reads the claim or its article.
      const claimJoin = (on: Prisma.Sql) => (claimAnd.length || needsArticle ? Prisma.sql`JOIN "Claim" c ON c.id = ${on} ${filterJoin}` : Prisma.empty);
      const display = Prisma.sql`a.title AS "articleTitle", v.label AS "verdictLabel", v.colour AS "verdictColour", c.status::text AS status, c.speaker, a.outlet, ${date} AS date, NULL::text AS url, r.rank`;
      const displayJoins = Prisma.sql`JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "VerdictOption" v ON v.id = c."verdictId"`;
      if (kind === 'claim') {
        const src = { from: Prisma.sql`"Claim" c ${filterJoin}`, alias: Prisma.sql`c`, filters };
        return {
          ids: ids(src),
          display: Prisma.sql`(SELECT 'claim'::text AS kind, c.id, c."articleId", c.id AS "claimId", c."claimText" AS title,
            ARRAY[c.quote, c."claimText", c.speaker, c.rationale] AS fields, ${display}
          FROM page r JOIN "Claim" c ON c.id = r.id ${displayJoins} WHERE r.kind = 'claim')`,
        };
      }
      if (kind === 'source') {
        if (!seeConfidential) filters.push(Prisma.sql`NOT s.confidential`);
        const src = { from: Prisma.sql`"Source" s ${claimJoin(Prisma.sql`s."claimId"`)}`, alias: Prisma.sql`s`, filters };
        return {
          ids: ids(src),
          display: Prisma.sql`(SELECT 'source'::text AS kind, s.id, c."articleId", c.id AS "claimId", s.title,
            ARRAY[s.excerpt, s.url, s.publisher] AS fields, ${display}
          FROM page r JOIN "Source" s ON s.id = r.id JOIN "Claim" c ON c.id = s."claimId" ${displayJoins} WHERE r.kind = 'source')`,
        };
      }
      const src = { from: Prisma.sql`"Comment" m ${claimJoin(Prisma.sql`m."claimId"`)}`, alias: Prisma.sql`m`, filters };
      return {
        ids: ids(src),
        display: Prisma.sql`(SELECT 'comment'::text AS kind, m.id, c."articleId", c.id AS "claimId", c."claimText" AS title,
          ARRAY[m.body] AS fields, ${display}
        FROM page r JOIN "Comment" m ON m.id = r.id JOIN "Claim" c ON c.id = m."claimId" ${displayJoins} WHERE r.kind = 'comment')`,
      };
    }
    case 'factcheck': {
      // Imported fact-checks have no status or reviewer here: those filters leave them out.
      if (q.status?.length || q.reviewer) return null;
      const date = Prisma.sql`coalesce(f."datePublished", f."importedAt")`;
      const filters = [...outletCondition(q, Prisma.sql`f."orgName"`), ...dateConditions(q, date)];
      if (q.speaker) filters.push(Prisma.sql`search_fold(f."claimAuthor") LIKE search_fold(${`%${escapeLike(q.speaker)}%`}::text)`);
      if (q.verdict === 'none') filters.push(Prisma.sql`f."ratingLabel" IS NULL`);
      else if (q.verdict) filters.push(Prisma.sql`lower(f."ratingLabel") = (SELECT lower(label) FROM "VerdictOption" WHERE id = ${q.verdict})`);
      return {
        ids: ids({ from: Prisma.sql`"EarlierFactCheck" f`, alias: Prisma.sql`f`, filters }),
        display: Prisma.sql`(SELECT 'factcheck'::text AS kind, f.id, NULL::text AS "articleId", NULL::text AS "claimId", f."claimReviewed" AS title,
          ARRAY[f."claimReviewed", f."claimAuthor", f."orgName", f."ratingLabel"] AS fields, f."orgName" AS "articleTitle",
          f."ratingLabel" AS "verdictLabel", NULL::text AS "verdictColour", NULL::text AS status, f."claimAuthor" AS speaker, f."orgName" AS outlet, ${date} AS date, f."reviewUrl" AS url, r.rank
        FROM page r JOIN "EarlierFactCheck" f ON f.id = r.id WHERE r.kind = 'factcheck')`,
      };
    }
  }
}

/** The one statement answering a page (null when the filters exclude every kind asked for). */
export function searchStatement(q: SearchQuery, kinds: readonly SearchKind[], match: Match, offset: number, seeConfidential: boolean): Prisma.Sql | null {
  const window = offset + q.limit + 1;
  const branches = kinds.map((kind) => branch(kind, q, match, window, seeConfidential)).filter((b): b is Branch => b !== null);
  if (!branches.length) return null;
  return Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT * FROM (${Prisma.join(branches.map((b) => b.ids), ' UNION ALL ')}) hits
      ORDER BY rank DESC, kind, id
      LIMIT ${q.limit + 1} OFFSET ${offset}
    )
    SELECT * FROM (${Prisma.join(branches.map((b) => b.display), ' UNION ALL ')}) shown
    ORDER BY rank DESC, kind, id`;
}

/**
 * Words for the terms of a query that found less than a page, from the lexicon of stored words:
 * - `correction`: for a term no stored word begins with nor shares its English stem with ("dogs"
 *   is known when "dog" is; "feleing", stemmed "fele", is not known by "feler"), the 30 lexicon words most similar by trigrams (the GIN index over
 *   ~100,000 short words), of a similar length; lib/search/spelling.ts keeps those a typo away;
 * - `completion`: for a term stored words begin with, up to 3 of them whose English stems its
 *   prefix query misses (`utiliz:*` misses "utilize", stemmed "util"), shortest first.
 */
export function vocabularyStatement(terms: string[]): Prisma.Sql {
  // One branch per term with its values as parameters, so that PostgreSQL plans each LIKE and %
  // on the trigram index (a pattern taken from a joined column is not planned on an index).
  const stem = (word: Prisma.Sql) => Prisma.sql`(ts_lexize('english_stem', ${word}))[1]`;
  const one = (term: string) => {
    const t = Prisma.sql`${term}::text`;
    const prefix = Prisma.sql`${`${term}%`}::text`;
    return Prisma.sql`(
      SELECT ${t} AS term, x.word, x.sim::float8 AS sim, 'correction' AS how
      FROM (
        SELECT DISTINCT l.word, similarity(l.word, ${t}) AS sim FROM "SearchWord" l
        WHERE l.word % ${t} AND length(l.word) BETWEEN ${term.length - 2} AND ${term.length + 2}
        ORDER BY sim DESC, l.word LIMIT 30
      ) x
      WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k.word LIKE ${prefix})
        AND NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k.word LIKE ${stem(t)} || '%' AND ${stem(Prisma.sql`k.word`)} = ${stem(t)})
    ) UNION ALL (
      SELECT ${t}, min(l.word), 1::float8, 'completion' FROM "SearchWord" l
      WHERE l.word LIKE ${prefix} AND ${stem(Prisma.sql`l.word`)} NOT LIKE ${stem(t)} || '%'
      GROUP BY ${stem(Prisma.sql`l.word`)} ORDER BY min(length(l.word)), 2 LIMIT 3
    )`;
  };
  return Prisma.join(terms.map(one), ' UNION ALL ');
}
