import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { matchKey } from '../matching';
import { makeUser, resetData } from '../test/factories';
import { createArticle, getArticle } from './articles';
import { listClaimMatches } from './claim-matches';
import { importClaimReviews } from './imports';
import { factCheckCandidates, isStale, refreshTermStats } from './match-retrieval';

beforeEach(async () => {
  await resetData();
  await prisma.matchTermStat.deleteMany();
});

const TARGET = 'Unemployment fell to 3.9 percent in May, the statistics office said.';
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November'];

const review = (claimReviewed: string, url: string) => ({
  '@type': 'ClaimReview',
  url,
  claimReviewed,
  datePublished: '2025-03-12',
  author: { '@type': 'Organization', name: 'Other Check', url: 'https://other.example' },
  reviewRating: { '@type': 'Rating', alternateName: 'Mostly false' },
});

/**
 * The target among 40 reviews that share its common words ("percent", "statistics office said") and
 * one that also shares "fell" and "May": only the target shares two of a rewording's rare words.
 */
async function importCorpus(): Promise<void> {
  const editor = await makeUser('editor');
  const reviews = [
    review(TARGET, 'https://other.example/unemployment'),
    review('Exports fell to 2 percent in May, the statistics office said.', 'https://other.example/exports-may'),
    ...Array.from({ length: 40 }, (_, i) => review(`Exports rose to ${10 + i} percent in ${MONTHS[i % MONTHS.length]}, the statistics office said.`, `https://other.example/exports/${i}`)),
  ];
  await importClaimReviews(editor, { text: JSON.stringify(reviews) });
}

describe('retrieval of earlier checks by rare words', () => {
  it('counts word frequencies once, and again only when the table changed by a tenth', async () => {
    await importCorpus();
    expect(await refreshTermStats('factCheck')).toBe(true);
    expect(await refreshTermStats('factCheck')).toBe(false);
    const df = async (term: string) => (await prisma.matchTermStat.findUnique({ where: { kind_term: { kind: 'factCheck', term } } }))?.df;
    expect(await df('')).toBe(42); // rows counted
    expect(await df('statist')).toBe(42);
    expect(await df('3.9')).toBe(1);
    expect(isStale(42, 60)).toBe(false);
    expect(isStale(42, 63)).toBe(true);
    expect(isStale(1000, 1101)).toBe(true);
    expect(isStale(null, 0)).toBe(true);
  });

  it('finds a rewording by its rare words and ranks it first, without the rows that share only common words', async () => {
    await importCorpus();
    await refreshTermStats('factCheck');
    const key = matchKey('The statistics office said that in May joblessness dropped to 3.9 %.');
    const found = await factCheckCandidates(prisma, [{ id: 'q', key }]);
    const texts = found.map((c) => c.text);
    expect(texts[0]).toBe(TARGET);
    // every other review shares "percent", "statistics office" (and one "fell" and "May"), none two rare words
    expect(texts).toHaveLength(1);
    // any text is a valid lookup: quotes, backslashes and tsquery operators are words, never syntax
    await expect(factCheckCandidates(prisma, [{ id: 'q', key: "o'neil c:\\dir\\x 'a' & | ! ( ) <-> :* 3.9" }])).resolves.toEqual([]);
  });

  it('shows a rewording as the same claim and a changed number as related, among many similar reviews', async () => {
    await importCorpus();
    const reviewer = await makeUser('reviewer');
    const body = ['The statistics office said that in May joblessness dropped to 3.9 %.', 'Unemployment fell to 4.9 percent in May, the statistics office said.'].join('\n\n');
    const { id } = await createArticle(reviewer, { title: 'Jobs', body });
    const { claims } = await getArticle(reviewer, id);
    expect(claims).toHaveLength(2);
    const [reworded, changed] = [claims.find((c) => c.claimText.includes('3.9'))!, claims.find((c) => c.claimText.includes('4.9'))!];
    const same = await listClaimMatches(reviewer, { articleId: id, claimId: reworded.id });
    expect(same[0]).toMatchObject({ kind: 'same', earlier: { type: 'factCheck', text: TARGET } });
    const related = await listClaimMatches(reviewer, { articleId: id, claimId: changed.id });
    const toTarget = related.find((m) => m.earlier.text === TARGET);
    expect(toTarget).toMatchObject({ kind: 'related' });
    expect(toTarget!.differences).toContainEqual(expect.objectContaining({ kind: 'number' }));
  });
});
