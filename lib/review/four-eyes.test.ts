import { describe, expect, it } from 'vitest';
import { approvalBlockers, canStep, sourceMinimumHint, statusAfter, stepRefusal, TRANSITIONS, type ClaimStatus } from './four-eyes';

const STATUSES: ClaimStatus[] = ['open', 'in_progress', 'needs_review', 'approved', 'dismissed'];
const ready = { status: 'needs_review' as const, hasVerdict: true, rationale: 'Minutes.', sourceCount: 1, reviewers: [{ id: 'rita', parts: ['verdict', 'submitted'] }] };

describe('the workflow table', () => {
  it('reaches "approved" only through the second review, and only from "needs_review"', () => {
    const into = Object.entries(TRANSITIONS).filter(([, t]) => t.to === 'approved');
    expect(into).toEqual([['approve', { from: ['needs_review'], to: 'approved' }]]);
    expect(STATUSES.filter((s) => canStep('approve', s))).toEqual(['needs_review']);
    expect(stepRefusal('approve', 'dismissed')).toBe('Only a claim waiting for second review can be approved; this one is dismissed.');
  });

  it('leaves "approved" only by a correction, and never restores an approval', () => {
    expect(Object.entries(TRANSITIONS).filter(([, t]) => t.from.includes('approved')).map(([step]) => step)).toEqual(['correct']);
    expect(statusAfter('restore', 'approved')).toBe('needs_review');
    expect(statusAfter('restore', null)).toBe('open');
  });
});

describe('approvalBlockers', () => {
  it('lets an outsider approve a complete verdict', () => {
    expect(approvalBlockers(ready, 'eddie', 1)).toEqual([]);
  });

  it('names every reason, own work first, in words the panel shows', () => {
    const blockers = approvalBlockers({ ...ready, status: 'in_progress', rationale: ' ', sourceCount: 0 }, 'rita', 2);
    expect(blockers.map((b) => b.code)).toEqual(['status', 'own_work', 'sources', 'rationale']);
    expect(blockers[1].message).toBe('You changed the verdict and sent it to second review since its last approval; another editor must give the second review.');
    expect(blockers[2].message).toBe('A verdict needs at least 2 sources before approval; this claim has 0.');
  });

  it('refuses a verdict nobody is recorded as having reviewed, and one without a verdict', () => {
    expect(approvalBlockers({ ...ready, reviewers: [] }, 'eddie', 1).map((b) => b.code)).toEqual(['no_reviewer']);
    expect(approvalBlockers({ ...ready, hasVerdict: false }, 'eddie', 0).map((b) => b.code)).toEqual(['no_verdict']);
  });
});

describe('sourceMinimumHint', () => {
  it("says the workspace's real minimum, and nothing when it is 0 or met", () => {
    expect(sourceMinimumHint(0, 0)).toBeNull();
    expect(sourceMinimumHint(0, 1)).toBe('A verdict needs at least 1 source before approval.');
    expect(sourceMinimumHint(0, 3)).toBe('A verdict needs at least 3 sources before approval.');
    expect(sourceMinimumHint(1, 2)).toBe('A verdict needs at least 2 sources before approval; this claim has 1.');
    expect(sourceMinimumHint(2, 2)).toBeNull();
  });
});
