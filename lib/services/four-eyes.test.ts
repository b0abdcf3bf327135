import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, getClaim, updateClaim } from './claims';
import { addSource, removeSource, updateSource } from './sources';
import { dismissClaim, mergeClaims, restoreClaim, splitClaim } from './claim-edits';
import { openCorrection, sendBack, startReview } from './review-workflow';
import { updateReviewPolicy } from './settings';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import type { Actor } from '../auth/permissions';
import type { ClaimDto } from './dto';
import { backupFile } from './backup';
import { collectChunks } from '../export/encoder';
import { backupSchema } from '../validation/import';

// Regression tests for issue 8 ("The four-eyes rule is bypassable"): every way around the rule that
// the security review found, or that the fix had to close, each refused here.

beforeEach(resetData);

async function setup() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  const editor2 = await makeUser('editor', 'Erin Editor');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
  const article = await getArticle(reviewer, articleId);
  const claim = article.claims.find((c) => c.quote.includes('$4.2 million'));
  if (!claim) throw new Error('fixture claim missing');
  return { reviewer, editor, editor2, articleId, claim };
}

const source = (articleId: string, claimId: string, n = 1) => ({ articleId, claimId, url: `https://council.example/minutes/${n}`, title: `Council minutes ${n}` });

/** A reviewer's complete work: a source, a verdict and a rationale; the claim waits for second review. */
async function reviewed(actor: Actor, articleId: string, claim: ClaimDto, label = 'False'): Promise<ClaimDto> {
  await addSource(actor, source(articleId, claim.id));
  const current = await getClaim(actor, articleId, claim.id);
  return updateClaim(actor, { articleId, claimId: claim.id, version: current.version, verdictId: await verdictId(label), rationale: 'The minutes say $4.1m.' });
}

const ref = (c: ClaimDto) => ({ articleId: c.articleId, claimId: c.id, version: c.version });
const stored = (id: string) => prisma.claim.findUniqueOrThrow({ where: { id } });

describe('an editor cannot approve their own verdict', () => {
  it('refuses the issue’s exploit: verdict set through PATCH with status in_progress, then approved by the same editor', async () => {
    const { editor, articleId, claim } = await setup();
    await addSource(editor, source(articleId, claim.id));
    const current = await getClaim(editor, articleId, claim.id);
    const set = await updateClaim(editor, { articleId, claimId: claim.id, version: current.version, verdictId: await verdictId('False'), rationale: 'Minutes.', status: 'in_progress' });
    expect(set).toMatchObject({ status: 'in_progress', reviewer: { id: editor.id }, reviewers: [{ id: editor.id }] });
    await expect(approveClaim(editor, ref(set))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await stored(claim.id)).status).toBe('in_progress');
  });

  it('refuses an editor who replaced the reviewer’s verdict and left the claim in review', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    const replaced = await updateClaim(editor, { ...ref(done), verdictId: await verdictId('True') });
    expect(replaced.status).toBe('needs_review');
    expect(replaced.reviewers.map((r) => r.id)).toEqual([reviewer.id, editor.id]);
    expect(replaced.reviewer?.id).toBe(editor.id);
    await expect(approveClaim(editor, ref(replaced))).rejects.toMatchObject({ code: 'FORBIDDEN', details: { blockers: [{ code: 'own_work' }] } });
    expect((await stored(claim.id)).approvedById).toBeNull();
  });

  it('refuses an editor who only rewrote the rationale (the approval used to credit the original reviewer)', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    const rewritten = await updateClaim(editor, { ...ref(done), rationale: 'My own reasoning.' });
    await expect(approveClaim(editor, ref(rewritten))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an editor who changed the verdict and moved the claim to in progress, then sent it to review', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    // A claim waiting for second review goes back only through a send-back with a comment.
    await expect(updateClaim(editor, { ...ref(done), verdictId: await verdictId('True'), status: 'in_progress' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { status: expect.any(Array) },
    });
    const changed = await updateClaim(editor, { ...ref(done), verdictId: await verdictId('True') });
    const resubmitted = await updateClaim(reviewer, { ...ref(changed), rationale: 'Agreed with the editor.' });
    await expect(approveClaim(editor, ref(resubmitted))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an editor who reworded the claim text', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    const reworded = await updateClaim(editor, { ...ref(done), claimText: 'The city spent $4.2m on the bridge.' });
    await expect(approveClaim(editor, ref(reworded))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an editor who changed the evidence: added, edited or removed a source', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    await addSource(editor, source(articleId, claim.id, 2));
    await expect(approveClaim(editor, ref(await getClaim(editor, articleId, claim.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateSource(editor2, { ...source(articleId, claim.id, 3), sourceId: done.sources[0].id });
    await expect(approveClaim(editor2, ref(await getClaim(editor, articleId, claim.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await makeUser('admin', 'Ada Admin');
    await removeSource(admin, { articleId, claimId: claim.id, sourceId: done.sources[0].id });
    await expect(approveClaim(admin, ref(await getClaim(editor, articleId, claim.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an editor who split the claim (new claim text) or merged another into it', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    const at = SAMPLE_BODY.indexOf(' according to');
    const { first } = await splitClaim(editor, { ...ref(done), at });
    expect(first.status).toBe('needs_review');
    await expect(approveClaim(editor, ref(first))).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const other = (await getArticle(reviewer, articleId)).claims.find((c) => c.quote.includes('Mayor'))!;
    const { merged } = await mergeClaims(editor2, { ...ref(first), otherId: other.id, otherVersion: other.version });
    await expect(approveClaim(editor2, ref(merged))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(merged.reviewers.map((r) => r.id).sort()).toEqual([reviewer.id, editor.id, editor2.id].sort());
  });

  it('keeps the rule across a merge: the other claim’s reviewer cannot approve the merged verdict', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const other = (await getArticle(reviewer, articleId)).claims.find((c) => c.quote.includes('Mayor'))!;
    const otherDone = await reviewed(editor, articleId, other, 'True');
    const done = await reviewed(reviewer, articleId, claim);
    const { merged } = await mergeClaims(reviewer, { ...ref(done), otherId: other.id, otherVersion: otherDone.version });
    await expect(approveClaim(editor, ref(merged))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await approveClaim(editor2, ref(merged))).toMatchObject({ status: 'approved' });
  });

  it('refuses the editor who edited a correction of an approved verdict; the reviewers start afresh', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const approved = await approveClaim(editor, ref(await reviewed(reviewer, articleId, claim)));
    expect(approved.reviewers.map((r) => r.id)).toEqual([reviewer.id]);
    const reopened = await openCorrection(editor, { ...ref(approved), note: 'Figure revised.' });
    expect(reopened).toMatchObject({ status: 'in_progress', reviewers: [], reviewer: null });
    // Even without touching the status, a corrected verdict must go through a new second review.
    await expect(approveClaim(editor, ref(reopened))).rejects.toMatchObject({ code: 'CONFLICT' });
    const fixed = await updateClaim(editor, { ...ref(reopened), verdictId: await verdictId('Mostly true'), status: 'in_progress' });
    const submitted = await updateClaim(reviewer, { ...ref(fixed), status: 'needs_review' });
    await expect(approveClaim(editor, ref(submitted))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The reviewer only sent it to review, the editor changed the verdict: a third person approves.
    const again = await approveClaim(editor2, ref(submitted));
    expect(again).toMatchObject({ status: 'approved', approvedBy: { id: editor2.id } });
    expect(again.reviewers.map((r) => r.id)).toEqual([editor.id, reviewer.id]);
  });
});

describe('only a claim waiting for second review can be approved', () => {
  it('refuses dismissed, open, in-progress and approved claims', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    const dismissed = await dismissClaim(reviewer, ref(done));
    await expect(approveClaim(editor, ref(dismissed))).rejects.toMatchObject({ code: 'CONFLICT', details: { blockers: [{ code: 'status' }] } });
    const restored = await restoreClaim(reviewer, ref(dismissed));
    expect(restored.status).toBe('needs_review');

    const open = (await getArticle(reviewer, articleId)).claims.find((c) => c.quote.includes('Mayor'))!;
    await addSource(reviewer, source(articleId, open.id));
    const withVerdict = await updateClaim(reviewer, {
      ...ref(await getClaim(reviewer, articleId, open.id)),
      verdictId: await verdictId('True'),
      rationale: 'Said on record.',
      status: 'in_progress',
    });
    await expect(approveClaim(editor, ref(withVerdict))).rejects.toMatchObject({ code: 'CONFLICT' });
    const approved = await approveClaim(editor, ref(restored));
    await expect(approveClaim(editor2, ref(approved))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await stored(claim.id)).approvedById).toBe(editor.id);
  });

  it('moves status only along the workflow: no PATCH to open, back from review, or out of dismissal', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const started = await startReview(reviewer, ref(claim));
    await expect(updateClaim(reviewer, { ...ref(started), status: 'open' })).rejects.toMatchObject({ code: 'INVALID', fields: { status: expect.any(Array) } });
    await expect(updateClaim(reviewer, { ...ref(started), status: 'needs_review' })).rejects.toMatchObject({ code: 'INVALID', fields: { verdictId: expect.any(Array) } });
    const done = await reviewed(reviewer, articleId, started);
    await expect(updateClaim(editor, { ...ref(done), status: 'in_progress' })).rejects.toMatchObject({ code: 'INVALID' });
    const dismissed = await dismissClaim(reviewer, ref(done));
    await expect(updateClaim(reviewer, { ...ref(dismissed), status: 'needs_review' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(startReview(reviewer, ref(dismissed))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await stored(claim.id)).status).toBe('dismissed');
  });

  it('treats status "approved" in an update as the second review itself, with all its rules', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    // Approving while changing the verdict would approve one's own change.
    await expect(updateClaim(editor, { ...ref(done), verdictId: await verdictId('True'), status: 'approved' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(updateClaim(reviewer, { ...ref(done), status: 'approved' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rewritten = await updateClaim(editor, { ...ref(done), rationale: 'Mine now.' });
    await expect(updateClaim(editor, { ...ref(rewritten), status: 'approved' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await updateClaim(editor2, { ...ref(rewritten), status: 'approved' })).toMatchObject({ status: 'approved', approvedBy: { id: editor2.id } });
  });
});

describe('the send-back rule', () => {
  it('lets only an editor who did not work on the claim send it back, and only from second review', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const started = await startReview(reviewer, ref(claim));
    await expect(sendBack(editor, { ...ref(started), comment: 'Not yet.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const done = await reviewed(reviewer, articleId, started);
    const touched = await updateClaim(editor, { ...ref(done), rationale: 'Edited by the editor.' });
    await expect(sendBack(editor, { ...ref(touched), comment: 'Fix it.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const back = await sendBack(editor2, { ...ref(touched), comment: 'Add the 2024 minutes.' });
    expect(back).toMatchObject({ status: 'in_progress', assignee: { id: editor.id } });
  });
});

describe('a verdict needs evidence before approval', () => {
  it('refuses a verdict without sources or without a rationale, with a clear reason', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const bare = await updateClaim(reviewer, { ...ref(claim), verdictId: await verdictId('False') });
    expect(bare.status).toBe('needs_review');
    const error = await approveClaim(editor, ref(bare)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID',
      message: expect.stringContaining('at least 1 source'),
      details: { blockers: [{ code: 'sources' }, { code: 'rationale' }] },
    });
    await addSource(reviewer, source(articleId, claim.id));
    const noRationale = await getClaim(editor, articleId, claim.id);
    await expect(approveClaim(editor, ref(noRationale))).rejects.toMatchObject({ code: 'INVALID', message: 'A verdict needs a rationale before approval.' });
    const blank = await updateClaim(reviewer, { ...ref(noRationale), rationale: '   ' });
    await expect(approveClaim(editor, ref(blank))).rejects.toMatchObject({ code: 'INVALID' });
    const complete = await updateClaim(reviewer, { ...ref(blank), rationale: 'Minutes show $4.1m.' });
    expect(await approveClaim(editor, ref(complete))).toMatchObject({ status: 'approved' });
  });

  it('follows the workspace’s minimum, set by an admin (0 needs no source, 2 needs two)', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const admin = await makeUser('admin', 'Ada Admin');
    await updateReviewPolicy(admin, { minSourcesForApproval: 2 });
    const done = await reviewed(reviewer, articleId, claim);
    await expect(approveClaim(editor, ref(done))).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('at least 2 sources') });
    await updateReviewPolicy(admin, { minSourcesForApproval: 0 });
    const other = (await getArticle(reviewer, articleId)).claims.find((c) => c.quote.includes('Mayor'))!;
    const noSource = await updateClaim(reviewer, { ...ref(other), verdictId: await verdictId('True'), rationale: 'On the record.' });
    expect(await approveClaim(editor, ref(noSource))).toMatchObject({ status: 'approved' });
  });

  it('never approves a claim whose last source is removed at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      await resetData();
      const s = await setup();
      const done = await reviewed(s.reviewer, s.articleId, s.claim);
      await Promise.allSettled([
        approveClaim(s.editor, ref(done)),
        removeSource(s.reviewer, { articleId: s.articleId, claimId: s.claim.id, sourceId: done.sources[0].id }),
      ]);
      const row = await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id }, include: { sources: true } });
      if (row.status === 'approved') expect(row.sources.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the reviewers of a claim', () => {
  it('lists everyone who changed it, with what they changed, in the claim and its history', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    expect(done.reviewers).toEqual([expect.objectContaining({ id: reviewer.id, name: 'Rita Reviewer', parts: expect.arrayContaining(['sources', 'verdict', 'rationale', 'submitted']) })]);
    // A change of speaker or type is not a change of the verdict: the editor may still approve.
    const tidied = await updateClaim(editor, { ...ref(done), speaker: 'The council' });
    expect(tidied.reviewers).toHaveLength(1);
    const approved = await approveClaim(editor, ref(tidied));
    expect(approved).toMatchObject({ reviewer: { id: reviewer.id }, approvedBy: { id: editor.id } });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: 'claim.approve' } });
    expect(event.after).toMatchObject({ reviewers: 'Rita Reviewer', approvedBy: 'Eddie Editor', status: 'approved' });
  });
});

describe('backups keep the four-eyes record', () => {
  it('carries the reviewers and the minimum of sources, and still reads a backup written before they existed', async () => {
    const { reviewer, articleId, claim } = await setup();
    await reviewed(reviewer, articleId, claim);
    const doc = JSON.parse(await collectChunks(backupFile().chunks)) as Record<string, Record<string, unknown>[]>;
    expect(doc.claimContributors).toEqual([expect.objectContaining({ claimId: claim.id, userId: reviewer.id, parts: expect.arrayContaining(['verdict']) })]);
    expect(doc.settings[0]).toMatchObject({ minSourcesForApproval: 1 });
    const older = { ...doc, settings: doc.settings.map(({ minSourcesForApproval: _drop, ...rest }) => rest) } as Record<string, unknown>;
    delete older.claimContributors;
    const parsed = backupSchema.parse(older) as unknown as Record<string, unknown[]>;
    expect(parsed.claimContributors).toEqual([]);
  });
});

describe('the migration’s backfill', () => {
  it('rebuilds the reviewers of claims under review from the recorded reviewer and the audit log', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await setup();
    const done = await reviewed(reviewer, articleId, claim);
    await updateClaim(editor, { ...ref(done), rationale: 'The editor’s words.' });
    const other = (await getArticle(reviewer, articleId)).claims.find((c) => c.quote.includes('Mayor'))!;
    const approved = await approveClaim(editor2, ref(await reviewed(editor, articleId, other, 'True')));
    await prisma.claimContributor.deleteMany();
    const sql = readFileSync(path.join(process.cwd(), 'prisma/migrations/20261201020655_four_eyes_contributors/migration.sql'), 'utf8');
    await prisma.$executeRawUnsafe(sql.slice(sql.indexOf('WITH last_reset')));
    const rows = await prisma.claimContributor.findMany({ select: { claimId: true, userId: true } });
    expect(rows.filter((r) => r.claimId === claim.id).map((r) => r.userId).sort()).toEqual([reviewer.id, editor.id].sort());
    expect(rows.filter((r) => r.claimId === approved.id).map((r) => r.userId)).toEqual([editor.id]);
    await expect(approveClaim(editor, ref(await getClaim(editor, articleId, claim.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
