import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData } from '../test/factories';
import { listArticlePage } from './article-list';

beforeEach(resetData);

describe('listArticlePage', () => {
  it('walks every article newest first, without duplicates, even when rows share a timestamp', async () => {
    const reviewer = await makeUser('reviewer');
    const sameTime = new Date('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 7; i++) {
      await prisma.article.create({ data: { title: `A${i}`, body: 'Text.', addedById: reviewer.id, createdAt: i < 4 ? sameTime : new Date(sameTime.getTime() + i * 1000) } });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listArticlePage(reviewer, { limit: 3, cursor });
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    const expected = await prisma.article.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(seen).toEqual(expected.map((a) => a.id));
  });

  it('refuses a cursor it did not give out and a limit out of range', async () => {
    const reviewer = await makeUser('reviewer');
    await expect(listArticlePage(reviewer, { cursor: 'garbage' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(listArticlePage(reviewer, { limit: 1000 })).rejects.toMatchObject({ code: 'INVALID', fields: { limit: expect.any(Array) } });
  });
});
