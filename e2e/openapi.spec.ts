import { expect, test } from '@playwright/test';
import { storageState } from './credentials';
import { BASE_URL } from '../playwright.config';
import { bearerContext, createApiToken } from './api-client';

test.use({ storageState: storageState('admin') });

type Schema = { $ref?: string; type?: string | string[]; required?: string[]; allOf?: Schema[]; properties?: Record<string, Schema> };
type Response = { $ref?: string; content?: Record<string, { schema?: Schema }>; headers?: Record<string, { required?: boolean }> };
type Operation = { operationId: string; security?: unknown[]; parameters?: Param[]; requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, Response> };

/** Operations only an admin's signed-in session may call (tokens, backup): any token gets 403. */
const sessionOnly = (op: Operation) => JSON.stringify(op.security) === JSON.stringify([{ sessionCookie: [] }]);
type Param = { name: string; in: string; example?: string };
type Doc = { openapi: string; paths: Record<string, Record<string, Operation | Param[]>>; components: { schemas: Record<string, Schema>; responses: Record<string, Response> } };

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

function resolve<T extends { $ref?: string }>(doc: Doc, value: T): T {
  if (!value.$ref) return value;
  const [, , kind, name] = value.$ref.split('/');
  return resolve(doc, (doc.components as unknown as Record<string, Record<string, T>>)[kind][name]);
}

/** The top-level keys the schema requires, following $ref and allOf. */
function requiredKeys(doc: Doc, schema: Schema): string[] {
  const s = resolve(doc, schema);
  return [...(s.required ?? []), ...(s.allOf ?? []).flatMap((part) => requiredKeys(doc, part))];
}

test('every documented operation answers with a documented status and body shape', async ({ request, playwright }) => {
  const token = await createApiToken(request, { scope: 'write', name: 'OpenAPI check' });
  const spare = await createApiToken(request, { scope: 'read', name: 'OpenAPI spare' });
  const api = await bearerContext(playwright, token.token);

  const docResponse = await api.get('/api/v1/openapi.json');
  expect(docResponse.status()).toBe(200);
  const doc = (await docResponse.json()) as Doc;
  expect(doc.openapi).toBe('3.1.0');

  // Real ids for every path parameter.
  const article = (await (await api.post('/api/v1/articles', { data: { title: 'OpenAPI', body: 'Unemployment fell to 3.9% in May, the statistics office said. Prices rose by 2% last year, the bank reported.' } })).json()).data;
  const claim = (await (await api.get(`/api/v1/articles/${article.id}`)).json()).data.claims[0];
  const source = (await (await api.post(`/api/v1/articles/${article.id}/claims/${claim.id}/sources`, { data: { url: 'https://s.example/x', title: 'Seed source' } })).json()).data;
  // Two earlier fact-checks like the claim: one suggestion to link, one to dismiss ("checked before").
  const earlier = (url: string) => ({ '@type': 'ClaimReview', url, claimReviewed: claim.claimText, author: { '@type': 'Organization', name: 'Spec Check' }, reviewRating: { '@type': 'Rating', alternateName: 'False' } });
  const imported = await api.post('/api/v1/imports/claimreview', { data: [earlier(`https://spec.example/${Date.now()}/1`), earlier(`https://spec.example/${Date.now()}/2`)] });
  expect(imported.status(), await imported.text()).toBe(201);
  const suggested = (await (await api.get(`/api/v1/articles/${article.id}/claims/${claim.id}/matches`)).json()).data as { id: string }[];
  expect(suggested.length).toBeGreaterThanOrEqual(2);
  const ids: Record<string, string> = { id: article.id, claimId: claim.id, sourceId: source.id, tokenId: spare.id, number: '1', matchId: suggested[0].id };
  const idsFor = (op: Operation): Record<string, string> => (op.operationId === 'dismissClaimMatch' ? { ...ids, matchId: suggested[1].id } : ids);

  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHOD_ORDER.includes(method))
      .map(([method, op]) => ({ path, method, op: op as Operation, pathParams: (item.parameters as Param[] | undefined) ?? [] })),
  );
  // Reads and writes first; deletes last, the deepest path first (a source before its article).
  operations.sort((a, b) => {
    const da = a.method === 'delete' ? 1 : 0;
    const db = b.method === 'delete' ? 1 : 0;
    if (da !== db) return da - db;
    if (da) return b.path.length - a.path.length;
    return METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);
  });
  expect(operations.length).toBeGreaterThanOrEqual(17);

  const called: string[] = [];
  for (const { path, method, op, pathParams } of operations) {
    const url = new URL(path.replace(/\{(\w+)\}/g, (_, name: string) => idsFor(op)[name] ?? name), 'http://x');
    for (const p of [...pathParams, ...(op.parameters ?? [])]) {
      if (p.in === 'query' && p.example !== undefined) url.searchParams.set(p.name, p.example);
    }
    let data = op.requestBody?.content['application/json']?.example as Record<string, unknown> | undefined;
    if (op.operationId === 'updateClaim' || op.operationId === 'linkClaimMatch') {
      const current = (await (await api.get(`/api/v1/articles/${article.id}/claims/${claim.id}`)).json()).data;
      data = { ...data, version: current.version };
    }
    if (op.operationId === 'resolveAnchor') {
      const current = (await (await api.get(`/api/v1/articles/${article.id}/claims/${claim.id}`)).json()).data;
      data = { ...data, version: current.version };
    }
    if (op.operationId === 'editArticle' || op.operationId === 'refetchArticle') {
      const current = (await (await api.get(`/api/v1/articles/${article.id}`)).json()).data;
      data = { ...data, version: current.version };
    }
    if (op.operationId === 'refetchArticle') {
      // the test article has no URL: the documented 422 (re-fetching itself is proved in lib/services/article-revisions.test.ts)
      const refused = await api.fetch(url.pathname, { method: 'POST', data });
      expect(refused.status(), 'refetch without a URL').toBe(422);
      expect(Object.keys(op.responses)).toContain('422');
      called.push(`${method} ${path}`);
      continue;
    }
    if (sessionOnly(op)) {
      // A token, even a write token of an admin, is refused with the documented 403.
      const refused = await api.fetch(url.pathname + url.search, { method: method.toUpperCase(), data });
      expect(refused.status(), `${method} ${path} with a token`).toBe(403);
      expect(Object.keys(op.responses)).toContain('403');
    }
    // The session context sends the app's own Origin (playwright.config.ts), as the app's pages do.
    const response = await (sessionOnly(op) ? request : api).fetch(url.pathname + url.search, { method: method.toUpperCase(), data });
    const status = String(response.status());
    const label = `${method.toUpperCase()} ${path} → ${status}`;
    expect(Object.keys(op.responses), label).toContain(status);
    expect(response.status(), `${label}: ${await response.text()}`).toBeLessThan(300);
    const documented = resolve(doc, op.responses[status]);
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      if (header.required) expect(response.headers()[name.toLowerCase()], `${label} lacks header ${name}`).toMatch(/^\d+$/);
    }
    const type = response.headers()['content-type'] ?? '';
    const jsonSchema = documented.content?.['application/json']?.schema;
    if (jsonSchema && type.startsWith('application/json')) {
      const body = await response.json();
      expect(typeof body, label).toBe('object');
      for (const key of requiredKeys(doc, jsonSchema)) expect(body, `${label} lacks ${key}`).toHaveProperty(key);
    } else if (documented.content) {
      expect(Object.keys(documented.content).some((ct) => type.startsWith(ct)), `${label}: ${type} not documented`).toBe(true);
    } else {
      expect(await response.body(), label).toHaveLength(0);
    }
    called.push(`${method} ${path}`);
  }
  expect(called).toHaveLength(operations.length);

  // ClaimReview exports say how many claims were left out (no public fact-check URL), as documented.
  const exportOp = doc.paths['/api/v1/exports'].get as Operation;
  expect(Object.keys(resolve(doc, exportOp.responses['200']).headers ?? {})).toContain('X-Omitted-Count');
  const claimReview = await api.get('/api/v1/exports?format=claimreview&status=all');
  expect(claimReview.status(), await claimReview.text()).toBe(200);
  expect(claimReview.headers()['x-omitted-count']).toMatch(/^\d+$/);

  // The error shape the document names is the one the API sends.
  const errorKeys = requiredKeys(doc, { $ref: '#/components/schemas/Error' });
  const notFound = await api.get('/api/v1/articles/does-not-exist');
  expect(Object.keys(resolve<Schema>(doc, { $ref: '#/components/schemas/Error' }).properties ?? {})).toEqual(errorKeys);
  expect(Object.keys(await notFound.json())).toEqual(errorKeys);
  await api.dispose();
});

test('every documented operation but health refuses a caller without credentials with 401', async ({ playwright }) => {
  const session = await playwright.request.newContext({ baseURL: BASE_URL, storageState: storageState('admin') });
  const admin = await bearerContext(playwright, (await createApiToken(session, { scope: 'read' })).token);
  await session.dispose();
  const doc = (await (await admin.get('/api/v1/openapi.json')).json()) as Doc;
  const anonymous = await bearerContext(playwright, null);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item).filter((m) => METHOD_ORDER.includes(m))) {
      const op = item[method] as Operation & { security?: unknown[] };
      const response = await anonymous.fetch(path.replace(/\{\w+\}/g, 'x'), { method: method.toUpperCase(), data: method === 'get' || method === 'delete' ? undefined : {} });
      if (op.security?.length === 0) {
        expect(response.status(), `${method} ${path}`).toBe(200);
        continue;
      }
      expect(response.status(), `${method} ${path}`).toBe(401);
      expect(Object.keys(op.responses)).toContain('401');
      expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
    }
  }
  await anonymous.dispose();
  await admin.dispose();
});

test('a cookie-authenticated write from another origin, or with a body that is not JSON, is the documented 403', async ({ request }) => {
  const doc = (await (await request.get('/api/v1/openapi.json')).json()) as Doc;
  const create = doc.paths['/api/v1/articles'].post as Operation;
  expect(Object.keys(create.responses)).toContain('403');
  const forbidden = resolve(doc, create.responses['403'] as Response & { description?: string }) as Response & { description?: string };
  expect(forbidden.description).toMatch(/another origin/);
  const article = { title: 'Cross-origin', body: 'Unemployment fell to 3.9% in May, the statistics office said.' };

  const foreign = await request.post('/api/v1/articles', { data: article, headers: { Origin: 'https://attacker.example' } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe('FORBIDDEN');

  const plain = await request.post('/api/v1/articles', { data: JSON.stringify(article), headers: { 'Content-Type': 'text/plain' } });
  expect(plain.status()).toBe(403);
  expect((await plain.json()).error.code).toBe('FORBIDDEN');
});
