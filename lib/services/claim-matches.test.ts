import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData, verdictId } from '../test/factories';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource } from './sources';
import { importClaimReviews } from './imports';
import { dismissClaimMatch, linkClaimMatch, listClaimMatches, verdictForRating } from './claim-matches';
import { exportClaims } from './exports';

beforeEach(resetData);

const CRANE = 'A storm caused a crane to fall into the Grand Mosque in Mecca, killing 107 people.';
const UNEMPLOYMENT = 'Unemployment fell to 3.9 percent in May, the statistics office said.';

const review = (claimReviewed: string, url: string, rating = 'Mostly false') => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url,
  claimReviewed,
  datePublished: '2025-03-12',
  author: { '@type': 'Organization', name: 'Other Check', url: 'https://other.example' },
  reviewRating: { '@type': 'Rating', alternateName: rating },
  reviewBody: 'The crane fell during a storm; the toll was 107.',
});

async function onlyClaim(articleId: string) {
  const { claims } = await getArticle(await makeUser('reviewer'), articleId);
  return claims[0];
}

/** An approved claim in an article of its own: reviewed by one person, approved by another. */
async function approvedEarlier(text: string) {
  const reviewer = await makeUser('reviewer');
  const editor = await makeUser('editor');
  const { id } = await createArticle(reviewer, { title: 'Earlier article', body: text });
  const claim = await onlyClaim(id);
  const src = await addSource(reviewer, { articleId: id, claimId: claim.id, url: 'https://stats.example/may', title: 'May statistics' });
  const reviewed = await updateClaim(reviewer, { articleId: id, claimId: claim.id, version: src.claimVersion, verdictId: await verdictId('True'), rationale: 'The office said so.' });
  await approveClaim(editor, { articleId: id, claimId: claim.id, version: reviewed.version });
  return { articleId: id, claimId: claim.id };
}

describe('checked before', () => {
  it('stores matches when an article is added: an imported ClaimReview and an earlier approved claim', async () => {
    const editor = await makeUser('editor');
    const reviewer = await makeUser('reviewer');
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane')) });
    const earlier = await approvedEarlier(UNEMPLOYMENT);

    const { id } = await createArticle(reviewer, { title: 'New', body: `${CRANE}\n\n${UNEMPLOYMENT}` });
    const { claims } = await getArticle(reviewer, id);
    const crane = claims.find((c) => c.claimText.includes('crane'))!;
    const jobs = claims.find((c) => c.claimText.includes('Unemployment'))!;
    expect(crane.checkedBefore).toBe(1);
    expect(jobs.checkedBefore).toBe(1);

    const [fromReview] = await listClaimMatches(reviewer, { articleId: id, claimId: crane.id });
    expect(fromReview).toMatchObject({ kind: 'same', earlier: { type: 'factCheck', orgName: 'Other Check', verdict: { label: 'Mostly false' }, date: '2025-03-12' } });
    expect(fromReview.score).toBeGreaterThan(0.8);
    const [fromClaim] = await listClaimMatches(reviewer, { articleId: id, claimId: jobs.id });
    expect(fromClaim.earlier).toMatchObject({ type: 'claim', id: earlier.claimId, articleTitle: 'Earlier article', verdict: { label: 'True' } });
    expect(await prisma.auditEvent.count({ where: { action: 'claim.match.suggest', entityId: id } })).toBe(1);
  });

  it('matches approved claims only, never claims still under review nor the article itself', async () => {
    const reviewer = await makeUser('reviewer');
    await createArticle(reviewer, { title: 'Unreviewed', body: UNEMPLOYMENT });
    const { id } = await createArticle(reviewer, { title: 'Again', body: `${UNEMPLOYMENT}\n\n${UNEMPLOYMENT.replace('May', 'June')}` });
    expect(await prisma.claimMatch.count()).toBe(0);
    expect((await getArticle(reviewer, id)).claims.every((c) => !c.checkedBefore)).toBe(true);
  });

  it('matches a ClaimReview imported after the article lazily, when its suggestions are read', async () => {
    const editor = await makeUser('editor');
    const reviewer = await makeUser('reviewer');
    const { id } = await createArticle(reviewer, { title: 'First', body: CRANE });
    const claim = await onlyClaim(id);
    expect(await listClaimMatches(reviewer, { articleId: id, claimId: claim.id })).toHaveLength(0);
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane')) });
    expect(await listClaimMatches(reviewer, { articleId: id, claimId: claim.id })).toHaveLength(1);
  });

  it('remembers a dismissed suggestion: not listed again, not counted, not re-suggested by matching', async () => {
    const editor = await makeUser('editor');
    const reviewer = await makeUser('reviewer');
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane')) });
    const { id } = await createArticle(reviewer, { title: 'New', body: CRANE });
    const claim = await onlyClaim(id);
    const [match] = await listClaimMatches(reviewer, { articleId: id, claimId: claim.id });
    const after = await dismissClaimMatch(reviewer, { articleId: id, claimId: claim.id, matchId: match.id });
    expect(after.checkedBefore).toBe(0);
    expect(after.version).toBe(claim.version); // a dismissal is not an edit of the claim
    // Re-importing the same review (which re-matches the article lazily) does not bring it back.
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane', 'False')) });
    expect(await listClaimMatches(reviewer, { articleId: id, claimId: claim.id })).toHaveLength(0);
    expect(await prisma.claimMatch.findUniqueOrThrow({ where: { id: match.id } })).toMatchObject({ dismissedById: reviewer.id });
    expect(await prisma.auditEvent.count({ where: { action: 'claim.match.dismiss', entityId: claim.id } })).toBe(1);
  });

  it('links and reuses verdict, rationale and sources in one step; the linker cannot approve it, another editor can', async () => {
    const editor = await makeUser('editor');
    const other = await makeUser('editor');
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane')) });
    const { id } = await createArticle(editor, { title: 'New', body: CRANE });
    const claim = await onlyClaim(id);
    const [match] = await listClaimMatches(editor, { articleId: id, claimId: claim.id });

    const linked = await linkClaimMatch(editor, { articleId: id, claimId: claim.id, matchId: match.id, version: claim.version });
    expect(linked.status).toBe('needs_review');
    expect(linked.verdict?.label).toBe('Mostly false');
    expect(linked.rationale).toContain('Other Check rated this claim “Mostly false” on 2025-03-12.');
    expect(linked.sources.map((s) => s.url)).toEqual(['https://other.example/crane']);
    expect(linked.version).toBe(claim.version + 1);
    expect(linked.reviewers.map((r) => r.id)).toEqual([editor.id]);

    await expect(approveClaim(editor, { articleId: id, claimId: claim.id, version: linked.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await approveClaim(other, { articleId: id, claimId: claim.id, version: linked.version });
    expect(approved.status).toBe('approved');

    // The link is kept and exported: ClaimReview isBasedOn, JSON basedOn.
    const [kept] = await listClaimMatches(editor, { articleId: id, claimId: claim.id });
    expect(kept.linkedBy).toBe(editor.name);
    await prisma.claim.update({ where: { id: claim.id }, data: { publicUrl: 'https://desk.example/crane' } });
    const json = JSON.parse(await text(await exportClaims(editor, { format: 'json', articleId: id })));
    expect(json.claims[0].basedOn).toMatchObject({ type: 'claimreview', url: 'https://other.example/crane', by: 'Other Check', rating: 'Mostly false' });
    const ld = JSON.parse(await text(await exportClaims(editor, { format: 'claimreview', articleId: id })));
    expect(ld.isBasedOn).toBe('https://other.example/crane');
  });

  it('refuses a link from a stale version (optimistic concurrency) and a second link', async () => {
    const editor = await makeUser('editor');
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane')) });
    const { id } = await createArticle(editor, { title: 'New', body: CRANE });
    const claim = await onlyClaim(id);
    const [match] = await listClaimMatches(editor, { articleId: id, claimId: claim.id });
    await updateClaim(editor, { articleId: id, claimId: claim.id, version: claim.version, rationale: 'Someone else wrote first.' });
    await expect(linkClaimMatch(editor, { articleId: id, claimId: claim.id, matchId: match.id, version: claim.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.claimMatch.findUniqueOrThrow({ where: { id: match.id } })).toMatchObject({ linkedAt: null });
    const current = await onlyClaim(id);
    await linkClaimMatch(editor, { articleId: id, claimId: claim.id, matchId: match.id, version: current.version });
    await expect(linkClaimMatch(editor, { articleId: id, claimId: claim.id, matchId: match.id, version: current.version + 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(dismissClaimMatch(editor, { articleId: id, claimId: claim.id, matchId: match.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('checks permissions and scopes every lookup by claim and article', async () => {
    const editor = await makeUser('editor');
    const reviewer = await makeUser('reviewer');
    await importClaimReviews(editor, { text: JSON.stringify(review(CRANE, 'https://other.example/crane')) });
    const { id } = await createArticle(reviewer, { title: 'New', body: CRANE });
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: 'The mayor said the bridge cost $4.2 million.' });
    const claim = await onlyClaim(id);
    const otherClaim = await onlyClaim(otherArticle);
    const [match] = await listClaimMatches(reviewer, { articleId: id, claimId: claim.id });
    await expect(listClaimMatches(null as never, { articleId: id, claimId: claim.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(listClaimMatches(reviewer, { articleId: otherArticle, claimId: claim.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(dismissClaimMatch(reviewer, { articleId: otherArticle, claimId: otherClaim.id, matchId: match.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(linkClaimMatch(reviewer, { articleId: id, claimId: claim.id, matchId: match.id, version: 0 })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await prisma.claimMatch.count({ where: { OR: [{ dismissedAt: { not: null } }, { linkedAt: { not: null } }] } })).toBe(0);
  });

  it('maps an imported rating to the workspace scale by label, else by its place on the numeric scale', () => {
    const scale = [
      { id: 't', label: 'True', ratingValue: 5 },
      { id: 'mf', label: 'Mostly false', ratingValue: 2 },
      { id: 'f', label: 'False', ratingValue: 1 },
      { id: 'u', label: 'Unproven', ratingValue: null },
    ];
    expect(verdictForRating(scale, { ratingLabel: 'MOSTLY FALSE', ratingValue: null, bestRating: null, worstRating: null })).toBe('mf');
    expect(verdictForRating(scale, { ratingLabel: 'Pants on fire', ratingValue: 1, bestRating: 7, worstRating: 1 })).toBe('f');
    expect(verdictForRating(scale, { ratingLabel: 'Correct', ratingValue: 10, bestRating: 10, worstRating: 0 })).toBe('t');
    expect(verdictForRating(scale, { ratingLabel: 'Pants on fire', ratingValue: null, bestRating: null, worstRating: null })).toBeNull();
  });
});

async function text(file: { chunks: AsyncGenerator<string> }): Promise<string> {
  let out = '';
  for await (const chunk of file.chunks) out += chunk;
  return out;
}
