import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, claimHistory, createClaim, deleteClaim, updateClaim } from './claims';
import { addSource, removeSource, updateSource } from './sources';
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
  const claim = article.claims.find((c) => c.quote.includes('$4.2 million'));
  if (!claim) throw new Error('fixture claim missing');
  return { reviewer, editor, articleId, claim };
}

describe('updateClaim', () => {
  it('sets a verdict and rationale, sends the claim to second review, and audits in the same transaction', async () => {
    const { reviewer, articleId, claim } = await setup();
    const updated = await updateClaim(reviewer, {
      articleId,
      claimId: claim.id,
      version: claim.version,
      verdictId: await verdictId('Mostly true'),
      rationale: 'Council minutes show $4.1m.',
      claimText: 'The city spent $4.2m on the bridge in 2023',
    });
    expect(updated).toMatchObject({ status: 'needs_review', version: claim.version + 1, rationale: 'Council minutes show $4.1m.' });
    expect(updated.verdict?.label).toBe('Mostly true');
    expect(updated.reviewer?.id).toBe(reviewer.id);
    expect(updated.quote).toBe(claim.quote);
    const events = await prisma.auditEvent.findMany({ where: { entityId: claim.id, action: 'claim.update' } });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(reviewer.id);
    expect(events[0].before).toMatchObject({ verdict: null, status: 'open' });
    expect(events[0].after).toMatchObject({ verdict: 'Mostly true', status: 'needs_review' });
  });

  it('refuses the second of two saves from the same version and returns the newer value', async () => {
    const { reviewer, articleId, claim } = await setup();
    const other = await makeUser('reviewer', 'Omar Other');
    await updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, rationale: 'first' });
    const error = await updateClaim(other, { articleId, claimId: claim.id, version: claim.version, rationale: 'second' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((error as { details: { current: { rationale: string } } }).details.current.rationale).toBe('first');
    const stored = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.rationale).toBe('first');
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'claim.update' } })).toBe(1);
  });

  it('lets only one of many concurrent saves win', async () => {
    const { reviewer, articleId, claim } = await setup();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, rationale: `try ${i}` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.code === 'CONFLICT')).toBe(true);
  });

  it('validates input and scopes the claim by its article', async () => {
    const { reviewer, articleId, claim } = await setup();
    await expect(updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, claimText: '   ' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { claimText: expect.any(Array) },
    });
    await expect(updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, verdictId: 'nope' })).rejects.toMatchObject({ code: 'INVALID' });
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: SAMPLE_BODY });
    await expect(updateClaim(reviewer, { articleId: otherArticle, claimId: claim.id, version: claim.version, rationale: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('second review', () => {
  it('lets an editor who is not the reviewer approve, and locks the claim for reviewers', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    await addEvidence(reviewer, articleId, claim.id);
    const reviewed = await updateClaim(reviewer, { articleId, claimId: claim.id, version: await versionOf(claim.id), verdictId: await verdictId('False'), rationale: 'Minutes.' });
    await expect(approveClaim(reviewer, { articleId, claimId: claim.id, version: reviewed.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await approveClaim(editor, { articleId, claimId: claim.id, version: reviewed.version });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: { id: editor.id } });
    await expect(updateClaim(reviewer, { articleId, claimId: claim.id, version: approved.version, rationale: 'late change' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // Editors too: an approved verdict changes only through a correction with a note (collaboration.test).
    await expect(updateClaim(editor, { articleId, claimId: claim.id, version: approved.version, rationale: 'Corrected figure.' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const corrected = await openCorrection(editor, { articleId, claimId: claim.id, version: approved.version, note: 'Corrected figure.' });
    expect(corrected.status).not.toBe('approved');
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'claim.correct' } })).toBe(1);
  });

  it('does not let an editor approve a claim they reviewed themselves', async () => {
    const { editor, articleId, claim } = await setup();
    const reviewed = await updateClaim(editor, { articleId, claimId: claim.id, version: claim.version, verdictId: await verdictId('True') });
    await expect(approveClaim(editor, { articleId, claimId: claim.id, version: reviewed.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('claims from selections', () => {
  it('creates a claim from an exact span, trimming whitespace, and refuses duplicates and bad ranges', async () => {
    const { reviewer, articleId } = await setup();
    const start = SAMPLE_BODY.indexOf('Critics argue');
    const created = await createClaim(reviewer, { articleId, start: start - 1, end: start + 'Critics argue'.length + 1 });
    expect(created.quote).toBe('Critics argue');
    expect(SAMPLE_BODY.slice(created.start, created.end)).toBe(created.quote);
    await expect(createClaim(reviewer, { articleId, start: created.start, end: created.end })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(createClaim(reviewer, { articleId, start: 5, end: 5_000_000 })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(createClaim(reviewer, { articleId, start: 10, end: 4 })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('deletes a claim with the version check and records it', async () => {
    const { reviewer, articleId, claim } = await setup();
    await expect(deleteClaim(reviewer, { articleId, claimId: claim.id, version: claim.version + 5 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await deleteClaim(reviewer, { articleId, claimId: claim.id, version: claim.version });
    expect(await prisma.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'claim.delete' } })).toBe(1);
  });
});

describe('sources', () => {
  it('adds, edits and removes sources with validation, scoped by claim and article', async () => {
    const { reviewer, articleId, claim } = await setup();
    await expect(addSource(reviewer, { articleId, claimId: claim.id, url: 'not a url', title: 'x' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { url: expect.any(Array) },
    });
    const { source } = await addSource(reviewer, {
      articleId,
      claimId: claim.id,
      url: 'https://council.example/minutes',
      title: 'Council minutes',
      stance: 'refutes',
      publishedAt: '2024-01-10',
    });
    expect(source).toMatchObject({ stance: 'refutes', publishedAt: '2024-01-10', confidential: false });
    const { source: edited } = await updateSource(reviewer, { articleId, claimId: claim.id, sourceId: source.id, url: source.url, title: 'Minutes, 10 Jan', stance: 'context', confidential: true });
    expect(edited).toMatchObject({ title: 'Minutes, 10 Jan', confidential: true });
    const otherClaim = (await getArticle(reviewer, articleId)).claims.find((c) => c.id !== claim.id)!;
    await expect(removeSource(reviewer, { articleId, claimId: otherClaim.id, sourceId: source.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await removeSource(reviewer, { articleId, claimId: claim.id, sourceId: source.id });
    expect(await prisma.source.count()).toBe(0);
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: source.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['source.add', 'source.update', 'source.remove']);
  });
});

describe('history', () => {
  it('returns every change of a claim with who made it', async () => {
    const { reviewer, articleId, claim } = await setup();
    await updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, rationale: 'one' });
    const history = await claimHistory(reviewer, articleId, claim.id);
    expect(history.map((h) => h.action)).toEqual(['claim.update', 'claim.extract']);
    expect(history[0].actor).toBe('Rita Reviewer');
  });
});

describe('permissions per role', () => {
  it('refuses signed-out callers and checks each role', async () => {
    const { articleId, claim } = await setup();
    const nobody = null as unknown as Actor;
    await expect(updateClaim(nobody, { articleId, claimId: claim.id, version: 1, rationale: 'x' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(createArticle(nobody, { title: 'x', body: 'y.' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
