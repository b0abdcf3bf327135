import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { bearerContext, createApiToken, expectError } from './api-client';

test.use({ storageState: storageState('admin') });

const ARTICLE = { title: 'Token article', body: 'Unemployment fell to 3.9% in May, the statistics office said. Prices rose by 2% last year.' };

test('a read token reads but gets 403 on every write; a write token writes', async ({ request, playwright }) => {
  const read = await createApiToken(request, { scope: 'read' });
  const write = await createApiToken(request, { scope: 'write' });
  const reader = await bearerContext(playwright, read.token);
  const writer = await bearerContext(playwright, write.token);

  expect((await reader.get('/api/v1/articles')).status()).toBe(200);
  await expectError(await reader.post('/api/v1/articles', { data: ARTICLE }), 403, 'FORBIDDEN');

  const created = await writer.post('/api/v1/articles', { data: ARTICLE });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data;
  const claims = (await (await reader.get(`/api/v1/articles/${id}/claims`)).json()).data;
  expect(claims.length).toBeGreaterThan(0);
  const claim = claims[0];
  await expectError(await reader.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, rationale: 'No.' } }), 403, 'FORBIDDEN');
  await expectError(await reader.post(`/api/v1/articles/${id}/claims/${claim.id}/sources`, { data: { url: 'https://a.example', title: 'A' } }), 403, 'FORBIDDEN');
  await expectError(await reader.delete(`/api/v1/articles/${id}`), 403, 'FORBIDDEN');
  await expectError(await reader.post('/api/v1/tokens', { data: { name: 'escalate', scope: 'write' } }), 403, 'FORBIDDEN');
  expect((await writer.patch(`/api/v1/articles/${id}/claims/${claim.id}`, { data: { version: claim.version, rationale: 'Checked.' } })).status()).toBe(200);
  expect((await writer.delete(`/api/v1/articles/${id}`)).status()).toBe(204);
  await reader.dispose();
  await writer.dispose();
});

test('a revoked token gets 401 at once, even next to a valid session cookie', async ({ request, playwright }) => {
  const token = await createApiToken(request, { scope: 'write' });
  const client = await bearerContext(playwright, token.token);
  expect((await client.get('/api/v1/verdicts')).status()).toBe(200);
  const revoked = await request.delete(`/api/v1/tokens/${token.id}`);
  expect(revoked.status()).toBe(200);
  expect((await revoked.json()).data).toMatchObject({ id: token.id, state: 'revoked' });
  await expectError(await client.get('/api/v1/verdicts'), 401, 'UNAUTHENTICATED');
  await expectError(await request.get('/api/v1/verdicts', { headers: { Authorization: `Bearer ${token.token}` } }), 401, 'UNAUTHENTICATED');
  await expectError(await request.delete(`/api/v1/tokens/${token.id}`), 409, 'CONFLICT');
  await client.dispose();
});

test('an expired token gets 401', async ({ request, playwright }) => {
  const token = await createApiToken(request, { scope: 'read', expiresAt: new Date(Date.now() + 2500).toISOString() });
  const client = await bearerContext(playwright, token.token);
  expect((await client.get('/api/v1/verdicts')).status()).toBe(200);
  await expect.poll(async () => (await client.get('/api/v1/verdicts')).status(), { timeout: 15_000, intervals: [500] }).toBe(401);
  await expectError(await client.get('/api/v1/articles'), 401, 'UNAUTHENTICATED');
  const listed = (await (await request.get('/api/v1/tokens')).json()).data.find((t: { id: string }) => t.id === token.id);
  expect(listed.state).toBe('expired');
  await client.dispose();
});

test('the last use of a token is recorded, and the token itself is never listed', async ({ request, playwright }) => {
  const token = await createApiToken(request, { scope: 'read' });
  const find = async () => (await (await request.get('/api/v1/tokens')).json()).data.find((t: { id: string }) => t.id === token.id);
  expect((await find()).lastUsedAt).toBeNull();
  const before = Date.now();
  const client = await bearerContext(playwright, token.token);
  expect((await client.get('/api/v1/articles?limit=1')).status()).toBe(200);
  const listed = await find();
  expect(Date.parse(listed.lastUsedAt)).toBeGreaterThanOrEqual(before - 1000);
  expect(JSON.stringify(listed)).not.toContain(token.token);
  expect(listed.prefix).toBe(token.token.slice(0, 10));
  await client.dispose();
});

test('requests without credentials, or with a malformed or unknown token, are 401', async ({ playwright }) => {
  const anonymous = await bearerContext(playwright, null);
  await expectError(await anonymous.get('/api/v1/articles'), 401, 'UNAUTHENTICATED');
  await expectError(await anonymous.get('/api/v1/articles', { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } }), 401, 'UNAUTHENTICATED');
  await expectError(await anonymous.get('/api/v1/articles', { headers: { Authorization: 'Bearer cd_unknown' } }), 401, 'UNAUTHENTICATED');
  const health = await anonymous.get('/api/v1/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
  await anonymous.dispose();
});
