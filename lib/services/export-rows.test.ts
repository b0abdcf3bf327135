import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource, updateSource } from './sources';
import { claimBatches, exportClaims, type BatchOptions } from './exports';
import { claimInclude, toClaimDto } from './dto';
import { exportRows } from './export-rows';
import { expandPublicUrl } from '../export/public-url';
import { redactAuditValues } from '../export/redact-audit';
import { exportQuerySchema, type ExportQueryInput } from '../validation/export';
import { versionOf } from '../test/evidence';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import type { ExportClaim, ExportEvent } from '../export';
import type { Prisma } from '../generated/prisma/client';

beforeEach(resetData);

const PATTERN = 'https://facts.example/{articleSlug}/{claimId}';

/**
 * The export's claims as the earlier reader built them (Prisma include, one query per relation,
 * history in a query of its own): the reference the one-statement reader must equal.
 */
async function reference(where: Prisma.ClaimWhereInput, options: BatchOptions): Promise<ExportClaim[]> {
  const rows = await prisma.claim.findMany({ where, include: { ...claimInclude, article: true }, orderBy: { id: 'asc' } });
  const out: ExportClaim[] = [];
  for (const row of rows) {
    const c = toClaimDto(row);
    const claim: ExportClaim = {
      id: c.id, articleId: c.articleId, quote: c.quote, claimText: c.claimText, start: c.start, end: c.end, claimType: c.claimType,
      speaker: c.speaker, status: c.status,
      verdict: c.verdict && { label: c.verdict.label, colour: c.verdict.colour, ratingValue: c.verdict.ratingValue, order: c.verdict.order },
      rationale: c.rationale, reviewer: c.reviewer && { name: c.reviewer.name },
      reviewers: c.reviewers.map((r) => ({ name: r.name, parts: [...r.parts], lastAt: r.lastAt })),
      approvedBy: c.approvedBy && { name: c.approvedBy.name }, reviewedAt: c.reviewedAt, updatedAt: c.updatedAt, sources: c.sources,
      publicUrl: row.publicUrl ?? (options.publicUrlPattern ? expandPublicUrl(options.publicUrlPattern, { articleId: row.articleId, articleTitle: row.article.title, claimId: row.id }) : null),
      quoteRevision: row.quoteRevision,
      anchorState: row.anchorState,
      basedOn: null, // no claim of this workspace reuses an earlier check (claim-matches.test.ts covers the export of a link)
    };
    if (options.withArticle) {
      const a = row.article;
      claim.article = { id: a.id, title: a.title, outlet: a.outlet, url: a.url, author: a.author, publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null, createdAt: a.createdAt.toISOString() };
    }
    if (options.history) {
      const sourceIds = row.sources.filter((s) => !options.publicOnly || !s.confidential).map((s) => s.id);
      const events = await prisma.auditEvent.findMany({
        where: { OR: [{ entityType: 'claim', entityId: row.id }, { entityType: 'source', entityId: { in: sourceIds } }] },
        include: { actor: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      claim.history = events.map((e) => {
        const event: ExportEvent = { at: e.createdAt.toISOString(), action: e.action, entityType: e.entityType, entityId: e.entityId, actor: e.actor?.name ?? null, before: e.before, after: e.after };
        return options.publicOnly ? redactAuditValues(event) : event;
      });
    }
    out.push(claim);
  }
  return out;
}

async function collectClaims(input: ExportQueryInput, options: BatchOptions): Promise<ExportClaim[]> {
  const out: ExportClaim[] = [];
  for await (const c of claimBatches(exportQuerySchema.parse(input), options)) out.push(c);
  return out;
}

async function workspace() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  const a = await createArticle(reviewer, { title: 'Budget: the "bridge"', body: SAMPLE_BODY, url: 'https://news.example/b', outlet: 'News', author: 'Ann Author', publishedAt: '2024-02-29' });
  const b = await createArticle(reviewer, { title: 'Schools', body: SAMPLE_BODY });
  const [first, second, third] = (await getArticle(reviewer, a.id)).claims;
  const other = (await getArticle(reviewer, b.id)).claims[0];
  await addSource(reviewer, { articleId: a.id, claimId: first.id, url: 'https://council.example/m', title: 'Minutes', publishedAt: '2023-12-31', accessedAt: '2024-01-02', excerpt: 'A\nB', stance: 'refutes' });
  const secret = await addSource(reviewer, { articleId: a.id, claimId: first.id, url: 'https://secret.example/t', title: 'Tip', confidential: true });
  await updateSource(reviewer, { articleId: a.id, claimId: first.id, sourceId: secret.source.id, url: 'https://secret.example/t2', title: 'Tip 2', confidential: true });
  const saved = await updateClaim(reviewer, { articleId: a.id, claimId: first.id, version: await versionOf(first.id), verdictId: await verdictId('Mostly false'), rationale: 'R "q", ok\nline' });
  await approveClaim(editor, { articleId: a.id, claimId: first.id, version: saved.version });
  await updateClaim(reviewer, { articleId: a.id, claimId: second.id, version: second.version, verdictId: await verdictId('Unproven'), speaker: 'The mayor' });
  await prisma.claim.update({ where: { id: third.id }, data: { publicUrl: 'https://own.example/page' } });
  await updateClaim(reviewer, { articleId: b.id, claimId: other.id, version: other.version, status: 'in_progress' });
  return { articleId: a.id };
}

describe('claimBatches (one statement per page)', () => {
  it('reads the same claims as the per-relation reader: every field, history, article, public URL', async () => {
    const { articleId } = await workspace();
    const cases: [ExportQueryInput, Prisma.ClaimWhereInput, BatchOptions][] = [
      [{ format: 'json', status: 'all' }, {}, { history: true, publicOnly: true, withArticle: true, publicUrlPattern: PATTERN }],
      [{ format: 'json', status: 'all' }, {}, { history: true, publicOnly: false, withArticle: true, publicUrlPattern: null }],
      [{ format: 'csv', articleId }, { articleId, status: 'approved', verdictId: { not: null } }, { history: false, publicOnly: true, withArticle: false, publicUrlPattern: PATTERN }],
      [{ format: 'claimreview', status: 'reviewed' }, { status: { in: ['needs_review', 'approved'] }, verdictId: { not: null } }, { history: false, publicOnly: true, withArticle: true, publicUrlPattern: null }],
      [{ format: 'csv', status: 'all', verdicts: 'Unproven' }, { verdict: { label: { in: ['Unproven'] } } }, { history: false, publicOnly: true, withArticle: true, publicUrlPattern: null }],
      [{ format: 'csv', status: 'in_progress,open' }, { status: { in: ['in_progress', 'open'] } }, { history: false, publicOnly: true, withArticle: true, publicUrlPattern: null }],
    ];
    for (const [input, where, options] of cases) {
      const got = await collectClaims(input, options);
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(await reference(where, options));
    }
    const publicHistory = (await collectClaims({ format: 'json', status: 'all' }, cases[0][2])).flatMap((c) => c.history ?? []);
    expect(JSON.stringify(publicHistory)).not.toContain('secret.example');
    expect(publicHistory.length).toBeGreaterThan(3);
  });

  it('filters by the day articles were added, `to` inclusive', async () => {
    await workspace();
    const today = new Date().toISOString().slice(0, 10);
    expect((await collectClaims({ format: 'csv', status: 'all', from: today, to: today }, { history: false, publicOnly: true, withArticle: true, publicUrlPattern: null })).length)
      .toBe(await prisma.claim.count());
    expect(await collectClaims({ format: 'csv', status: 'all', to: '2000-01-01' }, { history: false, publicOnly: true, withArticle: true, publicUrlPattern: null })).toEqual([]);
  });

  it('walks pages by id without losing or repeating a claim', async () => {
    await workspace();
    const ids: string[] = [];
    for await (const row of exportRows((await import('./export-rows')).exportFilterSql(exportQuerySchema.parse({ format: 'csv', status: 'all' })), 'none', 2)) ids.push(row.claim.id);
    expect(ids).toEqual((await prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id));
    expect((await exportClaims(await makeUser('editor'), { format: 'csv', status: 'all' })).claimCount).toBe(ids.length);
  });
});
