import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource } from './sources';
import { assignClaim } from './assignments';
import { readClaimRow } from './claim-row';
import { claimInclude, toClaimDto } from './dto';
import { recordContribution } from './claim-reviewers';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';

beforeEach(resetData);

/** What Prisma's `include` reads: the reference the one-statement reader must equal. */
async function viaInclude(articleId: string, claimId: string) {
  return toClaimDto(await prisma.claim.findFirstOrThrow({ where: { id: claimId, articleId }, include: claimInclude }));
}

describe('readClaimRow', () => {
  it('reads the same DTO as Prisma include, with verdict, people, sources in order and contributors', async () => {
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const second = await makeUser('reviewer', 'Sam Second');
    const editor = await makeUser('editor', 'Eddie Editor');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    await addSource(reviewer, {
      articleId, claimId: claim.id, url: 'https://a.example/1', title: 'First "quoted"', publisher: 'Pub', publishedAt: '2024-02-29', accessedAt: '2025-01-31',
      excerpt: 'Line one\nline two', stance: 'refutes', kind: 'data_set', archiveUrl: 'https://archive.example/1', confidential: true,
    });
    await addSource(second, { articleId, claimId: claim.id, url: 'https://a.example/2', title: 'Second' });
    await assignClaim(editor, { articleId, claimId: claim.id, assigneeId: second.id });
    const version = (await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    await updateClaim(reviewer, { articleId, claimId: claim.id, version, verdictId: await verdictId('False'), rationale: 'Because.' });
    const saved = await viaInclude(articleId, claim.id);
    await approveClaim(editor, { articleId, claimId: claim.id, version: saved.version });

    const found = await readClaimRow(prisma, articleId, claim.id);
    expect(found).not.toBeNull();
    const reference = await viaInclude(articleId, claim.id);
    expect(toClaimDto(found!.row)).toEqual(reference);
    expect(reference.sources.map((s) => s.title)).toEqual(['First "quoted"', 'Second']);
    expect(reference.reviewers.map((r) => r.name)).toEqual(['Rita Reviewer', 'Sam Second']);
    expect(reference.approvedBy?.name).toBe('Eddie Editor');
    expect(reference.assignee?.name).toBe('Sam Second');
    // Dates survive as the same instants (the columns hold UTC without a zone).
    expect(found!.row.updatedAt).toBeInstanceOf(Date);
    expect(found!.row.updatedAt.getTime()).toBe(new Date(reference.updatedAt).getTime());
  });

  it('reads a bare claim (no verdict, people or sources) like include does, and reads the verdict a save sets', async () => {
    const reviewer = await makeUser('reviewer');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    const found = await readClaimRow(prisma, articleId, claim.id, { verdictId: await verdictId('True') });
    expect(toClaimDto(found!.row)).toEqual(await viaInclude(articleId, claim.id));
    expect(found!.verdict?.label).toBe('True');
    expect((await readClaimRow(prisma, articleId, claim.id, { verdictId: 'cnotaverdict000000000000' }))!.verdict).toBeNull();
    expect((await readClaimRow(prisma, articleId, claim.id))!.verdict).toBeNull();
  });

  it('scopes by article: a claim id under another article is not found', async () => {
    const reviewer = await makeUser('reviewer');
    const { id: a } = await createArticle(reviewer, { title: 'A', body: SAMPLE_BODY });
    const { id: b } = await createArticle(reviewer, { title: 'B', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, a)).claims[0];
    expect(await readClaimRow(prisma, b, claim.id)).toBeNull();
  });
});

describe('recordContribution', () => {
  it('keeps the parts a reviewer had, first seen first, adds new ones once and moves lastAt on', async () => {
    const reviewer = await makeUser('reviewer');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    await prisma.$transaction((tx) => recordContribution(tx, claim.id, reviewer, ['rationale', 'verdict', 'rationale']));
    const first = await prisma.claimContributor.findUniqueOrThrow({ where: { claimId_userId: { claimId: claim.id, userId: reviewer.id } } });
    expect(first.parts).toEqual(['rationale', 'verdict']);
    await new Promise((r) => setTimeout(r, 5));
    await prisma.$transaction((tx) => recordContribution(tx, claim.id, reviewer, ['sources', 'verdict', 'submitted']));
    const second = await prisma.claimContributor.findUniqueOrThrow({ where: { claimId_userId: { claimId: claim.id, userId: reviewer.id } } });
    expect(second.parts).toEqual(['rationale', 'verdict', 'sources', 'submitted']);
    expect(second.firstAt).toEqual(first.firstAt);
    expect(second.lastAt.getTime()).toBeGreaterThan(first.lastAt.getTime());
    expect(Math.abs(second.lastAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
