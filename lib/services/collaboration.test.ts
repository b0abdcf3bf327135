import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { approveClaim, claimHistory, updateClaim } from './claims';
import { openCorrection, sendBack, startReview } from './review-workflow';
import { addSource } from './sources';
import { addComment, listComments } from './comments';
import { assignArticle, assignClaim, markMentionsRead, myQueue } from './assignments';
import { articleVersions, changedClaims } from './claim-versions';
import { claimCollaboration } from './collaboration';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { COMMENT_MAX } from '../validation/collab';
import { addEvidence, versionOf } from '../test/evidence';

beforeEach(resetData);

async function setup() {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  const editor2 = await makeUser('editor', 'Erin Second');
  const admin = await makeUser('admin', 'Ada Admin');
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
  const article = await getArticle(reviewer, articleId);
  const claim = article.claims.find((c) => c.quote.includes('$4.2 million'));
  if (!claim) throw new Error('fixture claim missing');
  return { reviewer, editor, editor2, admin, articleId, claim, claims: article.claims };
}

async function reviewed() {
  const s = await setup();
  await addEvidence(s.reviewer, s.articleId, s.claim.id);
  const claim = await updateClaim(s.reviewer, { articleId: s.articleId, claimId: s.claim.id, version: await versionOf(s.claim.id), verdictId: await verdictId('False'), rationale: 'Minutes.' });
  return { ...s, claim };
}

describe('start review', () => {
  it('moves an open claim to in progress, takes it for the reviewer and records it', async () => {
    const { reviewer, articleId, claim } = await setup();
    const started = await startReview(reviewer, { articleId, claimId: claim.id, version: claim.version });
    expect(started).toMatchObject({ status: 'in_progress', version: claim.version + 1 });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBe(reviewer.id);
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'claim.start', actorId: reviewer.id } })).toBe(1);
    await expect(startReview(reviewer, { articleId, claimId: claim.id, version: started.version })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps an existing assignee and refuses a stale version', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const other = await makeUser('reviewer', 'Omar Other');
    await assignClaim(editor, { articleId, claimId: claim.id, assigneeId: other.id });
    await expect(startReview(reviewer, { articleId, claimId: claim.id, version: claim.version + 3 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await startReview(reviewer, { articleId, claimId: claim.id, version: claim.version });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBe(other.id);
  });
});

describe('second review and send back', () => {
  it('lets neither the reviewer nor an editor who reviewed approve; another editor or an admin can', async () => {
    const { reviewer, editor, editor2, admin, articleId, claim, claims } = await reviewed();
    await expect(approveClaim(reviewer, { articleId, claimId: claim.id, version: claim.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = claims.find((c) => c.id !== claim.id)!;
    await addEvidence(reviewer, articleId, other.id);
    const byEditor = await updateClaim(editor, { articleId, claimId: other.id, version: await versionOf(other.id), verdictId: await verdictId('True'), rationale: 'On record.' });
    await expect(approveClaim(editor, { articleId, claimId: other.id, version: byEditor.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await approveClaim(editor2, { articleId, claimId: other.id, version: byEditor.version })).toMatchObject({ status: 'approved' });
    expect(await approveClaim(admin, { articleId, claimId: claim.id, version: claim.version })).toMatchObject({ status: 'approved', approvedBy: { id: admin.id } });
  });

  it('needs a comment, an editor and a claim waiting for second review', async () => {
    const { reviewer, editor, articleId, claim, claims } = await reviewed();
    const ref = { articleId, claimId: claim.id, version: claim.version };
    await expect(sendBack(reviewer, { ...ref, comment: 'Please redo.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sendBack(editor, { ...ref, comment: '   ' })).rejects.toMatchObject({ code: 'INVALID', fields: { comment: expect.any(Array) } });
    await expect(sendBack(editor, { ...ref, comment: 'x'.repeat(COMMENT_MAX + 1) })).rejects.toMatchObject({ code: 'INVALID' });
    const open = claims.find((c) => c.id !== claim.id)!;
    await expect(sendBack(editor, { articleId, claimId: open.id, version: open.version, comment: 'Why?' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.comment.count()).toBe(0);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('needs_review');
  });

  it('returns the claim to its reviewer with the comment, in their queue and the history', async () => {
    const { reviewer, editor, articleId, claim } = await reviewed();
    const back = await sendBack(editor, { articleId, claimId: claim.id, version: claim.version, comment: 'The minutes say $4.1m; add them as a source.' });
    expect(back).toMatchObject({ status: 'in_progress', version: claim.version + 1, reviewer: { id: reviewer.id } });
    const comments = await listComments(reviewer, articleId, claim.id);
    expect(comments).toMatchObject([{ kind: 'send_back', author: { id: editor.id }, body: 'The minutes say $4.1m; add them as a source.' }]);
    const queue = await myQueue(reviewer);
    expect(queue.articles[0].claims).toMatchObject([{ id: claim.id, status: 'in_progress', sentBack: { by: 'Eddie Editor', body: 'The minutes say $4.1m; add them as a source.' } }]);
    const history = await claimHistory(reviewer, articleId, claim.id);
    expect(history[0]).toMatchObject({ action: 'claim.send_back', actor: 'Eddie Editor', after: { comment: 'The minutes say $4.1m; add them as a source.', status: 'in_progress' } });
    // A stale send-back (someone saved in between) changes nothing.
    await expect(sendBack(editor, { articleId, claimId: claim.id, version: claim.version, comment: 'again' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('corrections', () => {
  it('locks an approved claim for everyone until an editor opens a correction with a note', async () => {
    const { reviewer, editor, editor2, articleId, claim } = await reviewed();
    const approved = await approveClaim(editor, { articleId, claimId: claim.id, version: claim.version });
    const ref = { articleId, claimId: claim.id, version: approved.version };
    await expect(updateClaim(reviewer, { ...ref, rationale: 'late' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateClaim(editor, { ...ref, rationale: 'silent change' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addSource(editor, { articleId, claimId: claim.id, url: 'https://example.org/x', title: 'Late source' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(openCorrection(reviewer, { ...ref, note: 'wrong' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(openCorrection(editor, { ...ref, note: '' })).rejects.toMatchObject({ code: 'INVALID', fields: { note: expect.any(Array) } });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).rationale).toBe('Minutes.');

    const reopened = await openCorrection(editor, { ...ref, note: 'The council revised its figure on 3 March.' });
    expect(reopened).toMatchObject({ status: 'in_progress', approvedBy: null, approvedAt: null });
    const [event] = await prisma.auditEvent.findMany({ where: { entityId: claim.id, action: 'claim.correct' } });
    expect(event.actorId).toBe(editor.id);
    expect(event.before).toMatchObject({ status: 'approved', approvedBy: 'Eddie Editor' });
    expect(event.after).toMatchObject({ status: 'in_progress', note: 'The council revised its figure on 3 March.' });
    expect(await listComments(reviewer, articleId, claim.id)).toMatchObject([{ kind: 'correction', body: 'The council revised its figure on 3 March.' }]);

    // The corrected verdict needs a fresh second review by someone else.
    const fixed = await updateClaim(editor, { articleId, claimId: claim.id, version: reopened.version, verdictId: await verdictId('Mostly false') });
    await expect(approveClaim(editor, { articleId, claimId: claim.id, version: fixed.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await approveClaim(editor2, { articleId, claimId: claim.id, version: fixed.version })).toMatchObject({ status: 'approved' });
    await expect(openCorrection(editor, { articleId, claimId: claim.id, version: fixed.version, note: 'stale' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('assignment', () => {
  it('lets only editors and admins assign, to active team members, scoped by article', async () => {
    const { reviewer, editor, admin, articleId, claim } = await setup();
    await expect(assignClaim(reviewer, { articleId, claimId: claim.id, assigneeId: reviewer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(assignArticle(reviewer, { articleId, assigneeId: reviewer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const gone = await makeUser('reviewer', 'Gone Reviewer');
    await prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    await expect(assignClaim(editor, { articleId, claimId: claim.id, assigneeId: gone.id })).rejects.toMatchObject({ code: 'INVALID', fields: { assigneeId: expect.any(Array) } });
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: SAMPLE_BODY });
    await expect(assignClaim(editor, { articleId: otherArticle, claimId: claim.id, assigneeId: reviewer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await assignClaim(editor, { articleId, claimId: claim.id, assigneeId: reviewer.id })).toEqual({ assignee: { id: reviewer.id, name: 'Rita Reviewer' } });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version);
    expect(await assignClaim(admin, { articleId, claimId: claim.id, assigneeId: '' })).toEqual({ assignee: null });
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: claim.id, action: 'claim.assign' }, orderBy: { createdAt: 'asc' } })).map((e) => [e.before, e.after]);
    expect(actions).toEqual([
      [{ assignee: null }, { assignee: 'Rita Reviewer' }],
      [{ assignee: 'Rita Reviewer' }, { assignee: null }],
    ]);
  });

  it('assigns a whole article except approved claims, and the queue groups open work by article', async () => {
    const { reviewer, editor, articleId, claim, claims } = await reviewed();
    await approveClaim(editor, { articleId, claimId: claim.id, version: claim.version });
    const result = await assignArticle(editor, { articleId, assigneeId: reviewer.id });
    expect(result.assigned).toBe(claims.length - 1);
    expect(await prisma.auditEvent.count({ where: { action: 'claim.assign' } })).toBe(claims.length - 1);
    const { id: second } = await createArticle(editor, { title: 'Second', body: 'The river rose by 3 metres in 2024, the agency said.' });
    await assignArticle(editor, { articleId: second, assigneeId: reviewer.id });

    const queue = await myQueue(reviewer);
    expect(queue.articles.map((a) => a.title).sort()).toEqual(['Budget', 'Second']);
    const budget = queue.articles.find((a) => a.id === articleId)!;
    expect(budget.claims.map((c) => c.id)).not.toContain(claim.id);
    expect(budget.claims).toHaveLength(claims.length - 1);
    expect((await myQueue(editor)).articles).toEqual([]);
  });
});

describe('comments and mentions', () => {
  it('stores plain-text threaded comments and resolves mentions to users', async () => {
    const { reviewer, editor, admin, articleId, claim } = await setup();
    const root = await addComment(reviewer, { articleId, claimId: claim.id, body: 'Is <b>this</b> right, @Eddie Editor? cc @ada and @nobody' });
    expect(root.body).toBe('Is <b>this</b> right, @Eddie Editor? cc @ada and @nobody');
    expect(root.mentions.map((m) => m.name).sort()).toEqual(['Ada Admin', 'Eddie Editor']);
    const mentions = await prisma.mention.findMany({ orderBy: { userId: 'asc' } });
    expect(mentions.map((m) => m.userId).sort()).toEqual([admin.id, editor.id].sort());

    const reply = await addComment(editor, { articleId, claimId: claim.id, parentId: root.id, body: 'Yes, see the minutes @Rita Reviewer' });
    const nested = await addComment(reviewer, { articleId, claimId: claim.id, parentId: reply.id, body: 'Thanks @rita' });
    expect(nested.parentId).toBe(root.id);
    expect(nested.mentions).toEqual([]); // mentioning yourself notifies nobody
    const threads = await listComments(editor, articleId, claim.id);
    expect(threads).toHaveLength(1);
    expect(threads[0].replies.map((r) => r.id)).toEqual([reply.id, nested.id]);

    const history = await claimHistory(reviewer, articleId, claim.id);
    expect(history.filter((h) => h.action === 'claim.comment')).toHaveLength(3);
    expect(history.at(-1)?.action).toBe('claim.extract');
    expect(history.at(-2)).toMatchObject({ action: 'claim.comment', after: { mentions: ['Ada Admin', 'Eddie Editor'] } });
  });

  it('validates the body and scopes the claim and the parent', async () => {
    const { reviewer, articleId, claim, claims } = await setup();
    await expect(addComment(reviewer, { articleId, claimId: claim.id, body: ' ' })).rejects.toMatchObject({ code: 'INVALID', fields: { body: expect.any(Array) } });
    await expect(addComment(reviewer, { articleId, claimId: claim.id, body: 'y'.repeat(COMMENT_MAX + 1) })).rejects.toMatchObject({ code: 'INVALID' });
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: SAMPLE_BODY });
    await expect(addComment(reviewer, { articleId: otherArticle, claimId: claim.id, body: 'hi' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const root = await addComment(reviewer, { articleId, claimId: claim.id, body: 'root' });
    const other = claims.find((c) => c.id !== claim.id)!;
    await expect(addComment(reviewer, { articleId, claimId: other.id, parentId: root.id, body: 'cross' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a mention in the mentioned user\'s queue until they mark it read', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    await addComment(editor, { articleId, claimId: claim.id, body: '@Rita Reviewer please take this one' });
    const queue = await myQueue(reviewer);
    expect(queue.mentions).toMatchObject([{ by: 'Eddie Editor', body: '@Rita Reviewer please take this one', claim: { id: claim.id, articleId, articleTitle: 'Budget' } }]);
    expect((await myQueue(editor)).mentions).toEqual([]);
    // Someone else cannot mark it read.
    expect(await markMentionsRead(editor, { mentionIds: [queue.mentions[0].id] })).toEqual({ read: 0 });
    expect(await markMentionsRead(reviewer, { mentionIds: [queue.mentions[0].id] })).toEqual({ read: 1 });
    expect((await myQueue(reviewer)).mentions).toEqual([]);
  });
});

describe('history and stale pages', () => {
  it('lists every change newest first with before and after', async () => {
    const { reviewer, editor, articleId, claim } = await setup();
    const started = await startReview(reviewer, { articleId, claimId: claim.id, version: claim.version });
    await addEvidence(reviewer, articleId, claim.id);
    const saved = await updateClaim(reviewer, { articleId, claimId: started.id, version: await versionOf(claim.id), verdictId: await verdictId('False'), rationale: 'Minutes.' });
    await approveClaim(editor, { articleId, claimId: claim.id, version: saved.version });
    const collab = await claimCollaboration(reviewer, articleId, claim.id);
    expect(collab.history.map((h) => h.action)).toEqual(['claim.approve', 'claim.update', 'claim.start', 'claim.extract']);
    expect(collab.history[1]).toMatchObject({ actor: 'Rita Reviewer', before: { status: 'in_progress', verdict: null }, after: { status: 'needs_review', verdict: 'False' } });
    expect(collab.assignee).toEqual({ id: reviewer.id, name: 'Rita Reviewer' });
    expect(collab.team.map((t) => t.name)).toContain('Eddie Editor');
  });

  it('reports every claim version of an article in one call, and who changed one', async () => {
    const { reviewer, editor, articleId, claim, claims } = await setup();
    const before = await articleVersions(reviewer, articleId);
    expect(Object.keys(before.versions).sort()).toEqual(claims.map((c) => c.id).sort());
    const saved = await updateClaim(editor, { articleId, claimId: claim.id, version: claim.version, rationale: 'Edited elsewhere.' });
    const after = await articleVersions(reviewer, articleId);
    expect(after.versions[claim.id]).toBe(saved.version);
    expect(Date.parse(after.updatedAt!)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt!));
    const [changed] = await changedClaims(reviewer, { articleId, claimIds: [claim.id] });
    expect(changed).toMatchObject({ changedBy: 'Eddie Editor', claim: { rationale: 'Edited elsewhere.', version: saved.version } });
    const { id: otherArticle } = await createArticle(reviewer, { title: 'Other', body: SAMPLE_BODY });
    expect(await changedClaims(reviewer, { articleId: otherArticle, claimIds: [claim.id] })).toEqual([]);
    await expect(articleVersions(reviewer, 'missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
