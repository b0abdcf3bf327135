import { prisma, type Tx } from '@/lib/db';

/**
 * Candidate retrieval for "checked before" (lib/services/claim-matches.ts): which earlier checks are
 * worth handing to compareClaims for each claim of an article.
 *
 * A stored matchKey (lib/matching) is already a list of words: stems with synonyms and aliases
 * folded, numbers as digits, function words left out. PostgreSQL keeps those words as a generated
 * tsvector (`match_terms`, 'simple' configuration) under a GIN index. A claim looks up only its
 * RAREST words (document frequencies in "MatchTermStat", see rareTerms), and an earlier check must
 * share two of them. Reading a few short posting lists sends a handful of rows per claim to the heap
 * instead of every row that shares enough common trigrams (GIN cannot order by distance, so `%`
 * rechecks and sorts them all); pg_trgm `similarity()` then ranks that short list and the best CANDIDATES_PER_CLAIM over
 * SIMILARITY_THRESHOLD are kept, in ONE statement per article and kind (LATERAL over the claims).
 *
 * The older retrieval (`%` on the trigram GIN index, ordered by `<->`) is kept as `trigram…` for the
 * benchmark's side-by-side recall and speed (bench/matching.ts). Internal: callers check permissions.
 */

/** Candidates per claim and kind of earlier check handed to compareClaims. */
export const CANDIDATES_PER_CLAIM = 8;
/** pg_trgm similarity a stored key needs to be a candidate at all. */
export const SIMILARITY_THRESHOLD = 0.3;
/** A claim always looks up at least its this many rarest words (a changed number still leaves others)… */
export const MIN_TERMS = 3;
/** …then more words found in at most this share of the rows… */
export const COMMON_SHARE = 0.03;
/** …but never more than this many words. */
export const MAX_TERMS = 10;

export type RetrievalOptions = { minTerms?: number; maxTerms?: number; commonShare?: number; threshold?: number; limit?: number };

type Db = Tx | typeof prisma;
export type CandidateRow = { claimId: string; id: string; text: string; speaker: string | null; sim: number };
export type TermKind = 'claim' | 'factCheck';
type Target = { id: string; key: string };

// Rows whose words are counted. Keys are filled before matching (match-keys.ts), and a row without
// one has no words; leaving "matchKey" out of the filter lets count(*) read an index only.
const TABLE: Record<TermKind, { table: string; where: string }> = {
  claim: { table: '"Claim"', where: `status = 'approved'` },
  factCheck: { table: '"EarlierFactCheck"', where: 'true' },
};

/**
 * The tsquery of a claim's rarest words (LATERAL subquery over `q.key`): its MIN_TERMS rarest words,
 * then more rare ones (in at most COMMON_SHARE of the rows), at most MAX_TERMS; an earlier check must
 * share at least TWO of them (one when the key has fewer than three words): `(a & b) | (a & c) | …`.
 * Words the statistics do not know count as rarest (new words are rare); ties by the word itself.
 */
const rareTerms = (kind: TermKind, at: { min: string; max: string; share: string }) => `
  CROSS JOIN LATERAL (
    SELECT (CASE WHEN count(*) < 3 THEN string_agg(w.lexeme, ' | ')
            ELSE (SELECT string_agg('(' || x.a || ' & ' || y.b || ')', ' | ')
                    FROM unnest(array_agg(w.lexeme)) WITH ORDINALITY x(a, i) JOIN unnest(array_agg(w.lexeme)) WITH ORDINALITY y(b, j) ON x.i < y.j)
            END)::tsquery AS tq
      FROM (
        -- the word as a quoted tsquery lexeme: quotes doubled, backslashes escaped (tsquery syntax, not SQL's)
        SELECT '''' || replace(replace(u.term, '\\', '\\\\'), '''', '''''') || '''' AS lexeme, u.df, row_number() OVER (ORDER BY u.df, u.term) AS n
          FROM (SELECT v.lexeme AS term, coalesce(s.df, 0) AS df
                  FROM unnest(to_tsvector('pg_catalog.simple'::regconfig, q.key)) AS v
                  LEFT JOIN "MatchTermStat" s ON s.kind = '${kind}' AND s.term = v.lexeme) u
      ) w
     WHERE w.n <= ${at.min}::int
        OR (w.n <= ${at.max}::int AND w.df <= ${at.share}::float8 * (SELECT coalesce(max(t.df), 0) FROM "MatchTermStat" t WHERE t.kind = '${kind}' AND t.term = ''))
  ) r`;

/**
 * Approved claims of other articles sharing a claim's rare words, ranked by trigram similarity of
 * the keys: the best `limit` per target, in ONE statement for the whole article.
 */
export async function earlierClaimCandidates(db: Db, articleId: string, targets: Target[], options: RetrievalOptions = {}): Promise<CandidateRow[]> {
  if (targets.length === 0) return [];
  const o = withDefaults(options);
  return db.$queryRawUnsafe<CandidateRow[]>(
    `SELECT q.id AS "claimId", c.id, c."claimText" AS text, c.speaker, c.sim
       FROM unnest($1::text[], $2::text[]) AS q(id, key)
       ${rareTerms('claim', { min: '$5', max: '$6', share: '$7' })}
       CROSS JOIN LATERAL (
         SELECT e.id, e."claimText", e.speaker, s.sim FROM "Claim" e
           CROSS JOIN LATERAL (SELECT similarity(e."matchKey", q.key) AS sim) s
          WHERE e.match_terms @@ r.tq AND e.status = 'approved' AND e."articleId" <> $3 AND s.sim >= $8::float8
          ORDER BY s.sim DESC, e.id LIMIT $4::int
       ) c`,
    targets.map((t) => t.id), targets.map((t) => t.key), articleId, o.limit, o.minTerms, o.maxTerms, o.commonShare, o.threshold,
  );
}

/** The statement of factCheckCandidates ($1 ids, $2 keys, $3 limit, $4 min terms, $5 max terms, $6 common share, $7 threshold). */
export const FACT_CHECK_SQL = `SELECT q.id AS "claimId", f.id, f."claimReviewed" AS text, f."claimAuthor" AS speaker, f.sim
       FROM unnest($1::text[], $2::text[]) AS q(id, key)
       ${rareTerms('factCheck', { min: '$4', max: '$5', share: '$6' })}
       CROSS JOIN LATERAL (
         SELECT e.id, e."claimReviewed", e."claimAuthor", s.sim FROM "EarlierFactCheck" e
           CROSS JOIN LATERAL (SELECT similarity(e."matchKey", q.key) AS sim) s
          WHERE e.match_terms @@ r.tq AND s.sim >= $7::float8
          ORDER BY s.sim DESC, e.id LIMIT $3::int
       ) f`;

/** The parameters of FACT_CHECK_SQL. */
export function factCheckParams(targets: Target[], options: RetrievalOptions = {}): unknown[] {
  const o = withDefaults(options);
  return [targets.map((t) => t.id), targets.map((t) => t.key), o.limit, o.minTerms, o.maxTerms, o.commonShare, o.threshold];
}

/** Imported ClaimReviews sharing a claim's rare words, ranked by trigram similarity (best `limit` per target, one statement). */
export async function factCheckCandidates(db: Db, targets: Target[], options: RetrievalOptions = {}): Promise<CandidateRow[]> {
  if (targets.length === 0) return [];
  return db.$queryRawUnsafe<CandidateRow[]>(FACT_CHECK_SQL, ...factCheckParams(targets, options));
}

function withDefaults(o: RetrievalOptions): Required<RetrievalOptions> {
  return {
    minTerms: o.minTerms ?? MIN_TERMS,
    maxTerms: o.maxTerms ?? MAX_TERMS,
    commonShare: o.commonShare ?? COMMON_SHARE,
    threshold: o.threshold ?? SIMILARITY_THRESHOLD,
    limit: o.limit ?? CANDIDATES_PER_CLAIM,
  };
}

/** Sets pg_trgm's `%` threshold for the rest of the transaction (the trigram retrieval). */
export async function setSimilarityThreshold(tx: Db, threshold = SIMILARITY_THRESHOLD): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, String(threshold));
}

/**
 * The previous retrieval, kept for comparison: approved claims whose key is trigram-similar (`%` on the
 * trigram GIN index, which cannot order by distance: every row over the threshold is rechecked and
 * sorted). Needs setSimilarityThreshold in the same transaction.
 */
export async function trigramClaimCandidates(db: Db, articleId: string, targets: Target[], limit = CANDIDATES_PER_CLAIM): Promise<CandidateRow[]> {
  if (targets.length === 0) return [];
  return db.$queryRawUnsafe<CandidateRow[]>(
    `SELECT q.id AS "claimId", c.id, c."claimText" AS text, c.speaker, similarity(c."matchKey", q.key) AS sim
       FROM unnest($1::text[], $2::text[]) AS q(id, key)
       CROSS JOIN LATERAL (
         SELECT e.id, e."claimText", e.speaker, e."matchKey" FROM "Claim" e
          WHERE e."matchKey" % q.key AND e.status = 'approved' AND e."articleId" <> $3
          ORDER BY e."matchKey" <-> q.key LIMIT $4
       ) c`,
    targets.map((t) => t.id), targets.map((t) => t.key), articleId, limit,
  );
}

/** The statement of trigramFactCheckCandidates ($1 ids, $2 keys, $3 limit). */
export const TRIGRAM_FACT_CHECK_SQL = `SELECT q.id AS "claimId", f.id, f."claimReviewed" AS text, f."claimAuthor" AS speaker, similarity(f."matchKey", q.key) AS sim
       FROM unnest($1::text[], $2::text[]) AS q(id, key)
       CROSS JOIN LATERAL (
         SELECT e.id, e."claimReviewed", e."claimAuthor", e."matchKey" FROM "EarlierFactCheck" e
          WHERE e."matchKey" % q.key
          ORDER BY e."matchKey" <-> q.key LIMIT $3
       ) f`;

/** The previous retrieval of imported ClaimReviews (see trigramClaimCandidates). */
export async function trigramFactCheckCandidates(db: Db, targets: Target[], limit = CANDIDATES_PER_CLAIM): Promise<CandidateRow[]> {
  if (targets.length === 0) return [];
  return db.$queryRawUnsafe<CandidateRow[]>(TRIGRAM_FACT_CHECK_SQL, targets.map((t) => t.id), targets.map((t) => t.key), limit);
}

/** Rows counted by the statistics of `kind` (the '' row), or null when there are none. */
async function countedRows(db: Db, kind: TermKind): Promise<number | null> {
  const [row] = await db.$queryRawUnsafe<{ df: number }[]>(`SELECT df FROM "MatchTermStat" WHERE kind = $1 AND term = ''`, kind);
  return row ? Number(row.df) : null;
}

async function currentRows(db: Db, kind: TermKind): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${TABLE[kind].table} WHERE ${TABLE[kind].where}`);
  return Number(row.n);
}

/** Statistics are stale when the table changed by more than a tenth (and 20 rows) since they were counted. */
export const isStale = (counted: number | null, now: number) => counted === null || Math.abs(now - counted) > Math.max(20, counted / 10);

/**
 * Recounts the document frequency of every word of the stored keys of `kind` (ts_stat, one pass over
 * the table) when the statistics are missing or stale, or always with `force`. Words of rows added
 * since count as rare until then, which only widens a lookup. Returns whether it recounted.
 */
export async function refreshTermStats(kind: TermKind, options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force) {
    const [counted, now] = await Promise.all([countedRows(prisma, kind), currentRows(prisma, kind)]);
    if (!isStale(counted, now)) return false;
  }
  return prisma.$transaction(
    async (tx) => {
      // One recount at a time per kind; whoever waited finds fresh statistics.
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('MatchTermStat:' || $1))`, kind);
      const now = await currentRows(tx, kind);
      if (!options.force && !isStale(await countedRows(tx, kind), now)) return false;
      await tx.$executeRawUnsafe(`DELETE FROM "MatchTermStat" WHERE kind = $1`, kind);
      const source = `SELECT match_terms FROM ${TABLE[kind].table} WHERE ${TABLE[kind].where}`;
      await tx.$executeRawUnsafe(
        `INSERT INTO "MatchTermStat" (kind, term, df) SELECT $1, word, ndoc FROM ts_stat($2) WHERE word <> ''
         UNION ALL SELECT $1, '', $3::int`,
        kind, source, now,
      );
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
