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

describe('listArticlePage sorts and filters', () => {
  it('sorts by title and oldest first, with keyset pages that neither repeat nor skip', async () => {
    const reviewer = await makeUser('reviewer');
    const titles = ['Zebra crossing', 'apple harvest', 'Mango prices', 'Banana tariffs', 'Cherry blossom', 'Banana tariffs'];
    for (const [i, title] of titles.entries()) {
      await prisma.article.create({ data: { title, body: 'Text.', addedById: reviewer.id, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    }
    const walk = async (sort: string) => {
      const out: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listArticlePage(reviewer, { limit: 2, sort, cursor });
        out.push(...page.data.map((a) => a.title));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return out;
    };
    const byTitle = await walk('title');
    expect(byTitle).toHaveLength(6);
    expect(byTitle).toEqual((await prisma.article.findMany({ orderBy: [{ title: 'asc' }, { id: 'asc' }] })).map((a) => a.title));
    expect(await walk('oldest')).toEqual(titles);
    expect(await walk('newest')).toEqual([...titles].reverse());
    await expect(listArticlePage(reviewer, { sort: 'popular' })).rejects.toMatchObject({ code: 'INVALID', fields: { sort: expect.any(Array) } });
  });

  it('filters by outlet, who added it, date and its claims (status, verdict, assignee)', async () => {
    const reviewer = await makeUser('reviewer');
    const editor = await makeUser('editor');
    const mk = async (title: string, data: { outlet?: string; by?: string; at?: string; claim?: { status?: 'open' | 'approved'; verdictId?: string; assigneeId?: string } }) => {
      const article = await prisma.article.create({ data: { title, body: 'Text.', outlet: data.outlet, addedById: data.by ?? reviewer.id, createdAt: new Date(data.at ?? '2026-02-01T10:00:00Z') } });
      if (data.claim) await prisma.claim.create({ data: { articleId: article.id, quote: 'Q', start: 0, end: 1, prefix: '', suffix: '', claimText: 'Q', ...data.claim } });
    };
    const { verdictId } = await import('../test/factories');
    const falseId = await verdictId('False');
    await mk('Daily one', { outlet: 'The Daily Example', claim: { status: 'approved', verdictId: falseId } });
    await mk('Weekly one', { outlet: 'Weekly Post', by: editor.id, at: '2026-03-05T10:00:00Z', claim: { status: 'open', assigneeId: reviewer.id } });
    await mk('No claims', { outlet: 'weekly post', at: '2026-03-06T10:00:00Z' });
    const titles = async (q: Record<string, string>) => (await listArticlePage(reviewer, q)).data.map((a) => a.title).sort();
    expect(await titles({ outlet: 'WEEKLY' })).toEqual(['No claims', 'Weekly one']);
    expect(await titles({ addedBy: 'me' })).toEqual(['Daily one', 'No claims']);
    expect(await titles({ addedBy: editor.id })).toEqual(['Weekly one']);
    expect(await titles({ from: '2026-03-05', to: '2026-03-05' })).toEqual(['Weekly one']);
    expect(await titles({ status: 'approved' })).toEqual(['Daily one']);
    expect(await titles({ status: 'open,approved' })).toEqual(['Daily one', 'Weekly one']);
    expect(await titles({ verdict: falseId })).toEqual(['Daily one']);
    expect(await titles({ verdict: 'none' })).toEqual(['Weekly one']);
    expect(await titles({ assignee: 'me' })).toEqual(['Weekly one']);
    const [daily] = (await listArticlePage(reviewer, { status: 'approved' })).data;
    expect(daily.counts).toEqual({ total: 1, reviewed: 1, approved: 1 });
    await expect(listArticlePage(reviewer, { from: '2026-02-30' })).rejects.toMatchObject({ code: 'INVALID', fields: { from: expect.any(Array) } });
  });

  it('refuses a title cursor forged with a NUL or an id cursor given to the title sort', async () => {
    const reviewer = await makeUser('reviewer');
    const forged = Buffer.from(JSON.stringify(['a\u0000', 'abc'])).toString('base64url');
    await expect(listArticlePage(reviewer, { sort: 'title', cursor: forged })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const dated = Buffer.from(JSON.stringify([1, 'abc'])).toString('base64url');
    await expect(listArticlePage(reviewer, { sort: 'title', cursor: dated })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
