import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource, removeSource, reorderSources, updateSource } from './sources';
import { articleVersions, changedClaims } from './claim-versions';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';

// Sources are part of what an editor approves: adding, editing or removing one bumps the claim's
// version in the same transaction, so an approval of the version the editor opened is refused
// when the evidence changed meanwhile (before, it went through on evidence the editor never saw).

beforeEach(resetData);

/** A claim waiting for second review, with one source, as the editor opens it. */
async function waiting() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const other = await makeUser('reviewer', 'Sam Second');
  const editor = await makeUser('editor', 'Eddie Editor');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
  const [claim] = (await getArticle(reviewer, articleId)).claims;
  const { source, claimVersion } = await addSource(reviewer, { articleId, claimId: claim.id, url: 'https://council.example/m', title: 'Minutes' });
  expect(claimVersion).toBe(claim.version + 1);
  const opened = await updateClaim(reviewer, { articleId, claimId: claim.id, version: claimVersion, verdictId: await verdictId('False'), rationale: 'Minutes.' });
  expect(opened.status).toBe('needs_review');
  return { reviewer, other, editor, articleId, opened, source };
}

const stored = (id: string) => prisma.claim.findUniqueOrThrow({ where: { id }, select: { version: true, status: true } });

describe('a source change bumps the claim version', () => {
  it('refuses an approval of the version opened before a source was added', async () => {
    const { other, editor, articleId, opened } = await waiting();
    const { claimVersion } = await addSource(other, { articleId, claimId: opened.id, url: 'https://rumour.example/x', title: 'A rumour', stance: 'supports' });
    expect(claimVersion).toBe(opened.version + 1);
    await expect(approveClaim(editor, { articleId, claimId: opened.id, version: opened.version })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { current: { version: claimVersion, sources: [{ title: 'Minutes' }, { title: 'A rumour' }] } },
    });
    expect(await stored(opened.id)).toEqual({ version: claimVersion, status: 'needs_review' });
    // Having seen the new evidence, the editor approves the version that has it.
    expect((await approveClaim(editor, { articleId, claimId: opened.id, version: claimVersion })).status).toBe('approved');
  });

  it('refuses an approval of the version opened before a source was edited or removed', async () => {
    const { other, editor, articleId, opened, source } = await waiting();
    const edited = await updateSource(other, { articleId, claimId: opened.id, sourceId: source.id, url: source.url, title: 'Minutes (draft)', stance: 'supports' });
    expect(edited.claimVersion).toBe(opened.version + 1);
    await expect(approveClaim(editor, { articleId, claimId: opened.id, version: opened.version })).rejects.toMatchObject({ code: 'CONFLICT' });

    await addSource(other, { articleId, claimId: opened.id, url: 'https://stats.example/t', title: 'Table 4' });
    const before = await stored(opened.id);
    const removed = await removeSource(other, { articleId, claimId: opened.id, sourceId: source.id });
    expect(removed.claimVersion).toBe(before.version + 1);
    await expect(approveClaim(editor, { articleId, claimId: opened.id, version: before.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await stored(opened.id)).status).toBe('needs_review');
  });

  it('shows in the versions an open article polls, and a refused source change bumps nothing', async () => {
    const { reviewer, other, articleId, opened, source } = await waiting();
    const { claimVersion } = await addSource(reviewer, { articleId, claimId: opened.id, url: 'https://stats.example/t', title: 'Table 4' });
    expect((await articleVersions(reviewer, articleId)).versions[opened.id]).toBe(claimVersion);
    // The stale notice names who changed the claim last: here the one who added the source.
    await addSource(other, { articleId, claimId: opened.id, url: 'https://stats.example/u', title: 'Table 5' });
    const [changed] = await changedClaims(reviewer, { articleId, claimIds: [opened.id] });
    expect(changed).toMatchObject({ changedBy: 'Sam Second', claim: { version: claimVersion + 1 } });
    await expect(addSource(reviewer, { articleId, claimId: opened.id, url: 'not a url', title: 'x' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(removeSource(reviewer, { articleId, claimId: opened.id, sourceId: 'src_missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Reordering changes no evidence: the version stays.
    const order = (await getArticle(reviewer, articleId)).claims.find((c) => c.id === opened.id)!.sources.map((s) => s.id).reverse();
    await reorderSources(reviewer, { articleId, claimId: opened.id, order });
    expect((await stored(opened.id)).version).toBe(claimVersion + 1);
    expect(order).toContain(source.id);
  });
});
