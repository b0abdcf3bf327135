import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '../db';
import { AppError } from '../errors';
import { createArticle, deleteArticle, getArticle, getArticleOutline, listArticles } from './articles';
import { makeUser, resetData, SAMPLE_BODY } from '../test/factories';

const fixture = readFileSync(path.resolve(__dirname, '../../prisma/fixtures/us-cyber-pause.md'), 'utf8');

beforeEach(resetData);

describe('createArticle', () => {
  it('stores the body and extracted claims whose offsets point into it, with an audit event in the same transaction', async () => {
    const reviewer = await makeUser('reviewer');
    const { id, claimCount } = await createArticle(reviewer, { title: 'Cyber pause', body: fixture, format: 'markdown' });
    expect(claimCount).toBeGreaterThan(5);
    const article = await getArticle(reviewer, id);
    expect(article.body).toBe(fixture.replace(/\r\n?/g, '\n'));
    for (const c of article.claims) {
      expect(article.body.slice(c.start, c.end)).toBe(c.quote);
      expect(article.body.slice(Math.max(0, c.start - c.prefix.length), c.start)).toBe(c.prefix);
      expect(article.body.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
    }
    // Headlines are headings, not claims; the repeated headline appears once at most.
    expect(article.claims.some((c) => c.quote.startsWith('**US Cyber-Offensive'))).toBe(false);
    const events = await prisma.auditEvent.findMany({ where: { entityId: id } });
    expect(events.map((e) => e.action)).toEqual(['article.create']);
    expect(await prisma.auditEvent.count({ where: { action: 'claim.extract' } })).toBe(claimCount);
  });

  it('refuses empty, binary and oversized input and stores nothing', async () => {
    const reviewer = await makeUser('reviewer');
    const attempts = [
      { title: 'Empty', body: '   \n  ' },
      { title: 'Binary', body: 'abc\u0000def' },
      { title: 'Huge', body: 'A sentence that repeats. '.repeat(50_000) },
      { title: '', body: SAMPLE_BODY },
      { title: 'Bad URL', body: SAMPLE_BODY, url: 'javascript:alert(1)' },
    ];
    for (const input of attempts) {
      const error = await createArticle(reviewer, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID');
      expect(Object.keys((error as AppError).fields ?? {}).length).toBeGreaterThan(0);
    }
    expect(await prisma.article.count()).toBe(0);
    expect(await prisma.claim.count()).toBe(0);
  });

  it('lists articles with review progress', async () => {
    const reviewer = await makeUser('reviewer');
    const { claimCount } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const [summary] = await listArticles(reviewer);
    expect(summary).toMatchObject({ title: 'Budget', counts: { total: claimCount, reviewed: 0, approved: 0 } });
  });
});

describe('getArticleOutline', () => {
  it('gives every claim the list fields of its full form, with a source count instead of the sources', async () => {
    const reviewer = await makeUser('reviewer');
    const { id } = await createArticle(reviewer, { title: 'Cyber pause', body: fixture, format: 'markdown' });
    const first = (await prisma.claim.findFirst({ where: { articleId: id }, orderBy: { start: 'asc' } }))!;
    await prisma.source.create({ data: { claimId: first.id, url: 'https://example.org/a', title: 'A', addedById: reviewer.id } });
    await prisma.claim.update({ where: { id: first.id }, data: { assigneeId: reviewer.id } });
    const [outline, full] = [await getArticleOutline(reviewer, id), await getArticle(reviewer, id)];
    expect(outline.body).toBe(full.body);
    const { claims: _outlineClaims, ...outlineHeader } = outline;
    const { claims: _fullClaims, ...fullHeader } = full;
    expect(outlineHeader).toEqual(fullHeader);
    expect(outline.claims.map((c) => c.id)).toEqual(full.claims.map((c) => c.id));
    for (const [i, o] of outline.claims.entries()) {
      const c = full.claims[i];
      expect(o).toEqual({
        id: c.id, start: c.start, end: c.end, claimText: c.claimText, claimType: c.claimType, checkworthiness: c.checkworthiness,
        status: c.status, verdictId: c.verdict?.id ?? null, assignee: c.assignee, sourceCount: c.sources.length, version: c.version,
        anchorState: c.anchorState, checkedBefore: c.checkedBefore,
      });
    }
    expect(outline.claims[0].sourceCount).toBe(1);
    expect(outline.claims[0].assignee).toEqual({ id: reviewer.id, name: reviewer.name });
    await expect(getArticleOutline(reviewer, 'c0000000000000000000missing')).rejects.toBeInstanceOf(AppError);
  });
});

describe('article permissions', () => {
  it('lets editors delete articles but not reviewers', async () => {
    const reviewer = await makeUser('reviewer');
    const editor = await makeUser('editor');
    const { id } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    await expect(deleteArticle(reviewer, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await deleteArticle(editor, id);
    expect(await prisma.article.count()).toBe(0);
    expect(await prisma.claim.count()).toBe(0);
    await expect(getArticle(editor, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
