import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { updateClaim } from './claims';
import { createVerdict, listVerdictScale, removeVerdict, reorderVerdicts, updateVerdict } from './verdict-scale';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';

beforeEach(resetData);

describe('verdict scale settings', () => {
  it('edits labels, colours, rating values and descriptions in place, so claims keep their verdict', async () => {
    const admin = await makeUser('admin', 'Ada Admin');
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    const falseId = await verdictId('False');
    await updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, verdictId: falseId });
    const edited = await updateVerdict(admin, { verdictId: falseId, label: 'Wrong', colour: '#AA0000', ratingValue: '1', description: 'Plainly wrong.' });
    expect(edited).toMatchObject({ id: falseId, label: 'Wrong', colour: '#aa0000', ratingValue: 1, description: 'Plainly wrong.' });
    const after = (await getArticle(reviewer, articleId)).claims.find((c) => c.id === claim.id)!;
    expect(after.verdict).toMatchObject({ id: falseId, label: 'Wrong' });
    expect(await prisma.auditEvent.count({ where: { entityId: falseId, action: 'verdict.update' } })).toBe(1);
  });

  it('validates fields and refuses duplicate labels', async () => {
    const admin = await makeUser('admin', 'Ada Admin');
    const trueId = await verdictId('True');
    await expect(updateVerdict(admin, { verdictId: trueId, label: 'False', colour: '#00aa00' })).rejects.toMatchObject({ code: 'INVALID', fields: { label: expect.any(Array) } });
    await expect(createVerdict(admin, { label: 'Satire', colour: 'red' })).rejects.toMatchObject({ code: 'INVALID', fields: { colour: expect.any(Array) } });
    await expect(createVerdict(admin, { label: 'Satire', colour: '#123456', ratingValue: '2.5' })).rejects.toMatchObject({ code: 'INVALID', fields: { ratingValue: expect.any(Array) } });
    await expect(createVerdict(admin, { label: '  ', colour: '#123456' })).rejects.toMatchObject({ code: 'INVALID', fields: { label: expect.any(Array) } });
  });

  it('adds a verdict at the end, reorders the scale, and removes an unused verdict', async () => {
    const admin = await makeUser('admin', 'Ada Admin');
    const added = await createVerdict(admin, { label: 'Satire', colour: '#123456', description: 'Not meant literally.' });
    let scale = await listVerdictScale(admin);
    expect(scale.at(-1)).toMatchObject({ id: added.id, label: 'Satire', ratingValue: null, claimCount: 0 });
    const order = [added.id, ...scale.filter((v) => v.id !== added.id).map((v) => v.id)];
    await reorderVerdicts(admin, { order });
    scale = await listVerdictScale(admin);
    expect(scale.map((v) => v.id)).toEqual(order);
    expect(scale.map((v) => v.order)).toEqual(order.map((_, i) => i + 1));
    await expect(reorderVerdicts(admin, { order: order.slice(1) })).rejects.toMatchObject({ code: 'CONFLICT' });
    await removeVerdict(admin, { verdictId: added.id });
    expect(await prisma.verdictOption.findUnique({ where: { id: added.id } })).toBeNull();
    const actions = (await prisma.auditEvent.findMany({ where: { entityType: 'verdict' }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['verdict.create', 'verdict.reorder', 'verdict.remove']);
  });

  it('refuses to remove a verdict that claims use, saying how many', async () => {
    const admin = await makeUser('admin', 'Ada Admin');
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    const id = await verdictId('Half true');
    await updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, verdictId: id });
    await expect(removeVerdict(admin, { verdictId: id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 claim') });
    expect(await prisma.verdictOption.findUnique({ where: { id } })).not.toBeNull();
    expect((await listVerdictScale(admin)).find((v) => v.id === id)?.claimCount).toBe(1);
  });

  it('is for admins only', async () => {
    const editor = await makeUser('editor', 'Eddie Editor');
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const id = await verdictId('True');
    for (const actor of [editor, reviewer]) {
      await expect(listVerdictScale(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateVerdict(actor, { verdictId: id, label: 'Yes', colour: '#00aa00' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createVerdict(actor, { label: 'New', colour: '#00aa00' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(removeVerdict(actor, { verdictId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await prisma.verdictOption.findUniqueOrThrow({ where: { id } })).label).toBe('True');
  });
});
