import { beforeEach, describe, expect, it } from 'vitest';
import { versionOf } from '../test/evidence';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { setClaimPublicUrl } from './claim-public-url';
import { exportClaims } from './exports';
import { getOrganisation, updateOrganisation } from './settings';
import { addSource } from './sources';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';

beforeEach(resetData);

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

/** An article titled "Budget vote: €4.2m" with two approved claims. */
async function twoApproved() {
  const reviewer = await makeUser('reviewer');
  const editor = await makeUser('editor');
  const admin = await makeUser('admin');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget vote: €4.2m', body: SAMPLE_BODY });
  const claims = (await getArticle(reviewer, articleId)).claims.slice(0, 2);
  const approved = [];
  for (const claim of claims) {
    await addSource(reviewer, { articleId, claimId: claim.id, url: 'https://council.example/minutes', title: 'Minutes', stance: 'refutes' });
    const reviewed = await updateClaim(reviewer, { articleId, claimId: claim.id, version: await versionOf(claim.id), verdictId: await verdictId('False'), rationale: 'Minutes.' });
    approved.push(await approveClaim(editor, { articleId, claimId: claim.id, version: reviewed.version }));
  }
  return { reviewer, editor, admin, articleId, claims: approved };
}

describe('public fact-check URLs in ClaimReview', () => {
  it('leaves out claims without a public URL, counts them, and never links the workbench', async () => {
    const { editor, articleId, claims } = await twoApproved();
    const file = await exportClaims(editor, { format: 'claimreview', articleId });
    expect(file.omittedCount).toBe(2);
    expect(file.claimCount).toBe(0);
    const text = await collect(file.chunks);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': [] });
    expect(text).not.toContain('/articles/');

    const updated = await setClaimPublicUrl(editor, { articleId, claimId: claims[0]!.id, version: claims[0]!.version, publicUrl: 'https://factcheck.example/budget-vote' });
    expect(updated.publicUrl).toBe('https://factcheck.example/budget-vote');
    const again = await exportClaims(editor, { format: 'claimreview', articleId });
    expect([again.claimCount, again.omittedCount]).toEqual([1, 1]);
    expect(JSON.parse(await collect(again.chunks))).toMatchObject({ '@type': 'ClaimReview', url: 'https://factcheck.example/budget-vote' });
  });

  it('fills the organisation pattern for every claim, a claim\'s own URL winning', async () => {
    const { editor, admin, articleId, claims } = await twoApproved();
    await updateOrganisation(admin, { orgName: 'Desk', orgUrl: 'https://desk.example', factCheckUrlPattern: 'https://factcheck.example/{articleSlug}#{claimId}' });
    expect((await getOrganisation(admin)).factCheckUrlPattern).toBe('https://factcheck.example/{articleSlug}#{claimId}');
    await setClaimPublicUrl(editor, { articleId, claimId: claims[1]!.id, version: claims[1]!.version, publicUrl: 'https://factcheck.example/special' });
    const file = await exportClaims(editor, { format: 'claimreview', articleId });
    expect([file.claimCount, file.omittedCount]).toEqual([2, 0]);
    const urls = (JSON.parse(await collect(file.chunks))['@graph'] as { url: string }[]).map((r) => r.url).sort();
    expect(urls).toEqual([`https://factcheck.example/budget-vote-4-2m#${claims[0]!.id}`, 'https://factcheck.example/special'].sort());
    // An organisation form without the field leaves the pattern alone; an empty one clears it.
    await updateOrganisation(admin, { orgName: 'Desk', orgUrl: 'https://desk.example' });
    expect((await getOrganisation(admin)).factCheckUrlPattern).not.toBeNull();
    await updateOrganisation(admin, { orgName: 'Desk', orgUrl: 'https://desk.example', factCheckUrlPattern: '' });
    expect((await getOrganisation(admin)).factCheckUrlPattern).toBeNull();
  });

  it('refuses bad patterns and URLs, reviewers, and stale versions; audits the change', async () => {
    const { reviewer, editor, admin, articleId, claims } = await twoApproved();
    const claim = claims[0]!;
    await expect(updateOrganisation(admin, { orgName: 'Desk', orgUrl: 'https://desk.example', factCheckUrlPattern: 'https://f.example/{slug}' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: { factCheckUrlPattern: [expect.stringMatching(/Unknown placeholder/)] } });
    await expect(setClaimPublicUrl(editor, { articleId, claimId: claim.id, version: claim.version, publicUrl: 'javascript:alert(1)' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: { publicUrl: expect.any(Array) } });
    await expect(setClaimPublicUrl(reviewer, { articleId, claimId: claim.id, version: claim.version, publicUrl: 'https://f.example/x' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
    const set = await setClaimPublicUrl(editor, { articleId, claimId: claim.id, version: claim.version, publicUrl: 'https://f.example/x' });
    await expect(setClaimPublicUrl(editor, { articleId, claimId: claim.id, version: claim.version, publicUrl: 'https://f.example/y' }))
      .rejects.toMatchObject({ code: 'CONFLICT' });
    const cleared = await setClaimPublicUrl(editor, { articleId, claimId: claim.id, version: set.version, publicUrl: null });
    expect(cleared.publicUrl).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: claim.id, action: 'claim.public_url' }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.after)).toEqual([{ publicUrl: 'https://f.example/x' }, { publicUrl: null }]);
  });
});
