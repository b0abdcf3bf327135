import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { createArticle, getArticle } from './articles';
import { claimCollaboration } from './collaboration';
import { authenticateToken, createToken } from './tokens';
import { makeUser, resetData, SAMPLE_BODY } from '../test/factories';

beforeEach(resetData);

describe('the history panel and confidential sources', () => {
  it('shows confidential values in claim snapshots to signed-in users and never through a token', async () => {
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const admin = await makeUser('admin', 'Ada Admin');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const [claim] = (await getArticle(reviewer, articleId)).claims;
    const secret = { url: 'https://whistle.example/leak', title: 'Leaked memo', confidential: true };
    const open = { url: 'https://public.example/report', title: 'Published report', confidential: false };
    // A claim snapshot that lists its sources, as a merge records.
    await prisma.auditEvent.create({
      data: { actorId: reviewer.id, action: 'claim.merge', entityType: 'claim', entityId: claim.id, before: { sources: [secret, open] }, after: { sources: [open] } },
    });

    const signedIn = await claimCollaboration(reviewer, articleId, claim.id);
    expect(JSON.stringify(signedIn.history)).toContain('whistle.example');

    const { token } = await createToken(admin, { name: 'CMS', scope: 'read' });
    const { actor: viaToken } = await authenticateToken(token);
    const viaTokenHistory = (await claimCollaboration(viaToken, articleId, claim.id)).history;
    expect(JSON.stringify(viaTokenHistory)).not.toContain('whistle.example');
    expect(viaTokenHistory.find((e) => e.action === 'claim.merge')?.before).toEqual({ sources: [open] });
  });
});
