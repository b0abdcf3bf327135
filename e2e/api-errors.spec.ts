import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { bearerContext, createApiToken, expectError, sessionContext } from './api-client';

test.use({ storageState: storageState('admin') });

const BODY = 'Unemployment fell to 3.9% in May, the statistics office said. Prices rose by 2% last year, the bank reported. The mayor said 40,000 homes would be built by 2030.';

test('each error status has the one error shape', async ({ request, playwright }) => {
  const write = await createApiToken(request, { scope: 'write' });
  const api = await bearerContext(playwright, write.token);

  // 400: malformed JSON, a body that is not an object, a bad query, a cursor we never gave out
  await expectError(await api.post('/api/v1/articles', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{oops') }), 400, 'BAD_REQUEST');
  await expectError(await api.post('/api/v1/articles', { data: [1, 2] }), 400, 'BAD_REQUEST');
  const badQuery = await expectError(await api.get('/api/v1/articles?limit=abc'), 400, 'BAD_REQUEST');
  expect(badQuery.fields).toHaveProperty('limit');
  await expectError(await api.get('/api/v1/articles?cursor=bm9wZQ'), 400, 'BAD_REQUEST');

  // 422 with fields
  const invalid = await expectError(await api.post('/api/v1/articles', { data: { title: '', body: '' } }), 422, 'INVALID');
  expect(invalid.fields).toMatchObject({ title: expect.any(Array), body: expect.any(Array) });

  // 413
  await expectError(await api.post('/api/v1/articles', { data: { title: 'Huge', body: 'x'.repeat(1_300_000) } }), 413, 'TOO_LARGE');

  const created = await api.post('/api/v1/articles', { data: { title: 'Errors', body: BODY } });
  const { id } = (await created.json()).data;
  const [claim] = (await (await api.get(`/api/v1/articles/${id}/claims?limit=1`)).json()).data;

  // 404, also for a claim looked up under the wrong article
  await expectError(await api.get('/api/v1/articles/nope'), 404, 'NOT_FOUND');
  await expectError(await api.get(`/api/v1/articles/nope/claims/${claim.id}`), 404, 'NOT_FOUND');
  await expectError(await api.get('/api/v1/articles/nope/claims'), 404, 'NOT_FOUND');

  // 409: a stale version; the newer claim comes with it
  expect((await api.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, rationale: 'One.' } })).status()).toBe(200);
  const conflict = await api.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, rationale: 'Two.' } });
  expect(conflict.status()).toBe(409);
  expect((await conflict.json()).error).toMatchObject({ code: 'CONFLICT', details: { current: { rationale: 'One.', version: claim.version + 1 } } });

  // 403: a reviewer may not delete an article (session), a read token may not write
  const reviewer = await sessionContext(playwright, 'reviewer');
  await expectError(await reviewer.delete(`/api/v1/articles/${id}`), 403, 'FORBIDDEN');
  await reviewer.dispose();

  // 401
  const anonymous = await bearerContext(playwright, null);
  await expectError(await anonymous.get(`/api/v1/articles/${id}`), 401, 'UNAUTHENTICATED');
  await anonymous.dispose();
  await api.dispose();
});

test('a token over its rate limit gets 429 with Retry-After, and other tokens are unaffected', async ({ request, playwright }) => {
  const busy = await bearerContext(playwright, (await createApiToken(request, { scope: 'read' })).token);
  const calm = await bearerContext(playwright, (await createApiToken(request, { scope: 'read' })).token);
  let limited: Awaited<ReturnType<typeof busy.get>> | undefined;
  let allowed = 0;
  for (let i = 0; i < 400 && !limited; i++) {
    const response = await busy.get('/api/v1/verdicts');
    if (response.status() === 429) limited = response;
    else {
      expect(response.status()).toBe(200);
      allowed++;
    }
  }
  expect(limited, 'no 429 within 400 requests').toBeDefined();
  expect(allowed).toBeGreaterThanOrEqual(60);
  await expectError(limited!, 429, 'RATE_LIMITED');
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  expect((await calm.get('/api/v1/verdicts')).status()).toBe(200);
  await busy.dispose();
  await calm.dispose();
});

test('cursor pagination walks every article and claim once, in a stable order', async ({ request, playwright }) => {
  const api = await bearerContext(playwright, (await createApiToken(request, { scope: 'write' })).token);
  const mine: string[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await api.post('/api/v1/articles', { data: { title: `Page ${i}`, body: BODY } });
    mine.push((await response.json()).data.id);
  }
  async function walk(url: string): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await api.get(`${url}${url.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status()).toBe(200);
      const page = (await response.json()) as { data: { id: string }[]; nextCursor: string | null };
      expect(page.data.length).toBeLessThanOrEqual(2);
      ids.push(...page.data.map((a) => a.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 1000);
    return { ids, pages };
  }
  const first = await walk('/api/v1/articles');
  expect(new Set(first.ids).size).toBe(first.ids.length);
  expect(first.pages).toBe(Math.ceil(first.ids.length / 2));
  // newest first: our five, in reverse order of creation, one after another
  const positions = mine.map((id) => first.ids.indexOf(id));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual([...positions].reverse());
  expect((await walk('/api/v1/articles')).ids).toEqual(first.ids);

  const claims = await walk(`/api/v1/articles/${mine[0]}/claims`);
  const all = (await (await api.get(`/api/v1/articles/${mine[0]}`)).json()).data.claims.map((c: { id: string }) => c.id);
  expect(claims.ids).toEqual(all);
  expect(claims.ids.length).toBeGreaterThanOrEqual(2);
  const filtered = await walk(`/api/v1/articles/${mine[0]}/claims?status=approved`);
  expect(filtered.ids).toEqual([]);
  await expectError(await api.get(`/api/v1/articles/${mine[0]}/claims?hasSources=maybe`), 400, 'BAD_REQUEST');
  await api.dispose();
});
