import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { dismissClaim, mergeClaims, restoreClaim, splitClaim } from './claim-edits';
import { addSource } from './sources';
import { openCorrection } from './review-workflow';
import { addEvidence, versionOf } from '../test/evidence';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import type { Actor } from '../auth/permissions';

beforeEach(resetData);

async function setup() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
  const article = await getArticle(reviewer, articleId);
  const spent = article.claims.find((c) => c.quote.includes('$4.2 million'))!;
  const mayor = article.claims.find((c) => c.quote.includes('Mayor Jane Doe'))!;
  if (!spent || !mayor) throw new Error('fixture claims missing');
  return { reviewer, editor, articleId, spent, mayor };
}

describe('splitClaim', () => {
  it('splits at a word boundary into two exact quotes; the first keeps id, verdict and sources', async () => {
    const { reviewer, articleId, spent } = await setup();
    await addSource(reviewer, { articleId, claimId: spent.id, url: 'https://council.example/m', title: 'Minutes' });
    const withVerdict = await updateClaim(reviewer, { articleId, claimId: spent.id, version: await versionOf(spent.id), verdictId: await verdictId('False') });
    const at = SAMPLE_BODY.indexOf(', according');
    const { first, second } = await splitClaim(reviewer, { articleId, claimId: spent.id, version: withVerdict.version, at: at + 1 });
    expect(first.id).toBe(spent.id);
    expect(first.quote).toBe('The city spent $4.2 million on the bridge in 2023,');
    expect(second.quote).toBe('according to the council.');
    for (const c of [first, second]) {
      expect(SAMPLE_BODY.slice(c.start, c.end)).toBe(c.quote);
      expect(c.claimText).toBe(c.quote);
      expect(SAMPLE_BODY.slice(0, c.start).endsWith(c.prefix)).toBe(true);
      expect(SAMPLE_BODY.slice(c.end).startsWith(c.suffix)).toBe(true);
    }
    expect(first.end).toBeLessThan(second.start);
    expect(first).toMatchObject({ verdict: { label: 'False' }, version: withVerdict.version + 1 });
    expect(first.sources).toHaveLength(1);
    expect(second).toMatchObject({ status: 'open', verdict: null, sources: [], claimType: spent.claimType });
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: { in: [first.id, second.id] } }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['claim.split', 'claim.create']));
  });

  it('refuses a split inside a word, outside the quote, or from a stale version', async () => {
    const { reviewer, articleId, spent } = await setup();
    const inWord = SAMPLE_BODY.indexOf('bridge') + 2;
    await expect(splitClaim(reviewer, { articleId, claimId: spent.id, version: spent.version, at: inWord })).rejects.toMatchObject({ code: 'INVALID', fields: { at: expect.any(Array) } });
    await expect(splitClaim(reviewer, { articleId, claimId: spent.id, version: spent.version, at: spent.end + 1 })).rejects.toMatchObject({ code: 'INVALID' });
    const gap = SAMPLE_BODY.indexOf(' on the bridge');
    await updateClaim(reviewer, { articleId, claimId: spent.id, version: spent.version, rationale: 'newer' });
    await expect(splitClaim(reviewer, { articleId, claimId: spent.id, version: spent.version, at: gap })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.claim.count({ where: { articleId } })).toBe((await getArticle(reviewer, articleId)).claims.length);
    const stored = await prisma.claim.findUniqueOrThrow({ where: { id: spent.id } });
    expect(stored.quote).toBe(spent.quote);
  });
});

describe('mergeClaims', () => {
  it('merges two claims into one spanning both, exact quote, sources moved, other deleted', async () => {
    const { reviewer, articleId, spent, mayor } = await setup();
    const { source } = await addSource(reviewer, { articleId, claimId: mayor.id, url: 'https://mayor.example/speech', title: 'Speech' });
    const mayorNow = (await getArticle(reviewer, articleId)).claims.find((c) => c.id === mayor.id)!;
    const { merged, removedId } = await mergeClaims(reviewer, { articleId, claimId: spent.id, version: spent.version, otherId: mayor.id, otherVersion: mayorNow.version });
    expect(removedId).toBe(mayor.id);
    expect(merged.start).toBe(spent.start);
    expect(merged.end).toBe(mayor.end);
    expect(SAMPLE_BODY.slice(merged.start, merged.end)).toBe(merged.quote);
    expect(merged.quote).toContain('according to the council.\nMayor Jane Doe');
    expect(merged.sources.map((s) => s.id)).toEqual([source.id]);
    expect(await prisma.claim.findUnique({ where: { id: mayor.id } })).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: spent.id, action: 'claim.merge' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: mayor.id, action: 'claim.delete' } })).toBe(1);
  });

  it('refuses a stale version of either claim and changes nothing', async () => {
    const { reviewer, articleId, spent, mayor } = await setup();
    await addSource(reviewer, { articleId, claimId: mayor.id, url: 'https://mayor.example/speech', title: 'Speech' });
    // mayor's version is unchanged by adding a source, so make it stale by an edit.
    await updateClaim(reviewer, { articleId, claimId: mayor.id, version: await versionOf(mayor.id), rationale: 'edited' });
    await expect(mergeClaims(reviewer, { articleId, claimId: spent.id, version: spent.version, otherId: mayor.id, otherVersion: mayor.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.claim.findUnique({ where: { id: mayor.id } })).not.toBeNull();
    expect(await prisma.source.count({ where: { claimId: mayor.id } })).toBe(1);
    await expect(mergeClaims(reviewer, { articleId, claimId: spent.id, version: spent.version + 3, otherId: mayor.id, otherVersion: mayor.version + 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.claim.findUnique({ where: { id: mayor.id } })).not.toBeNull();
  });

  it('only merges claims of the same article', async () => {
    const { reviewer, articleId, spent } = await setup();
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: SAMPLE_BODY });
    const foreign = (await getArticle(reviewer, otherArticle)).claims[0];
    await expect(mergeClaims(reviewer, { articleId, claimId: spent.id, version: spent.version, otherId: foreign.id, otherVersion: foreign.version })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mergeClaims(reviewer, { articleId, claimId: spent.id, version: spent.version, otherId: spent.id, otherVersion: spent.version })).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('dismiss and restore', () => {
  it('keeps a dismissed claim, remembers its status, and restores it', async () => {
    const { reviewer, articleId, spent } = await setup();
    const reviewed = await updateClaim(reviewer, { articleId, claimId: spent.id, version: spent.version, verdictId: await verdictId('True') });
    const dismissed = await dismissClaim(reviewer, { articleId, claimId: spent.id, version: reviewed.version });
    expect(dismissed).toMatchObject({ status: 'dismissed', statusBeforeDismiss: 'needs_review' });
    expect(await prisma.claim.count({ where: { id: spent.id } })).toBe(1);
    await expect(dismissClaim(reviewer, { articleId, claimId: spent.id, version: dismissed.version })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(restoreClaim(reviewer, { articleId, claimId: spent.id, version: reviewed.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    const restored = await restoreClaim(reviewer, { articleId, claimId: spent.id, version: dismissed.version });
    expect(restored).toMatchObject({ status: 'needs_review', statusBeforeDismiss: null, verdict: { label: 'True' } });
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: spent.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['claim.dismiss', 'claim.restore']);
    await expect(restoreClaim(reviewer, { articleId, claimId: spent.id, version: restored.version })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('does not count dismissed claims in the article progress', async () => {
    const { reviewer, articleId, spent } = await setup();
    const { listArticles } = await import('./articles');
    const before = (await listArticles(reviewer)).find((a) => a.id === articleId)!.counts.total;
    await dismissClaim(reviewer, { articleId, claimId: spent.id, version: spent.version });
    expect((await listArticles(reviewer)).find((a) => a.id === articleId)!.counts.total).toBe(before - 1);
  });
});

describe('permissions per role', () => {
  it('locks approved claims for everyone until an editor opens a correction, then lets them reshape it; refuses the signed out', async () => {
    const { reviewer, editor, articleId, spent, mayor } = await setup();
    await addEvidence(reviewer, articleId, spent.id);
    const reviewed = await updateClaim(reviewer, { articleId, claimId: spent.id, version: await versionOf(spent.id), verdictId: await verdictId('True'), rationale: 'Minutes.' });
    const approved = await approveClaim(editor, { articleId, claimId: spent.id, version: reviewed.version });
    const gap = SAMPLE_BODY.indexOf(' on the bridge');
    await expect(dismissClaim(reviewer, { articleId, claimId: spent.id, version: approved.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(splitClaim(reviewer, { articleId, claimId: spent.id, version: approved.version, at: gap })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(mergeClaims(reviewer, { articleId, claimId: mayor.id, version: mayor.version, otherId: spent.id, otherVersion: approved.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(splitClaim(editor, { articleId, claimId: spent.id, version: approved.version, at: gap })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const reopened = await openCorrection(editor, { articleId, claimId: spent.id, version: approved.version, note: 'The quote covers two claims.' });
    const { first } = await splitClaim(editor, { articleId, claimId: spent.id, version: reopened.version, at: gap });
    expect(first).toMatchObject({ status: 'in_progress', approvedBy: null });
    const nobody = null as unknown as Actor;
    await expect(dismissClaim(nobody, { articleId, claimId: mayor.id, version: mayor.version })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(splitClaim(nobody, { articleId, claimId: mayor.id, version: mayor.version, at: 5 })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
