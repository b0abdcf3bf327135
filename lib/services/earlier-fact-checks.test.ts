import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData } from '../test/factories';
import { importClaimReviewStream } from './earlier-fact-checks';
import { createClaimReviewReader } from '../export/claimreview-stream';
import { matchKey } from '../matching';

beforeEach(resetData);

const review = (i: number, rating = 'False') => ({
  '@type': 'ClaimReview',
  url: `https://feed.example/check/${i}`,
  claimReviewed: `Claim number ${i}: the council spent ${i} thousand euros on the harbour in ${2000 + (i % 25)}.`,
  datePublished: '2025-03-12',
  author: { '@type': 'Organization', name: `Checker ${i % 7}`, url: 'https://feed.example' },
  reviewRating: { '@type': 'Rating', alternateName: rating },
});

/** A DataFeed as aggregators publish it, generated piece by piece (never built whole in memory). */
async function* dataFeed(count: number, rating = 'False', chunkReviews = 200): AsyncGenerator<string> {
  yield '{"@context":"https://schema.org","@type":"DataFeed","name":"Fact checks","dataFeedElement":[';
  for (let i = 0; i < count; i += chunkReviews) {
    const parts: string[] = [];
    for (let j = i; j < Math.min(count, i + chunkReviews); j++) {
      parts.push(JSON.stringify({ '@type': 'DataFeedItem', dateCreated: '2025-03-12', item: [review(j, rating)] }));
    }
    yield (i ? ',' : '') + parts.join(',');
  }
  yield '],"dateModified":"2025-03-13"}';
}

async function* split(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('importClaimReviewStream', () => {
  it('reads a DataFeed, an @graph, an array and a single review, in chunks that split tokens anywhere', async () => {
    const editor = await makeUser('editor');
    const feed = await importClaimReviewStream(editor, dataFeed(3));
    expect(feed).toMatchObject({ imported: 3, updated: 0, duplicates: 0, invalidCount: 0, organisations: ['Checker 0', 'Checker 1', 'Checker 2'] });
    expect(await importClaimReviewStream(editor, split(JSON.stringify({ '@graph': [review(10), { '@type': 'WebPage' }] })))).toMatchObject({ imported: 1, skipped: 1 });
    expect(await importClaimReviewStream(editor, split(JSON.stringify([review(11), review(12)])))).toMatchObject({ imported: 2 });
    expect(await importClaimReviewStream(editor, split(`\uFEFF${JSON.stringify({ '@context': 'https://schema.org', ...review(13) })}`))).toMatchObject({ imported: 1 });
    const stored = await prisma.earlierFactCheck.findFirstOrThrow({ where: { reviewUrl: 'https://feed.example/check/13' } });
    expect(stored).toMatchObject({ ratingLabel: 'False', orgName: 'Checker 6', importedById: editor.id });
    // The stored key is the matcher's key of the claim as imported (numbers in words read as digits).
    expect(stored.matchKey).toBe(matchKey(stored.claimReviewed));
    expect(stored.matchKey).toContain('13000');
  });

  it('stores nothing from a broken, empty or non-ClaimReview file, and refuses reviewers', async () => {
    const editor = await makeUser('editor');
    const reviewer = await makeUser('reviewer');
    await expect(importClaimReviewStream(reviewer, split('[]'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    async function* truncated() {
      for await (const chunk of dataFeed(2500)) yield chunk;
      yield ',{"broken';
    }
    await expect(importClaimReviewStream(editor, truncated())).rejects.toMatchObject({ code: 'INVALID', fields: { file: ['The file is not valid JSON (JSON-LD).'] } });
    await expect(importClaimReviewStream(editor, split('{"@type":"WebPage"}'))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importClaimReviewStream(editor, split('   '))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importClaimReviewStream(editor, split(JSON.stringify([{ ...review(1), claimReviewed: 'nul \u0000 here' }])))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importClaimReviewStream(editor, split('[{"@type":"ClaimReview","claimReviewed":"lone \\ud800 half","reviewRating":{"alternateName":"False"}}]'))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importClaimReviewStream(editor, split(JSON.stringify([{ ...review(2), datePublished: 'a\u0000b' }])))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importClaimReviewStream(editor, dataFeed(50), { maxBytes: 2000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(await prisma.earlierFactCheck.count()).toBe(0); // the 2,000 reviews before the break were rolled back
  });

  it('re-importing updates changed reviews instead of duplicating them', async () => {
    const editor = await makeUser('editor');
    await importClaimReviewStream(editor, dataFeed(1500));
    const again = await importClaimReviewStream(editor, dataFeed(1500));
    expect(again).toMatchObject({ imported: 0, updated: 0, duplicates: 1500 });
    const changed = await importClaimReviewStream(editor, dataFeed(1600, 'Mostly false'));
    expect(changed).toMatchObject({ imported: 100, updated: 1500, duplicates: 0 });
    expect(await prisma.earlierFactCheck.count()).toBe(1600);
    expect(await prisma.earlierFactCheck.count({ where: { ratingLabel: 'Mostly false' } })).toBe(1600);
  });

  it('reads a generated 100 MB DataFeed with bounded memory (the reader holds one feed element at a time)', async () => {
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let reviews = 0;
    let bytes = 0;
    let chunks = 0;
    const reader = createClaimReviewReader(() => (reviews += 1), () => undefined);
    for await (const chunk of dataFeed(Number(process.env.FEED_REVIEWS ?? 270_000))) {
      bytes += Buffer.byteLength(chunk);
      reader.write(chunk);
      if (++chunks % 200 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    reader.end();
    const grew = (peak - before) / 1024 / 1024;
    console.log(`read ${reviews} reviews, ${(bytes / 1024 / 1024).toFixed(1)} MB, live heap grew at most ${grew.toFixed(1)} MB`);
    expect(bytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(grew).toBeLessThan(10);
  }, 600_000);

  it('imports a large generated feed through the service, batch by batch, with flat memory', async () => {
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const editor = await makeUser('editor');
    // Warm-up: modules a first import loads and lib/matching's analysis cache (5,000 claims, bounded) are not growth.
    await importClaimReviewStream(editor, dataFeed(6000, 'Mostly true'));
    await prisma.earlierFactCheck.deleteMany();
    const count = 30_000;
    let progress = 0;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const result = await importClaimReviewStream(editor, dataFeed(count), {
      onProgress: () => {
        if (++progress % 20 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        }
      },
    });
    const grew = (peak - before) / 1024 / 1024;
    console.log(`imported ${count} reviews through the service, live heap grew at most ${grew.toFixed(1)} MB`);
    expect(result).toMatchObject({ imported: count, updated: 0, duplicates: 0 });
    expect(progress).toBeGreaterThan(100);
    expect(await prisma.earlierFactCheck.count({ where: { matchKey: { not: null } } })).toBe(count);
    // About 1 KB a review stayed alive until the end through Prisma's raw path (30 MB here); one batch is far less.
    expect(grew).toBeLessThan(8);
    expect(await prisma.auditEvent.count({ where: { action: 'earlierFactCheck.import' } })).toBe(2);
  }, 600_000);
});
