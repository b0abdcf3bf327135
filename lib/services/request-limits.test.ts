import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeUser, resetData } from '../test/factories';
import type { Actor } from '../auth/permissions';

// The signed-in actor, as lib/auth/session.ts would find it from the session cookie.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({
  requireActor: async () => {
    if (!session.actor) throw new Error('no actor');
    return session.actor;
  },
}));

const { runAction } = await import('../http/action');
const { withActor } = await import('../http/handler');
const claimRoute = await import('@/app/api/v1/articles/[id]/claims/[claimId]/route');
const { createToken } = await import('./tokens');
const { createArticle, getArticle } = await import('./articles');
const { getClaim } = await import('./claims');
const { SAMPLE_BODY, verdictId } = await import('../test/factories');

beforeEach(resetData);
afterEach(() => {
  delete process.env.CLAIMDESK_API_RATE_BURST;
  delete process.env.CLAIMDESK_ACTION_RATE_BURST;
  delete process.env.CLAIMDESK_INVALID_TOKEN_RATE_BURST;
});

describe('server actions', () => {
  it('are rate limited per user, in the shared store', async () => {
    process.env.CLAIMDESK_ACTION_RATE_BURST = '3';
    session.actor = await makeUser('reviewer');
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await runAction(async () => 'done'));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    // Another user has a bucket of their own.
    session.actor = await makeUser('editor');
    expect(await runAction(async () => 'done')).toEqual({ ok: true, data: 'done' });
  });
});

describe('requests with an invalid API token', () => {
  it('are rate limited per client address: 401 until the bucket is empty, then 429', async () => {
    process.env.CLAIMDESK_INVALID_TOKEN_RATE_BURST = '4';
    const route = withActor(async () => new Response('ok'));
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const call = (from: string) =>
      route(new Request('http://app.test/api/v1/verdicts', { headers: { authorization: 'Bearer cd_not_a_real_token_0000000000', 'x-forwarded-for': from } }), {});
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(address)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const limited = await call(address);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call('198.51.100.1')).status).toBe(401);
  });
});

describe('a verdict save through the API (rate limit taken with the read of the claim)', () => {
  it('counts every request once, whatever its outcome, and refuses over the limit before anything else', async () => {
    process.env.CLAIMDESK_API_RATE_BURST = '4';
    const reviewer = await makeUser('admin');
    const { token } = await createToken(reviewer, { name: 'limits', scope: 'write' });
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    const [trueId, falseId] = [await verdictId('True'), await verdictId('False')];
    const patch = (body: string, claimId = claim.id) =>
      claimRoute.PATCH(
        new Request(`http://app.test/api/v1/articles/${articleId}/claims/${claimId}`, { method: 'PATCH', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }),
        { params: Promise.resolve({ id: articleId, claimId }) },
      );
    const saved = await patch(JSON.stringify({ version: claim.version, verdictId: trueId }));
    expect(saved.status).toBe(200);
    expect(saved.headers.get('x-ratelimit-remaining')).toBe('3');
    const version = ((await saved.json()) as { data: { version: number } }).data.version;
    // A stale version (409), a malformed body (400) and an unknown claim (404) count as well.
    expect((await patch(JSON.stringify({ version: claim.version, verdictId: falseId }))).status).toBe(409);
    expect((await patch('{not json')).status).toBe(400);
    expect((await patch(JSON.stringify({ version, verdictId: falseId }), 'cnosuchclaim0000000000000')).status).toBe(404);
    // Over the limit: 429 for a good save (nothing written) and for a malformed one alike.
    const refused = await patch(JSON.stringify({ version, verdictId: falseId }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await patch('{not json')).status).toBe(429);
    expect(await getClaim(reviewer, articleId, claim.id)).toMatchObject({ version, verdict: { label: 'True' } });
  });
});
