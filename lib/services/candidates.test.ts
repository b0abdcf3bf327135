import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { articleInsights, setClaimThreshold } from './candidates';
import { createClaim } from './claims';
import { makeUser, resetData } from '../test/factories';

beforeEach(resetData);

const BODY = [
  'Unemployment fell to 3.9% in May, the statistics office said.',
  'What a week it has been!',
  'The minister predicted that wages would rise by 4% next year.',
].join(' ');

describe('article insights', () => {
  it('lists sentences below the threshold, best first, and explains the score of existing claims', async () => {
    const reviewer = await makeUser('reviewer');
    await prisma.setting.update({ where: { id: 1 }, data: { claimThreshold: 0.99 } });
    const { id } = await createArticle(reviewer, { title: 'Jobs', body: BODY });
    expect((await getArticle(reviewer, id)).claims).toHaveLength(0);

    const insights = await articleInsights(reviewer, id);
    expect(insights.threshold).toBe(0.99);
    expect(insights.candidates).toHaveLength(3);
    const scores = insights.candidates.map((c) => c.checkworthiness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The rhetorical exclamation ranks last; every candidate is an exact slice of the body.
    expect(insights.candidates[2].text).toBe('What a week it has been!');
    for (const c of insights.candidates) expect(BODY.slice(c.start, c.end)).toBe(c.text);
    expect(insights.candidates[0].reasons.some((r) => r.weight > 0)).toBe(true);

    // One click: the candidate becomes a claim and leaves the list, and its reasons are kept.
    const top = insights.candidates[0];
    const claim = await createClaim(reviewer, { articleId: id, start: top.start, end: top.end });
    const after = await articleInsights(reviewer, id);
    expect(after.candidates.map((c) => c.start)).not.toContain(top.start);
    expect(after.reasonsByClaim[claim.id]).toEqual(top.reasons);
  });

  it('lets editors, not reviewers, change the threshold, audited', async () => {
    const reviewer = await makeUser('reviewer');
    const editor = await makeUser('editor');
    await expect(setClaimThreshold(reviewer, { threshold: 0.3 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setClaimThreshold(editor, { threshold: 2 })).rejects.toMatchObject({ code: 'INVALID', fields: { threshold: expect.any(Array) } });
    expect(await setClaimThreshold(editor, { threshold: '0.333' })).toBe(0.33);
    expect((await prisma.setting.findUniqueOrThrow({ where: { id: 1 } })).claimThreshold).toBe(0.33);
    expect(await prisma.auditEvent.count({ where: { action: 'setting.threshold' } })).toBe(1);
  });
});
