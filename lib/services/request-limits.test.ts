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

beforeEach(resetData);
afterEach(() => {
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
