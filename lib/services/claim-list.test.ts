import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { createArticle } from './articles';
import { listClaims } from './claim-list';
import type { Actor } from '../auth/permissions';

beforeEach(resetData);

async function setup(): Promise<{ reviewer: Actor; other: Actor; articleId: string; ids: string[] }> {
  const reviewer = await makeUser('reviewer');
  const other = await makeUser('reviewer');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
  const claims = await prisma.claim.findMany({ where: { articleId }, orderBy: { start: 'asc' } });
  expect(claims.length).toBeGreaterThanOrEqual(3);
  const [a, b, c] = claims;
  const falseId = await verdictId('False');
  await prisma.claim.update({ where: { id: a.id }, data: { status: 'needs_review', verdictId: falseId, assigneeId: reviewer.id, checkworthiness: 0.9, claimType: 'quantity' } });
  await prisma.claim.update({ where: { id: b.id }, data: { status: 'in_progress', assigneeId: other.id, checkworthiness: 0.6, claimType: 'prediction' } });
  await prisma.claim.update({ where: { id: c.id }, data: { status: 'dismissed', checkworthiness: 0.2, claimType: 'other' } });
  await prisma.source.create({ data: { claimId: b.id, url: 'https://example.org/a', title: 'A', addedById: reviewer.id } });
  return { reviewer, other, articleId, ids: claims.map((x) => x.id) };
}

const ids = (page: { data: { id: string }[] }) => page.data.map((c) => c.id);

describe('listClaims', () => {
  it('applies each workbench filter', async () => {
    const { reviewer, other, articleId, ids: [a, b, c] } = await setup();
    const falseId = await verdictId('False');
    expect(ids(await listClaims(reviewer, articleId, { status: 'needs_review,in_progress' }))).toEqual([a, b]);
    expect(ids(await listClaims(reviewer, articleId, { status: 'dismissed' }))).toEqual([c]);
    expect(ids(await listClaims(reviewer, articleId, { verdict: falseId }))).toEqual([a]);
    expect(ids(await listClaims(reviewer, articleId, { verdict: 'none', status: 'in_progress,dismissed' }))).toEqual([b, c]);
    expect(ids(await listClaims(reviewer, articleId, { assignee: 'me' }))).toEqual([a]);
    expect(ids(await listClaims(reviewer, articleId, { assignee: other.id }))).toEqual([b]);
    expect(ids(await listClaims(reviewer, articleId, { assignee: 'none', status: 'dismissed' }))).toEqual([c]);
    expect(ids(await listClaims(reviewer, articleId, { claimType: 'quantity,prediction' }))).toEqual([a, b]);
    expect(ids(await listClaims(reviewer, articleId, { minCheckworthiness: '0.5' }))).toEqual([a, b]);
    expect(ids(await listClaims(reviewer, articleId, { hasSources: 'true' }))).toEqual([b]);
    expect(ids(await listClaims(reviewer, articleId, { hasSources: 'false', status: 'needs_review,dismissed' }))).toEqual([a, c]);
    expect(ids(await listClaims(reviewer, articleId, { minCheckworthiness: '0.5', hasSources: 'false' }))).toEqual([a]);
  });

  it('pages through the claims in text order without duplicates', async () => {
    const { reviewer, articleId } = await setup();
    const all = await prisma.claim.findMany({ where: { articleId }, orderBy: [{ start: 'asc' }, { end: 'asc' }, { id: 'asc' }], select: { id: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listClaims(reviewer, articleId, { limit: 1, cursor });
      seen.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((c) => c.id));
  });

  it('is scoped to the article and refuses bad filters', async () => {
    const { reviewer, articleId } = await setup();
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: SAMPLE_BODY });
    const mine = ids(await listClaims(reviewer, articleId, { limit: 100 }));
    const theirs = ids(await listClaims(reviewer, otherArticle, { limit: 100 }));
    expect(mine.some((id) => theirs.includes(id))).toBe(false);
    await expect(listClaims(reviewer, 'missing', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listClaims(reviewer, articleId, { status: 'bogus', minCheckworthiness: '2', hasSources: 'maybe' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { status: expect.any(Array), minCheckworthiness: expect.any(Array), hasSources: expect.any(Array) },
    });
  });
});
