/**
 * Memory of a streamed ClaimReview import (importClaimReviewStream): generated DataFeeds of two sizes
 * (default 20 MB and 100 MB) go through the whole service into a throwaway embedded PostgreSQL; the
 * live heap (after a full GC, every ~2 MB of feed) must grow by the same few MB for both: memory holds
 * one batch, not the feed.
 *
 *   node --expose-gc node_modules/.bin/tsx bench/import-memory.ts [-- --small-mb 20 --large-mb 100]
 *   npm run bench:import-memory
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const SMALL_MB = arg('--small-mb', 20);
const LARGE_MB = arg('--large-mb', 100);
/** Live-heap growth of the large feed may exceed the small feed's by at most this many MB. */
const FLAT_SLACK_MB = 8;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with node --expose-gc (npm run bench:import-memory)');
  process.exit(2);
}

const review = (i: number) => ({
  '@type': 'ClaimReview',
  url: `https://feed.example/check/${i}`,
  claimReviewed: `Claim number ${i}: the council spent ${i} thousand euros on the harbour in ${2000 + (i % 25)}, the mayor's office said on Tuesday.`,
  datePublished: '2025-03-12',
  author: { '@type': 'Organization', name: `Checker ${i % 7}`, url: 'https://feed.example' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: `Speaker ${i % 50}` }, appearance: [{ '@type': 'CreativeWork', url: `https://news.example/${i}` }] },
  reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
  reviewBody: 'The council spent far less; the harbour works were paid by the region. '.repeat(3),
});

/** A DataFeed of about `mb` megabytes, generated piece by piece (never whole in memory). */
async function* dataFeed(mb: number): AsyncGenerator<string> {
  const limit = mb * 1024 * 1024;
  let bytes = 0;
  let i = 0;
  yield '{"@context":"https://schema.org","@type":"DataFeed","name":"Fact checks","dataFeedElement":[';
  while (bytes < limit) {
    const parts: string[] = [];
    for (let j = 0; j < 200; j++, i++) parts.push(JSON.stringify({ '@type': 'DataFeedItem', dateCreated: '2025-03-12', item: [review(i)] }));
    const chunk = (i > 200 ? ',' : '') + parts.join(',');
    bytes += chunk.length;
    yield chunk;
  }
  yield '],"dateModified":"2025-03-13"}';
}

async function main(): Promise<void> {
  const { startEmbeddedPostgres } = await import('../lib/db/embedded-postgres');
  const { freePort, migrate } = await import('../lib/test/db-global-setup');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'claimdesk-bench-'));
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'claimdesk_bench' });
  migrate(db.url);
  process.env.DATABASE_URL = db.url;
  const { prisma, disconnectDb } = await import('../lib/db');
  const { importClaimReviewStream } = await import('../lib/services/earlier-fact-checks');
  try {
    const user = await prisma.user.create({ data: { email: 'bench@bench.local', name: 'Bench', role: 'editor', passwordHash: '!' } });
    const actor = { id: user.id, role: 'editor' as const, name: user.name, email: user.email };
    const measure = async (mb: number) => {
      await prisma.earlierFactCheck.deleteMany();
      gc!();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      let next = 2 * 1024 * 1024;
      let updates = 0;
      const started = performance.now();
      const result = await importClaimReviewStream(actor, dataFeed(mb), {
        maxBytes: 2 * LARGE_MB * 1024 * 1024,
        onProgress: (p) => {
          updates += 1;
          if (p.bytes >= next) {
            next += 2 * 1024 * 1024;
            gc!();
            peak = Math.max(peak, process.memoryUsage().heapUsed);
          }
        },
      });
      const seconds = (performance.now() - started) / 1000;
      const grew = (peak - before) / 1024 / 1024;
      if (mb === 3) return { grew, reviews: result.imported };
      console.log(`  ${(result.bytes / 1024 / 1024).toFixed(0).padStart(4)} MB feed: ${result.imported.toLocaleString('en')} reviews in ${seconds.toFixed(1)} s, ${updates} progress reports; live heap grew at most ${grew.toFixed(1)} MB (${((peak - before) / Math.max(1, result.imported)).toFixed(0)} B a review)`);
      return { grew, reviews: result.imported };
    };
    await measure(3); // warm-up: modules a first import loads, lib/matching's analysis cache (5,000 claims, bounded)
    console.log(`Streamed ClaimReview import, whole service into PostgreSQL (Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
    const small = await measure(SMALL_MB);
    const large = await measure(LARGE_MB);
    const flat = large.grew - small.grew <= FLAT_SLACK_MB;
    console.log(`goal flat memory (heap growth ${small.grew.toFixed(1)} MB at ${SMALL_MB} MB vs ${large.grew.toFixed(1)} MB at ${LARGE_MB} MB, within ${FLAT_SLACK_MB} MB): ${flat ? 'met' : 'NOT met'}`);
  } finally {
    await disconnectDb();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
