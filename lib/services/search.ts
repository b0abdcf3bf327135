import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { MAX_SEARCH_OFFSET, SEARCH_KINDS, searchQuerySchema, type SearchInput, type SearchKind } from '@/lib/validation/search-query';
import { fold, highlight, matchRanges, queryTerms, snippet, type Segment } from '@/lib/search/highlight';
import { correctedText, MIN_CORRECTED_LENGTH, pickCompletions, pickCorrections, similarityThreshold, type Candidate } from '@/lib/search/spelling';
import { contentTerms, tsqueryText } from '@/lib/search/tsquery';
import { decodeCursor, encodeCursor } from './cursor';
import { canSeeConfidentialSources } from './collaboration';
import { searchStatement, vocabularyStatement } from './search-sql';

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
export type SearchPage = {
  data: SearchHit[];
  nextCursor: string | null;
  /**
   * What was searched for when words of the query were corrected ("newtork" → "network"), else
   * null: the results are those of the query with each corrected word or its corrections.
   */
  correctedQuery: string | null;
};

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

function hrefOf(row: Row): string | null {
  if (row.kind === 'factcheck') return row.url && /^https?:\/\//i.test(row.url) ? row.url : null;
  if (!row.articleId) return null;
  const article = `/articles/${encodeURIComponent(row.articleId)}`;
  return row.claimId ? `${article}?claim=${encodeURIComponent(row.claimId)}` : article;
}

/** Matches counted per field to pick the snippet's field (more would not change the choice in practice). */
const FIELD_MATCHES = 60;

function toHit(row: Row, terms: string[]): SearchHit {
  const names = FIELD_NAMES[row.kind];
  let best = 0;
  let bestRanges: [number, number][] | null = null;
  row.fields.forEach((value, i) => {
    if (!value) return;
    const ranges = matchRanges(value, terms, FIELD_MATCHES);
    if (!bestRanges || ranges.length > bestRanges.length) [best, bestRanges] = [i, ranges];
  });
  return {
    kind: row.kind,
    id: row.id,
    href: hrefOf(row),
    title: highlight(row.title.length > 300 ? `${row.title.slice(0, 299)}…` : row.title, terms),
    snippet: snippet(row.fields[best] ?? '', terms, undefined, bestRanges ?? []),
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

/** What each statement of a search did, for bench/search.ts (EXPLAIN ANALYZE output when asked). */
export type SearchTrace = { explain?: boolean; onStatement?: (step: 'text' | 'phrase' | 'vocabulary' | 'widened', plan: string | null) => void };

type Db = Pick<typeof prisma, '$queryRaw'>;

/** Runs one statement of the search, first explained when the trace asks for it. */
async function run<T>(db: Db, step: Parameters<NonNullable<SearchTrace['onStatement']>>[0], sql: Prisma.Sql, trace?: SearchTrace): Promise<T[]> {
  if (trace?.explain) {
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS) ${sql}`;
    trace.onStatement?.(step, plan.map((r) => r['QUERY PLAN']).join('\n'));
  } else trace?.onStatement?.(step, null);
  return db.$queryRaw<T[]>(sql);
}

/**
 * Searches articles, claims, sources, comments and imported fact-checks, filtered like the claims
 * list; confidential sources only for those who may see them. Pages by offset inside an opaque
 * cursor (ranked results are read from the top).
 *
 * 1. Full text on the GIN indexes only (English, unaccented: names without accents, inflections;
 *    each word also as a prefix), ranked by ts_rank on short vectors over at most MAX_CANDIDATES
 *    matches of each kind.
 * 2. When that finds less than a page, the query is widened with the lexicon of stored words: each
 *    word no stored text contains is corrected (trigram index, then edit distance: "newtork" →
 *    "network"), each prefix gets the words it misses through stemming ("utiliz" → "utilize",
 *    stemmed "util"); full text runs again with each word OR its alternatives. The result says
 *    what was searched when a word was corrected (`correctedQuery`), and is used only when it finds
 *    more; later pages stay widened (their cursor says so).
 * 3. A query of English stop words only ("there", "that because"), which full text ignores, is
 *    looked for as a phrase in the short fields (titles, claims, speakers, fact-checks), in id order.
 */
export async function search(actor: Actor, input: SearchInput, trace?: SearchTrace): Promise<SearchPage> {
  assertCan(actor, 'article:read');
  const q = parseInput(searchQuerySchema, input);
  const [offset, widenedFlag] = q.cursor ? decodeCursor(q.cursor, ['int', 'int']) : [0, 0];
  if (offset < 0 || offset > MAX_SEARCH_OFFSET || (widenedFlag !== 0 && widenedFlag !== 1)) {
    throw new AppError('BAD_REQUEST', 'cursor is not one this API gave out.', { fields: { cursor: ['Unknown cursor.'] } });
  }
  const terms = queryTerms(q.q);
  const words = contentTerms(terms);
  const kinds = q.kind ?? SEARCH_KINDS;
  const seeConfidential = canSeeConfidentialSources(actor);
  /** `widened`: the page comes from the query widened by the lexicon (its later pages must be too). */
  /**
   * A page of results. `corrections`: the corrected terms' alternatives, when the rows come from the
   * corrected query; the one shown for each term is the one its highlighted hits use most.
   * `widened`: the rows come from the query widened by the lexicon (its later pages must be too).
   */
  const page = (rows: Row[], highlightTerms: string[], widened = false, corrections = new Map<string, string[]>()): SearchPage => {
    const more = rows.length > q.limit && offset + q.limit <= MAX_SEARCH_OFFSET;
    const data = rows.slice(0, q.limit).map((row) => toHit(row, highlightTerms));
    const uses = (word: string) => data.filter((hit) => [...hit.title, ...hit.snippet].some((s) => s.match && fold(s.text).startsWith(word))).length;
    return {
      data,
      nextCursor: more ? encodeCursor([offset + q.limit, widened ? 1 : 0]) : null,
      correctedQuery: corrections.size ? correctedText(words, corrections, uses) : null,
    };
  };
  if (!terms.length) return { data: [], nextCursor: null, correctedQuery: null };

  if (!words.length) {
    const sql = searchStatement(q, kinds, { mode: 'phrase', text: terms.join(' ') }, offset, seeConfidential);
    return page(sql ? await run<Row>(prisma, 'phrase', sql, trace) : [], terms);
  }

  const textSql = (corrections?: Map<string, string[]>) => searchStatement(q, kinds, { mode: 'text', tsquery: tsqueryText(words, corrections) }, offset, seeConfidential);
  const first = textSql();
  if (!first) return { data: [], nextCursor: null, correctedQuery: null };
  const lookedUp = words.filter((w) => w.length >= MIN_CORRECTED_LENGTH && !/^\d+$/.test(w));
  const threshold = String(similarityThreshold(lookedUp));
  return prisma.$transaction(async (tx) => {
    // Only the GIN indexes answer full text: with many matches the planner prefers reading the
    // table, which detoasts every article's body vector (about 10× slower; bench/search.ts). JIT
    // (PostgreSQL 15) would compile such plans for their disabled-scan costs. The trigram
    // threshold is for spelling (lib/search/spelling.ts).
    await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), set_config('pg_trgm.similarity_threshold', ${threshold}, true)`;
    const widened = widenedFlag === 1;
    let rows: Row[] = [];
    if (!widened) {
      rows = await run<Row>(tx, 'text', first, trace);
      if (offset > 0 || rows.length >= q.limit) return page(rows, words);
    }
    const candidates = lookedUp.length ? await run<Candidate>(tx, 'vocabulary', vocabularyStatement(lookedUp), trace) : [];
    const corrections = pickCorrections(candidates);
    const alternatives = new Map([...pickCompletions(candidates)]);
    for (const [term, fixes] of corrections) alternatives.set(term, [...(alternatives.get(term) ?? []), ...fixes]);
    if (!alternatives.size) return page(widened ? await run<Row>(tx, 'text', first, trace) : rows, words);
    const wideRows = await run<Row>(tx, 'widened', textSql(alternatives)!, trace);
    if (!widened && wideRows.length <= rows.length) return page(rows, words);
    return page(wideRows, [...words, ...[...alternatives.values()].flat()], true, corrections);
  });
}
