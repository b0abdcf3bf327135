import { beforeEach, describe, expect, it } from 'vitest';
import { versionOf } from '../test/evidence';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { addSource, reorderSources, updateSource } from './sources';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { approveClaim, updateClaim } from './claims';
import { openCorrection } from './review-workflow';
import type { Actor } from '../auth/permissions';

beforeEach(resetData);

async function setup() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
  const claim = (await getArticle(reviewer, articleId)).claims[0];
  const add = async (title: string) => (await addSource(reviewer, { articleId, claimId: claim.id, url: `https://example.org/${title}`, title })).source;
  const a = await add('a');
  const b = await add('b');
  const c = await add('c');
  return { reviewer, articleId, claim, a, b, c };
}

describe('source kind and archive', () => {
  it('stores kind and a validated archive URL', async () => {
    const { reviewer, articleId, claim, a } = await setup();
    const { source: s } = await addSource(reviewer, {
      articleId,
      claimId: claim.id,
      url: 'https://stats.example/table',
      title: 'Table 4',
      kind: 'data_set',
      archiveUrl: 'https://web.archive.org/web/2024/https://stats.example/table',
    });
    expect(s).toMatchObject({ kind: 'data_set', archiveUrl: 'https://web.archive.org/web/2024/https://stats.example/table' });
    expect(a).toMatchObject({ kind: 'other', archiveUrl: null });
    await expect(addSource(reviewer, { articleId, claimId: claim.id, url: 'https://x.example', title: 'x', archiveUrl: 'javascript:alert(1)' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { archiveUrl: expect.any(Array) },
    });
    await expect(addSource(reviewer, { articleId, claimId: claim.id, url: 'https://x.example', title: 'x', kind: 'rumour' as never })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { kind: expect.any(Array) },
    });
    const { source: edited } = await updateSource(reviewer, { articleId, claimId: claim.id, sourceId: a.id, url: a.url, title: a.title, kind: 'expert' });
    expect(edited.kind).toBe('expert');
  });
});

describe('reorderSources', () => {
  it('persists the new order in one transaction and audits it', async () => {
    const { reviewer, articleId, claim, a, b, c } = await setup();
    const result = await reorderSources(reviewer, { articleId, claimId: claim.id, order: [c.id, a.id, b.id] });
    expect(result.map((s) => s.title)).toEqual(['c', 'a', 'b']);
    const stored = await prisma.source.findMany({ where: { claimId: claim.id }, orderBy: { position: 'asc' } });
    expect(stored.map((s) => [s.title, s.position])).toEqual([['c', 0], ['a', 1], ['b', 2]]);
    const reloaded = (await getArticle(reviewer, articleId)).claims.find((x) => x.id === claim.id)!;
    expect(reloaded.sources.map((s) => s.title)).toEqual(['c', 'a', 'b']);
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'source.reorder' } })).toBe(1);
  });

  it('refuses a list that does not match the stored sources, and other claims’ sources', async () => {
    const { reviewer, articleId, claim, a, b, c } = await setup();
    await expect(reorderSources(reviewer, { articleId, claimId: claim.id, order: [a.id, b.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(reorderSources(reviewer, { articleId, claimId: claim.id, order: [a.id, a.id, b.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    const other = (await getArticle(reviewer, articleId)).claims[1];
    await expect(reorderSources(reviewer, { articleId, claimId: other.id, order: [c.id, b.id, a.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    const stored = await prisma.source.findMany({ where: { claimId: claim.id }, orderBy: { position: 'asc' } });
    expect(stored.map((s) => s.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('reorder permissions', () => {
  it('locks an approved claim’s sources until a correction is opened, then lets an editor reorder them; refuses the signed out', async () => {
    const { reviewer, articleId, claim, a, b, c } = await setup();
    const editor = await makeUser('editor', 'Eddie Editor');
    const reviewed = await updateClaim(reviewer, { articleId, claimId: claim.id, version: await versionOf(claim.id), verdictId: await verdictId('True'), rationale: 'Minutes.' });
    const approved = await approveClaim(editor, { articleId, claimId: claim.id, version: reviewed.version });
    await expect(reorderSources(editor, { articleId, claimId: claim.id, order: [c.id, b.id, a.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reorderSources(reviewer, { articleId, claimId: claim.id, order: [c.id, b.id, a.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const nobody = null as unknown as Actor;
    await expect(reorderSources(nobody, { articleId, claimId: claim.id, order: [c.id, b.id, a.id] })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await openCorrection(editor, { articleId, claimId: claim.id, version: approved.version, note: 'Strongest source first.' });
    const result = await reorderSources(editor, { articleId, claimId: claim.id, order: [c.id, b.id, a.id] });
    expect(result.map((s) => s.title)).toEqual(['c', 'b', 'a']);
  });
});
