import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource, updateSource } from './sources';
import { exportArticle, exportClaims, EXPORT_BATCH, getArticleReport } from './exports';
import { prisma } from '../db';
import { addEvidence, versionOf } from '../test/evidence';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { validateClaimReview } from '../export';
import type { Actor } from '../auth/permissions';

beforeEach(resetData);

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

/** An article with one approved claim (public + confidential source) and one awaiting review. */
async function reviewedArticle() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY, url: 'https://news.example/budget', outlet: 'News' });
  const [first, second] = (await getArticle(reviewer, articleId)).claims;
  await addSource(reviewer, { articleId, claimId: first.id, url: 'https://council.example/m', title: 'Council minutes', stance: 'refutes' });
  await addSource(reviewer, { articleId, claimId: first.id, url: 'https://secret.example/tip', title: 'Insider tip', stance: 'supports', confidential: true });
  const reviewed = await updateClaim(reviewer, { articleId, claimId: first.id, version: await versionOf(first.id), verdictId: await verdictId('Mostly false'), rationale: '=HYPERLINK("http://evil")' });
  await approveClaim(editor, { articleId, claimId: first.id, version: reviewed.version });
  await updateClaim(reviewer, { articleId, claimId: second.id, version: second.version, verdictId: await verdictId('True') });
  return { reviewer, editor, articleId, first, second };
}

/** Gives every claim a public fact-check page, as ClaimReview needs one. */
async function publishUnder(pattern: string) {
  await prisma.setting.update({ where: { id: 1 }, data: { factCheckUrlPattern: pattern } });
}

describe('exportArticle', () => {
  it('is for editors and admins, not reviewers', async () => {
    const { reviewer, articleId } = await reviewedArticle();
    await expect(exportArticle(reviewer, { articleId, format: 'json' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportArticle(null as unknown as Actor, { articleId, format: 'json' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('writes valid ClaimReview for approved claims only by default, without confidential sources', async () => {
    const { editor, articleId, first } = await reviewedArticle();
    await publishUnder('https://desk.example/checks/{articleSlug}#{claimId}');
    const file = await exportArticle(editor, { articleId, format: 'claimreview' });
    expect(file.contentType).toBe('application/ld+json');
    const doc = JSON.parse(await collect(file.chunks));
    expect(validateClaimReview(doc)).toEqual([]);
    expect(doc['@type']).toBe('ClaimReview');
    expect(doc.claimReviewed).toBe(first.claimText);
    expect(doc.reviewRating).toMatchObject({ alternateName: 'Mostly false', ratingValue: 2, worstRating: 1, bestRating: 5 });
    expect(doc.author).toMatchObject({ '@type': 'Organization', name: 'Test Desk', url: 'https://desk.example' });
    expect(doc.url).toBe(`https://desk.example/checks/budget#${first.id}`);
    expect(JSON.stringify(doc)).not.toContain('secret.example');
  });

  it('includes claims awaiting second review when asked', async () => {
    const { editor, articleId } = await reviewedArticle();
    await publishUnder('https://desk.example/checks/{articleId}/{claimId}');
    const doc = JSON.parse(await collect((await exportArticle(editor, { articleId, format: 'claimreview', scope: 'reviewed' })).chunks));
    expect(doc['@graph']).toHaveLength(2);
    expect(validateClaimReview(doc)).toEqual([]);
  });

  it('writes CSV that parses back, with formula cells neutralised and no confidential sources', async () => {
    const { editor, articleId, first } = await reviewedArticle();
    const csv = await collect((await exportArticle(editor, { articleId, format: 'csv' })).chunks);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]['Claim ID']).toBe(first.id);
    expect(rows[0]['Verdict']).toBe('Mostly false');
    expect(rows[0]['Rationale']).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]['Source URLs']).toContain('https://council.example/m');
    expect(csv).not.toContain('secret.example');
  });
});

describe('the JSON export names every reviewer', () => {
  it("lists each claim's reviewers (the four-eyes record), not only the last one", async () => {
    const { editor, articleId, first, second } = await reviewedArticle();
    const sam = await makeUser('reviewer', 'Sam Second');
    await addSource(sam, { articleId, claimId: second.id, url: 'https://stats.example/t', title: 'Table 4' });
    const doc = JSON.parse(await collect((await exportArticle(editor, { articleId, format: 'json', scope: 'reviewed' })).chunks));
    const byId = new Map(doc.claims.map((c: { id: string }) => [c.id, c]));
    expect(byId.get(second.id)).toMatchObject({
      reviewers: [
        { name: 'Rita Reviewer', parts: expect.arrayContaining(['verdict', 'submitted']), lastAt: expect.any(String) },
        { name: 'Sam Second', parts: ['sources'], lastAt: expect.any(String) },
      ],
    });
    // The approved claim keeps the round that was approved: its reviewer, and the approver apart.
    expect(byId.get(first.id)).toMatchObject({ reviewers: [{ name: 'Rita Reviewer' }], approvedBy: { name: 'Eddie Editor' } });
  });
});

describe('exportClaims scope', () => {
  /** Two articles, one added in January and one in March, each with an approved claim. */
  async function twoArticles() {
    const { reviewer, editor, articleId, first } = await reviewedArticle();
    const { id: otherId } = await createArticle(reviewer, { title: 'Transport', body: SAMPLE_BODY });
    const [other] = (await getArticle(reviewer, otherId)).claims;
    await addEvidence(reviewer, otherId, other.id);
    const reviewed = await updateClaim(reviewer, { articleId: otherId, claimId: other.id, version: await versionOf(other.id), verdictId: await verdictId('True'), claimType: 'prediction', rationale: 'On record.' });
    await approveClaim(editor, { articleId: otherId, claimId: other.id, version: reviewed.version });
    await prisma.article.update({ where: { id: articleId }, data: { createdAt: new Date('2026-01-15T12:00:00Z') } });
    await prisma.article.update({ where: { id: otherId }, data: { createdAt: new Date('2026-03-02T08:00:00Z') } });
    return { reviewer, editor, articleId, otherId, first, other };
  }

  const ids = (doc: { claims: { id: string }[] }) => doc.claims.map((c) => c.id).sort();

  it('exports the whole workspace, each claim with its article, and a date range by the day articles were added', async () => {
    const { editor, articleId, otherId, first, other } = await twoArticles();
    const all = await exportClaims(editor, { format: 'json' });
    expect(all.claimCount).toBe(2);
    expect(all.filename).toMatch(/^claimdesk-workspace-.*\.json$/);
    const doc = JSON.parse(await collect(all.chunks));
    expect(doc.article).toBeNull();
    expect(ids(doc)).toEqual([first.id, other.id].sort());
    expect(doc.claims.find((c: { id: string }) => c.id === other.id).article).toMatchObject({ id: otherId, title: 'Transport' });

    const january = await exportClaims(editor, { format: 'json', from: '2026-01-01', to: '2026-01-15' });
    expect(january.claimCount).toBe(1);
    const janDoc = JSON.parse(await collect(january.chunks));
    expect(janDoc.claims.map((c: { articleId: string }) => c.articleId)).toEqual([articleId]);
    const march = JSON.parse(await collect((await exportClaims(editor, { format: 'json', from: '2026-02-01' })).chunks));
    expect(ids(march)).toEqual([other.id]);
  });

  it('filters by status, verdict, claim type and ids, approved only by default', async () => {
    const { editor, articleId, first, other } = await twoArticles();
    const awaiting = (await getArticle(editor, articleId)).claims.find((c) => c.status === 'needs_review')!;
    const run = async (input: Parameters<typeof exportClaims>[1]) => ids(JSON.parse(await collect((await exportClaims(editor, input)).chunks)));
    expect(await run({ format: 'json' })).not.toContain(awaiting.id);
    expect(await run({ format: 'json', status: 'needs_review' })).toEqual([awaiting.id]);
    expect(await run({ format: 'json', status: 'reviewed' })).toEqual([first.id, other.id, awaiting.id].sort());
    expect(await run({ format: 'json', verdicts: 'True' })).toEqual([other.id]);
    expect(await run({ format: 'json', claimTypes: ['prediction'] })).toEqual([other.id]);
    expect(await run({ format: 'json', claimIds: `${first.id},${awaiting.id}` })).toEqual([first.id]);
    expect(await run({ format: 'json', status: 'all', articleId })).toHaveLength((await getArticle(editor, articleId)).claims.length);
  });

  it('refuses bad filters with field errors', async () => {
    const editor = await makeUser('editor');
    await expect(exportClaims(editor, { format: 'pdf' })).rejects.toMatchObject({ code: 'INVALID', fields: { format: expect.any(Array) } });
    await expect(exportClaims(editor, { format: 'csv', from: '2026-02-01', to: '2026-01-01' })).rejects.toMatchObject({ code: 'INVALID', fields: { to: ['The end date is before the start date.'] } });
    await expect(exportClaims(editor, { format: 'csv', status: 'published' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(exportClaims(editor, { format: 'csv', articleId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never lets confidential sources leave in public formats, also not through the history', async () => {
    const { editor, articleId } = await reviewedArticle();
    for (const format of ['claimreview', 'csv', 'json', 'markdown', 'html'] as const) {
      const text = await collect((await exportClaims(editor, { format, articleId })).chunks);
      expect(text, format).not.toContain('secret.example');
      expect(text, format).not.toContain('Insider tip');
    }
    const json = JSON.parse(await collect((await exportClaims(editor, { format: 'json', articleId })).chunks));
    const actions = json.claims[0].history.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['source.add', 'claim.update', 'claim.approve']));
    expect(actions.filter((a: string) => a === 'source.add')).toHaveLength(1);
    expect(json.claims[0].reviewer).toEqual({ name: 'Rita Reviewer' });
    expect(json.claims[0].approvedBy).toEqual({ name: 'Eddie Editor' });
  });

  it('keeps the old values of a source that was confidential before it was made public out of the history', async () => {
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const editor = await makeUser('editor', 'Eddie Editor');
    const admin = await makeUser('admin');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const [claim] = (await getArticle(reviewer, articleId)).claims;
    const { source } = await addSource(reviewer, {
      articleId, claimId: claim.id, url: 'https://whistle.example/leak', title: 'Leaked memo', excerpt: 'Do not quote me', stance: 'supports', confidential: true,
    });
    await updateSource(reviewer, {
      articleId, claimId: claim.id, sourceId: source.id, url: 'https://public.example/report', title: 'Published report', stance: 'supports', confidential: false,
    });
    const reviewed = await updateClaim(reviewer, { articleId, claimId: claim.id, version: await versionOf(claim.id), verdictId: await verdictId('True'), rationale: 'See the report.' });
    await approveClaim(editor, { articleId, claimId: claim.id, version: reviewed.version });

    const text = await collect((await exportClaims(editor, { format: 'json', articleId })).chunks);
    for (const secret of ['whistle.example', 'Leaked memo', 'Do not quote me']) expect(text).not.toContain(secret);
    const history = JSON.parse(text).claims[0].history as { action: string; before: unknown; after: unknown }[];
    expect(history.filter((e) => e.action.startsWith('source.')).map((e) => e.action)).toEqual(['source.add', 'source.update']);
    expect(history.find((e) => e.action === 'source.update')).toMatchObject({ before: { redacted: true }, after: { redacted: true } });
    expect(text).toContain('public.example/report');
    // The admin's internal export keeps the whole history.
    const internal = await collect((await exportClaims(admin, { format: 'json', articleId, includeConfidential: true })).chunks);
    expect(internal).toContain('whistle.example/leak');
  });

  it('lets only an admin include confidential sources, and only in JSON', async () => {
    const { editor, articleId } = await reviewedArticle();
    const admin = await makeUser('admin');
    await expect(exportClaims(editor, { format: 'json', articleId, includeConfidential: '1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportClaims(admin, { format: 'csv', articleId, includeConfidential: true })).rejects.toMatchObject({ code: 'INVALID' });
    const doc = JSON.parse(await collect((await exportClaims(admin, { format: 'json', articleId, includeConfidential: true })).chunks));
    expect(doc.publicOnly).toBe(false);
    expect(JSON.stringify(doc)).toContain('secret.example');
  });

  it('writes the HTML report with the verdict chart of the whole export and escaped text', async () => {
    const { editor, articleId, first } = await reviewedArticle();
    const file = await exportClaims(editor, { format: 'html', articleId });
    expect(file.contentType).toBe('text/html; charset=utf-8');
    const html = await collect(file.chunks);
    expect(html).toContain('aria-label="Verdicts: Mostly false: 1"');
    expect(html).toContain(`id="claim-${first.id}"`);
    expect(html).toContain('=HYPERLINK(&quot;http://evil&quot;)');
  });

  it('streams a large export in batches with the same result as the claims in id order', async () => {
    const editor = await makeUser('editor');
    const { id: articleId } = await createArticle(editor, { title: 'Many', body: SAMPLE_BODY });
    const approved = await verdictId('True');
    const n = EXPORT_BATCH * 2 + 7;
    await prisma.claim.createMany({
      data: Array.from({ length: n }, (_, i) => ({ articleId, quote: `q${i}`, start: 0, end: 2, prefix: '', suffix: '', claimText: `Claim ${i}`, status: 'approved' as const, verdictId: approved })),
    });
    const file = await exportClaims(editor, { format: 'csv', articleId });
    expect(file.claimCount).toBe(n);
    const rows = parse(await collect(file.chunks), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(n);
    const dbIds = (await prisma.claim.findMany({ where: { articleId, status: 'approved' }, select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
    expect(rows.map((r) => r['Claim ID'])).toEqual(dbIds);
  });
});

describe('getArticleReport', () => {
  it('holds the approved verdicts in text order with public sources only, for editors', async () => {
    const { reviewer, editor, articleId, first } = await reviewedArticle();
    await expect(getArticleReport(reviewer, { articleId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const report = await getArticleReport(editor, { articleId });
    expect(report.claims.map((c) => c.id)).toEqual([first.id]);
    expect(report.claims[0].sources.map((s) => s.title)).toEqual(['Council minutes']);
    expect(report.organisation).toEqual({ name: 'Test Desk', url: 'https://desk.example' });
    expect((await getArticleReport(editor, { articleId, status: 'reviewed' })).claims).toHaveLength(2);
    await expect(getArticleReport(editor, { articleId: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
