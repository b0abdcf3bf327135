import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource } from './sources';
import { exportArticle } from './exports';
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
  const reviewed = await updateClaim(reviewer, { articleId, claimId: first.id, version: first.version, verdictId: await verdictId('Mostly false'), rationale: '=HYPERLINK("http://evil")' });
  await approveClaim(editor, { articleId, claimId: first.id, version: reviewed.version });
  await updateClaim(reviewer, { articleId, claimId: second.id, version: second.version, verdictId: await verdictId('True') });
  return { reviewer, editor, articleId, first, second };
}

describe('exportArticle', () => {
  it('is for editors and admins, not reviewers', async () => {
    const { reviewer, articleId } = await reviewedArticle();
    await expect(exportArticle(reviewer, { articleId, format: 'json' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportArticle(null as unknown as Actor, { articleId, format: 'json' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('writes valid ClaimReview for approved claims only by default, without confidential sources', async () => {
    const { editor, articleId, first } = await reviewedArticle();
    const file = await exportArticle(editor, { articleId, format: 'claimreview' });
    expect(file.contentType).toBe('application/ld+json');
    const doc = JSON.parse(await collect(file.chunks));
    expect(validateClaimReview(doc)).toEqual([]);
    expect(doc['@type']).toBe('ClaimReview');
    expect(doc.claimReviewed).toBe(first.claimText);
    expect(doc.reviewRating).toMatchObject({ alternateName: 'Mostly false', ratingValue: 2, worstRating: 1, bestRating: 5 });
    expect(doc.author).toMatchObject({ '@type': 'Organization', name: 'Test Desk', url: 'https://desk.example' });
    expect(JSON.stringify(doc)).not.toContain('secret.example');
  });

  it('includes claims awaiting second review when asked', async () => {
    const { editor, articleId } = await reviewedArticle();
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
