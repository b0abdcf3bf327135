import { expect, test } from '@playwright/test';
import { storageState } from './credentials';

test.use({ storageState: storageState('reviewer') });

test('the API creates, reads and updates with the version check and the one error shape', async ({ request }) => {
  const bad = await request.post('/api/v1/articles', { data: { title: '', body: '' } });
  expect(bad.status()).toBe(422);
  const badBody = await bad.json();
  expect(badBody.error).toMatchObject({ code: 'INVALID', fields: { title: expect.any(Array), body: expect.any(Array) } });

  const notJson = await request.post('/api/v1/articles', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{oops') });
  expect(notJson.status()).toBe(400);

  const created = await request.post('/api/v1/articles', {
    data: { title: 'API article', body: 'Unemployment fell to 3.9% in May, the statistics office said. The minister called it a triumph.' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data;
  const article = (await (await request.get(`/api/v1/articles/${id}`)).json()).data;
  expect(article.claims.length).toBeGreaterThan(0);
  const claim = article.claims[0];
  expect(article.body.slice(claim.start, claim.end)).toBe(claim.quote);

  const ok = await request.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, rationale: 'First.' } });
  expect(ok.status()).toBe(200);
  const stale = await request.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, rationale: 'Second.' } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: 'CONFLICT', details: { current: { rationale: 'First.' } } });

  expect((await request.get(`/api/v1/articles/${id}/claims/nope`)).status()).toBe(404);
  expect((await request.delete(`/api/v1/articles/${id}`)).status()).toBe(403);
});
