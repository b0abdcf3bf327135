import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { AppError } from '../errors';
import { createArticle, deleteArticle, getArticle } from './articles';
import { editArticle, refetchArticle, resolveAnchor } from './article-revisions';
import { articleDeletionSummary, getRevisionView, listRevisions } from './revision-view';
import { updateClaim } from './claims';
import { addSource } from './sources';
import { mergeClaims } from './claim-edits';
import { makeUser, resetData, verdictId } from '../test/factories';

beforeEach(resetData);

const MAYOR = 'Mayor Jane Doe said the project would be finished by 2026.';
const POLICE = 'Police reported 312 burglaries last year, up from 280.';
const BRIDGE = 'The city spent $4.2 million on the bridge in 2023, according to the council.';
const CRITICS = 'Critics argue that the plan is a disaster.';
const RENTS = 'Rents rose 9 percent in 2025, the housing office said.';
const BODY = ['Harbor report', '', BRIDGE, MAYOR, POLICE, CRITICS].join('\n');

async function setUp() {
  const reviewer = await makeUser('reviewer');
  const { id } = await createArticle(reviewer, { title: 'Harbor', body: BODY });
  const article = await getArticle(reviewer, id);
  const claim = (quote: string) => {
    const c = article.claims.find((x) => x.quote === quote);
    if (!c) throw new Error(`no claim for ${quote}`);
    return c;
  };
  return { reviewer, id, article, claim };
}

describe('editArticle', () => {
  it('stores revision 1 with every claim anchored when an article is created', async () => {
    const { id, article } = await setUp();
    const revisions = await prisma.articleRevision.findMany({ where: { articleId: id } });
    expect(revisions.map((r) => [r.number, r.source, r.body])).toEqual([[1, 'original', BODY]]);
    expect(await prisma.claimAnchor.count({ where: { revisionId: revisions[0].id, state: 'anchored' } })).toBe(article.claims.length);
  });

  it('re-anchors claims on an edited text: kept, flagged, orphaned (verdict and sources kept) and new, in one audited revision', async () => {
    const { reviewer, id, article, claim } = await setUp();
    const police = claim(POLICE);
    await updateClaim(reviewer, { articleId: id, claimId: police.id, version: police.version, verdictId: await verdictId('False'), rationale: 'Records show 280.' });
    await addSource(reviewer, { articleId: id, claimId: police.id, url: 'https://police.example/stats', title: 'Police statistics' });

    const body = ['Harbor report', '', BRIDGE, MAYOR.replace('2026', '2027'), CRITICS, RENTS].join('\n');
    const out = await editArticle(reviewer, { articleId: id, version: article.version, title: 'Harbor (updated)', body });
    expect(out).toMatchObject({ revision: 2, version: article.version + 1, counts: { textChanged: 1, orphans: 1, added: 1 } });

    const after = await getArticle(reviewer, id);
    expect(after.body).toBe(body);
    expect(after.title).toBe('Harbor (updated)');
    expect(after.revisionNumber).toBe(2);
    const byId = new Map(after.claims.map((c) => [c.id, c]));
    // kept claims still quote their exact text at their new offsets
    for (const quote of [BRIDGE, CRITICS]) {
      const c = byId.get(claim(quote).id);
      expect(c?.anchorState).toBe('anchored');
      expect(body.slice(c!.start, c!.end)).toBe(quote);
      expect(c?.quoteRevision).toBe(2);
    }
    const mayor = byId.get(claim(MAYOR).id);
    expect(mayor).toMatchObject({ anchorState: 'text_changed', quote: MAYOR.replace('2026', '2027') });
    const orphan = byId.get(police.id);
    expect(orphan).toMatchObject({ anchorState: 'orphan', quote: POLICE, quoteRevision: 1, rationale: 'Records show 280.' });
    expect(orphan?.verdict?.label).toBe('False');
    expect(orphan?.sources.map((s) => s.title)).toEqual(['Police statistics']);
    const added = after.claims.filter((c) => c.anchorState === 'new');
    expect(added.map((c) => c.quote)).toEqual([RENTS]);
    // an orphan has no text to merge with a neighbour
    const critics = byId.get(claim(CRITICS).id)!;
    await expect(mergeClaims(reviewer, { articleId: id, claimId: critics.id, version: critics.version, otherId: police.id, otherVersion: orphan!.version })).rejects.toMatchObject({ code: 'INVALID' });

    // the old revision is kept, with the claims as they were
    const v1 = await getRevisionView(reviewer, id, 1);
    expect(v1.revision.body).toBe(BODY);
    expect(v1.claims.find((c) => c.id === police.id)).toMatchObject({ state: 'anchored', quote: POLICE });
    expect(v1.claims.some((c) => c.quote === RENTS)).toBe(false);
    const v2 = await getRevisionView(reviewer, id, 2);
    expect(v2.claims.find((c) => c.id === mayor?.id)).toMatchObject({ state: 'text_changed', before: MAYOR, quote: MAYOR.replace('2026', '2027') });
    expect(v2.diff?.filter((p) => p.kind === 'removed').map((p) => p.text).join('')).toContain('2026');
    expect(v2.diff?.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('2027');
    expect((await listRevisions(reviewer, id)).map((r) => [r.number, r.source])).toEqual([[2, 'edit'], [1, 'original']]);

    const actions = (await prisma.auditEvent.findMany({ where: { action: { in: ['article.revise', 'claim.reanchor'] } } })).map((e) => e.action).sort();
    expect(actions).toEqual(['article.revise', 'claim.reanchor', 'claim.reanchor']);
  });

  it('refuses an edit made from an older version and stores nothing', async () => {
    const { reviewer, id, article } = await setUp();
    await editArticle(reviewer, { articleId: id, version: article.version, title: 'First', body: BODY + '\n' + RENTS });
    const error = await editArticle(reviewer, { articleId: id, version: article.version, title: 'Second', body: BODY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect((await getArticle(reviewer, id)).title).toBe('First');
    expect(await prisma.articleRevision.count({ where: { articleId: id } })).toBe(2);
  });

  it('changes metadata alone without a new revision, audited', async () => {
    const { reviewer, id, article } = await setUp();
    const out = await editArticle(reviewer, { articleId: id, version: article.version, title: 'Renamed', outlet: 'Harbor Times', body: BODY });
    expect(out.revision).toBeNull();
    expect(await prisma.articleRevision.count({ where: { articleId: id } })).toBe(1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'article.update', entityId: id } });
    expect(event.before).toMatchObject({ title: 'Harbor', outlet: null });
    expect(event.after).toMatchObject({ title: 'Renamed', outlet: 'Harbor Times' });
  });

  it('refuses invalid text with field errors', async () => {
    const { reviewer, id, article } = await setUp();
    const error = await editArticle(reviewer, { articleId: id, version: article.version, title: '', body: '  ' }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('INVALID');
    expect(Object.keys((error as AppError).fields ?? {}).sort()).toEqual(['body', 'title']);
  });
});

describe('articles without stored revisions (a restored backup)', () => {
  it('shows the article as its latest revision and makes revision 1 on the first edit', async () => {
    const { reviewer, id, article } = await setUp();
    await prisma.articleRevision.deleteMany({ where: { articleId: id } });
    const view = await getRevisionView(reviewer, id, 1);
    expect(view.revision.body).toBe(BODY);
    expect(view.claims).toHaveLength(article.claims.length);
    await editArticle(reviewer, { articleId: id, version: article.version, title: 'Harbor', body: BODY + '\n' + RENTS });
    expect((await listRevisions(reviewer, id)).map((r) => r.number)).toEqual([2, 1]);
    expect((await getRevisionView(reviewer, id, 1)).claims).toHaveLength(article.claims.length);
  });
});

describe('resolveAnchor', () => {
  it('accepts a flagged anchor, or re-picks an orphan in the current text', async () => {
    const { reviewer, id, article, claim } = await setUp();
    const body = ['Harbor report', '', BRIDGE, MAYOR.replace('2026', '2027'), CRITICS, 'Police reported 300 break-ins in all of last year.'].join('\n');
    await editArticle(reviewer, { articleId: id, version: article.version, title: 'Harbor', body });
    let now = await getArticle(reviewer, id);
    const mayor = now.claims.find((c) => c.id === claim(MAYOR).id)!;
    const police = now.claims.find((c) => c.id === claim(POLICE).id)!;
    expect(police.anchorState).toBe('orphan');

    await resolveAnchor(reviewer, { articleId: id, claimId: mayor.id, version: mayor.version });
    await expect(resolveAnchor(reviewer, { articleId: id, claimId: police.id, version: police.version })).rejects.toMatchObject({ code: 'INVALID' });
    const start = body.indexOf('Police reported 300');
    await resolveAnchor(reviewer, { articleId: id, claimId: police.id, version: police.version, start, end: body.length + 0 });
    await expect(resolveAnchor(reviewer, { articleId: id, claimId: police.id, version: police.version, start, end: body.length })).rejects.toMatchObject({ code: 'CONFLICT' });

    now = await getArticle(reviewer, id);
    expect(now.claims.find((c) => c.id === mayor.id)).toMatchObject({ anchorState: 'anchored', quote: MAYOR.replace('2026', '2027') });
    expect(now.claims.find((c) => c.id === police.id)).toMatchObject({ anchorState: 'anchored', quote: 'Police reported 300 break-ins in all of last year.', quoteRevision: 2 });
    expect(await prisma.auditEvent.count({ where: { action: { in: ['claim.anchor.accept', 'claim.anchor.repick'] } } })).toBe(2);
  });
});

describe('refetchArticle', () => {
  it('stores what the page says now as a refetch revision, through the given fetcher', async () => {
    const reviewer = await makeUser('reviewer');
    const { id } = await createArticle(reviewer, { title: 'Harbor', body: BODY, url: 'https://news.example/harbor' });
    const { version } = await getArticle(reviewer, id);
    const asked: string[] = [];
    const out = await refetchArticle(reviewer, { articleId: id, version }, async (url) => {
      asked.push(url);
      return { title: 'Harbor, updated', body: BODY + '\n' + RENTS, format: 'text', author: 'A. Writer', outlet: 'Harbor Times', publishedAt: null, modifiedAt: null, url, language: 'en' };
    });
    expect(asked).toEqual(['https://news.example/harbor']);
    expect(out).toMatchObject({ revision: 2, counts: { added: 1, orphans: 0, textChanged: 0 } });
    const [latest] = await listRevisions(reviewer, id);
    expect(latest).toMatchObject({ number: 2, source: 'refetch', title: 'Harbor, updated' });
  });

  it('says so when the page cannot be fetched or the article has no URL, and stores nothing', async () => {
    const reviewer = await makeUser('reviewer');
    const withUrl = await createArticle(reviewer, { title: 'A', body: BODY, url: 'https://news.example/a' });
    const noUrl = await createArticle(reviewer, { title: 'B', body: BODY });
    await expect(refetchArticle(reviewer, { articleId: withUrl.id, version: 1 }, async () => {
      throw new AppError('FETCH_FAILED', 'unreachable');
    })).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    await expect(refetchArticle(reviewer, { articleId: noUrl.id, version: 1 })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await prisma.articleRevision.count()).toBe(2);
  });
});

describe('deleting an article', () => {
  it('names how many claims and verdicts go with it, for editors only', async () => {
    const { reviewer, id, article, claim } = await setUp();
    const editor = await makeUser('editor');
    const police = claim(POLICE);
    await updateClaim(reviewer, { articleId: id, claimId: police.id, version: police.version, verdictId: await verdictId('False') });
    await expect(articleDeletionSummary(reviewer, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await articleDeletionSummary(editor, id)).toEqual({ title: 'Harbor', claims: article.claims.length, verdicts: 1, sources: 0, revisions: 1 });
    await deleteArticle(editor, id);
    expect(await prisma.articleRevision.count()).toBe(0);
    expect(await prisma.claimAnchor.count()).toBe(0);
  });
});
