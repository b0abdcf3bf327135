/**
 * Hostile-input fuzz: thousands of generated requests to every route handler under app/api (found on
 * the file system) and every server action (found in the build's server-reference manifest, checked
 * against the `export async function`s of app/**\/*actions.ts). Every write is poisoned so it must
 * be refused; the test asserts no 5xx, no INTERNAL error from an action, and that the whole workspace
 * (the admin backup: every table but tokens and login throttles, plus the token count) is unchanged.
 * Seeded: FUZZ_SEED=<n> replays a run; the seed is printed on failure.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BASE_URL } from '../playwright.config';
import { storageState } from './credentials';
import { bearerContext, createApiToken } from './api-client';
import { seededRandom } from '../lib/random';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);
const ROUTE_CASES = Number(process.env.FUZZ_ROUTE_CASES ?? 1200);
const ACTION_CASES = Number(process.env.FUZZ_ACTION_CASES ?? 1000);

function prng(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

function deep(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** Values that every handler must refuse wherever they appear in a field it reads. */
const POISON_TEXT = ['a\u0000b', '\u0000', 'lone \uD800 high', 'lone \uDC00 low', '\uDFFF\uD800', 'ok\u0000</script>'];
const POISON_ANY: unknown[] = [...POISON_TEXT, deep(200), { $ne: null }, [['\u0000']]];
/** Odd but possibly valid values: may be accepted, must never be a 5xx. */
const WEIRD: unknown[] = [
  null, '', ' ', '</script><script>alert(1)</script>', '0000-01-01', '9999-12-31', '2025-02-30', '1e309', '-0', 'NaN',
  true, false, 0, -1, 2 ** 31, 2 ** 32, 2 ** 53 + 1, 1e300, -1e300, 0.5, [], {}, [1, 'a'], 'x'.repeat(70_000), '👩🏽‍🔬\u202e\u2028\u2029', '%00', '../../etc/passwd',
];
const POISON_DATES = ['0000-01-01', '0000-00-00', '-0001-01-01', '2025-02-30', '10000-01-01', '0999-12-31'];
const POISON_NUMBERS = [2 ** 31, 2 ** 32, 2 ** 53, 1e300, -1, 1.5, 'NaN', '1e3'];
const HOSTILE_SEGMENTS = ['%00', '%E0%A4%A', '%', '%ED%A0%80', '%C0%AF', 'a%00b', 'x'.repeat(5000), '%3Cscript%3E', '..%2F..%2Fetc', '0000-01-01', '99999999999999999999', '%uD800', "'%20OR%201=1--"];

/* ------------------------------------------------------------------ routes */

type Route = { file: string; pattern: string; methods: string[] };

function findRoutes(dir = 'app/api'): Route[] {
  const routes: Route[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) routes.push(...findRoutes(full));
    else if (name === 'route.ts') {
      const source = readFileSync(full, 'utf8');
      const methods = new Set<string>();
      for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const m of source.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      routes.push({ file: full, pattern: '/' + path.dirname(full).replace(/^app\//, '').split(path.sep).join('/'), methods: [...methods] });
    }
  }
  return routes;
}

type Fixture = { articleId: string; claimId: string; claimVersion: number; sourceId: string; tokenId: string; verdictId: string; userId: string };

/** Fields each write reads, with a value the route accepts: mutated into hostile input below. */
function templates(f: Fixture): Record<string, { body: Record<string, unknown>; dates?: string[]; numbers?: string[]; textOnly?: boolean }> {
  const source = { url: 'https://stats.example/report', title: 'Report', publisher: 'Office', publishedAt: '2025-01-02', accessedAt: '2025-01-03', excerpt: 'It fell.', stance: 'supports', kind: 'data_set', archiveUrl: 'https://archive.example/x', confidential: false };
  return {
    'POST /api/v1/articles': { body: { title: 'Fuzz', outlet: 'Desk', url: 'https://news.example/a', author: 'Ann', publishedAt: '2025-03-02', body: 'Prices rose by 2% last year, the bank reported.' }, dates: ['publishedAt'] },
    'PATCH /api/v1/articles/[id]/claims/[claimId]': { body: { version: f.claimVersion, claimText: 'Prices rose.', claimType: 'quantity', speaker: 'Bank', verdictId: f.verdictId, rationale: 'Checked.', status: 'in_progress' }, numbers: ['version'] },
    'POST /api/v1/articles/[id]/claims/[claimId]/sources': { body: source, dates: ['publishedAt', 'accessedAt'] },
    'PUT /api/v1/articles/[id]/claims/[claimId]/sources/[sourceId]': { body: source, dates: ['publishedAt', 'accessedAt'] },
    'POST /api/v1/tokens': { body: { name: 'fuzz', scope: 'read', expiresAt: '2099-01-01' }, dates: ['expiresAt'] },
    'POST /api/v1/imports/claimreview': {
      body: { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'The sky is green.', url: 'https://checks.example/1', datePublished: '2025-01-01', reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' }, author: { '@type': 'Organization', name: 'Checks', url: 'https://checks.example' } },
      textOnly: true,
    },
  };
}

/** Poisons one to three fields a write reads (at least one with a value that must be refused). */
function poisonBody(rng: Rng, template: { body: Record<string, unknown>; dates?: string[]; numbers?: string[]; textOnly?: boolean }): unknown {
  const body: Record<string, unknown> = structuredClone(template.body);
  const keys = Object.keys(body);
  const target = rng.pick(keys);
  // A file import reports a review with a wrong type or date as invalid and imports the rest (201):
  // there only text no database can store must refuse the whole file.
  const poison = template.textOnly ? POISON_TEXT : POISON_ANY;
  if (template.dates?.includes(target) && !template.textOnly && rng.chance(0.4)) body[target] = rng.pick(POISON_DATES);
  else if (template.numbers?.includes(target) && rng.chance(0.5)) body[target] = rng.pick(POISON_NUMBERS);
  else body[target] = rng.pick(poison);
  for (let i = rng.int(3); i > 0; i--) {
    const other = rng.pick(keys);
    if (other !== target) body[other] = rng.chance(0.5) && !template.textOnly ? rng.pick(WEIRD) : rng.pick(poison);
  }
  return body;
}

function fillPath(rng: Rng, pattern: string, f: Fixture, mustBreak: boolean): string {
  const real: Record<string, string> = { id: f.articleId, claimId: f.claimId, sourceId: f.sourceId, tokenId: f.tokenId };
  const params = [...pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]);
  const broken = mustBreak && params.length ? rng.pick(params) : null;
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    if (name === broken || (!real[name] && rng.chance(0.7)) || rng.chance(0.25)) return rng.pick(HOSTILE_SEGMENTS);
    return real[name] ?? 'session';
  });
}

function hostileQuery(rng: Rng): string {
  const keys = ['limit', 'cursor', 'status', 'verdict', 'assignee', 'claimType', 'minCheckworthiness', 'hasSources', 'format', 'from', 'to', 'type', 'ids', 'article', 'scope', 'bom', 'includeConfidential'];
  const values = ['%00', '0000-01-01', '2025-02-30', '99999999999', '-1', 'abc', '%E0%A4%A', encodeURIComponent('\uFFFF'), 'eyJ4IjoxfQ', Buffer.from('["0000-01-01T00:00:00Z","x"]').toString('base64url'), Buffer.from('[1e300,1,"x"]').toString('base64url'), Buffer.from('["2026-01-01T00:00:00.000Z","a\\u0000"]').toString('base64url'), 'x'.repeat(4000), 'csv', 'json', 'claimreview', 'all', '1', '%3C%2Fscript%3E'];
  const parts: string[] = [];
  for (let i = 1 + rng.int(3); i > 0; i--) parts.push(`${rng.pick(keys)}=${rng.pick(values)}`);
  return parts.join('&');
}

/* ----------------------------------------------------------------- actions */

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
type Action = { id: string; name: string; file: string; page: string; takesForm: boolean };

function findActions(): Action[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, ManifestEntry> };
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/actions\.ts$/.test(name)) sources.set(full.split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk('app');
  const actions: Action[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const file = entry.filename ?? '';
    const source = sources.get(file);
    if (!source || !entry.exportedName) continue;
    const signature = new RegExp(`export async function ${entry.exportedName}\\(([^)]*)\\)`).exec(source)?.[1] ?? '';
    actions.push({ id, name: entry.exportedName, file, page: Object.keys(entry.workers)[0], takesForm: /FormData/.test(signature) });
  }
  // Every exported action in the source must be in the build (and so in this fuzz).
  for (const [file, source] of sources) {
    for (const m of source.matchAll(/export async function (\w+)/g)) {
      expect(actions.some((a) => a.file === file && a.name === m[1]), `${file} ${m[1]} is not in the build's action manifest`).toBe(true);
    }
  }
  return actions;
}

function pageUrl(page: string, f: Fixture): string {
  return page.replace(/^app/, '').replace(/\/page$/, '').replace('[id]', f.articleId) || '/';
}

/** React's reply encoding of plain JSON arguments: strings starting with `$` are escaped as `$$`. */
function encodeArgs(value: unknown): unknown {
  if (value === undefined) return '$undefined';
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeArgs);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeArgs(v)]));
  return value;
}

const ACTION_KEYS = ['articleId', 'claimId', 'sourceId', 'otherId', 'version', 'otherVersion', 'at', 'start', 'end', 'body', 'comment', 'note', 'claimText', 'speaker', 'verdictId', 'rationale', 'status', 'url', 'title', 'threshold', 'label', 'colour', 'ratingValue', 'description', 'order', 'mentionIds', 'claimIds', 'userId', 'role', 'active', 'assigneeId', 'parentId', 'tokenId', 'publishedAt', 'accessedAt'];
const FORM_KEYS = ['title', 'outlet', 'url', 'author', 'publishedAt', 'body', 'format', 'orgName', 'orgUrl', 'name', 'scope', 'expiresAt', 'email', 'role', 'password'];

/** Input for a plain-object action: whole-argument nonsense, or an object with a poison somewhere. */
function hostileActionArgs(rng: Rng, f: Fixture): unknown[] {
  const roll = rng.int(10);
  if (roll === 0) return rng.pick([[], [null], [undefined], ['x'], [42], [[1, 2]], [true], [deep(200)]]);
  const input: Record<string, unknown> = {};
  const real: Record<string, unknown> = { articleId: f.articleId, claimId: f.claimId, sourceId: f.sourceId, verdictId: f.verdictId, tokenId: f.tokenId, userId: f.userId, version: f.claimVersion };
  for (const key of ACTION_KEYS) {
    if (rng.chance(0.35)) input[key] = key in real && rng.chance(0.6) ? real[key] : rng.pick(WEIRD);
  }
  // A guaranteed refusal: text no database can store, or nesting no page sends, in any field.
  input[rng.pick(ACTION_KEYS)] = rng.pick(POISON_ANY.filter((v) => !(typeof v === 'object' && v !== null && '$ne' in v)));
  return [input];
}

/** Input each action must refuse for a reason in one field (not NUL): the findings of the review. */
function semanticCases(f: Fixture): { action: string; args?: unknown[]; form?: Record<string, string> }[] {
  const ids = { articleId: f.articleId, claimId: f.claimId };
  return [
    { action: 'setClaimThresholdAction', args: [{ threshold: null }] },
    { action: 'setClaimThresholdAction', args: [{ threshold: '' }] },
    { action: 'setClaimThresholdAction', args: [{}] },
    { action: 'updateClaimAction', args: [{ ...ids, version: 2 ** 32, rationale: 'Fine.' }] },
    { action: 'updateClaimAction', args: [{ ...ids, version: 2 ** 53 + 2, rationale: 'Fine.' }] },
    { action: 'addSourceAction', args: [{ ...ids, url: 'https://x.example', title: 'T', accessedAt: '0000-01-01' }] },
    { action: 'addSourceAction', args: [{ ...ids, url: 'https://x.example', title: 'T', publishedAt: '2025-02-30' }] },
    { action: 'createClaimAction', args: [{ articleId: f.articleId, start: 0, end: 2 ** 40 }] },
    { action: 'splitClaimAction', args: [{ ...ids, version: f.claimVersion, at: 2 ** 33 }] },
    { action: 'createUserAction', form: { email: 'fuzz@claimdesk.local', name: 'Fuzz', role: 'reviewer', password: ' '.repeat(10) } },
    { action: 'createUserAction', form: { email: 'fuzz@claimdesk.local', name: 'Fuzz', role: 'reviewer', password: '   short   ' } },
    { action: 'createTokenAction', form: { name: 'fuzz', scope: 'read', expiresAt: '0000-01-01' } },
    { action: 'createArticleAction', form: { title: 'Fuzz', body: 'Prices rose by 2%.', publishedAt: '0000-01-01' } },
    { action: 'createArticleAction', form: { title: 'Fuzz', body: 'Prices rose by 2%. '.repeat(60_000) } },
    { action: 'createArticleAction', form: { title: 'Fuzz', body: 'Prices rose by 2%. '.repeat(120_000) } },
  ];
}

/* -------------------------------------------------------------------- test */

async function snapshot(admin: APIRequestContext): Promise<string> {
  const backup = await admin.get('/api/v1/exports/backup');
  expect(backup.status(), 'the backup (row snapshot) must be readable').toBe(200);
  const doc = (await backup.json()) as Record<string, unknown>;
  delete doc.exportedAt;
  const tokens = (await (await admin.get('/api/v1/tokens')).json()) as { data: unknown[] };
  return JSON.stringify({ ...doc, tokenCount: tokens.data.length });
}

function counts(snap: string): Record<string, number> {
  const doc = JSON.parse(snap) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, Array.isArray(v) ? v.length : typeof v === 'number' ? v : -1]));
}

test.use({ storageState: storageState('admin'), extraHTTPHeaders: { Origin: BASE_URL } });

test('thousands of hostile inputs to every route and action: no 5xx, nothing stored', async ({ request, playwright }) => {
  test.setTimeout(300_000);
  const rng = prng(SEED);
  const failures: string[] = [];
  const note = (what: string) => {
    if (failures.length < 40) failures.push(what);
  };
  const started = Date.now();

  // Fixture rows, and positive controls: each write template is accepted as it is.
  const tokens: string[] = [];
  for (let i = 0; i < 45; i++) tokens.push((await createApiToken(request, { scope: 'write', name: `fuzz ${i}` })).token);
  let tokenIndex = 0;
  let api = await bearerContext(playwright, tokens[0]);
  let used = 0;
  const send = async (method: string, url: string, options: { data?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<APIResponse> => {
    for (;;) {
      if (used++ >= 55) {
        await api.dispose();
        api = await bearerContext(playwright, tokens[++tokenIndex % tokens.length]);
        used = 0;
      }
      const response = await api.fetch(url, {
        method,
        headers: { 'content-type': 'application/json', ...options.headers },
        data: options.raw ?? (options.data === undefined ? undefined : JSON.stringify(options.data)),
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      if (response.status() !== 429) return response;
      used = 1_000; // this token's bucket is empty: take the next one
    }
  };

  const article = await send('POST', '/api/v1/articles', { data: { title: 'Fuzz target', body: 'Prices rose by 2% last year, the bank reported. The mayor said 40,000 homes would be built by 2030.' } });
  expect(article.status()).toBe(201);
  const articleId = (await article.json()).data.id as string;
  const claim = (await (await send('GET', `/api/v1/articles/${articleId}/claims?limit=1`)).json()).data[0] as { id: string; version: number };
  const verdictId = ((await (await send('GET', '/api/v1/verdicts')).json()).data[0] as { id: string }).id;
  const createdToken = await createApiToken(request, { scope: 'read', name: 'fuzz target' });
  const fixture: Fixture = { articleId, claimId: claim.id, claimVersion: claim.version, sourceId: '', tokenId: createdToken.id, verdictId, userId: 'unknownuser0' };
  const source = await send('POST', `/api/v1/articles/${articleId}/claims/${claim.id}/sources`, { data: templates(fixture)[`POST /api/v1/articles/[id]/claims/[claimId]/sources`].body });
  expect(source.status(), await source.text()).toBe(201);
  fixture.sourceId = (await source.json()).data.id;
  const tpl = templates(fixture);
  for (const [key, t] of Object.entries(tpl)) {
    if (key.startsWith('PATCH')) continue; // would bump the version the fuzz uses
    const [method, pattern] = key.split(' ');
    const url = pattern.replace('[id]', articleId).replace('[claimId]', claim.id).replace('[sourceId]', fixture.sourceId);
    const response = key.startsWith('POST /api/v1/tokens') ? await request.post(url, { data: t.body }) : await send(method, url, { data: key.includes('imports') ? undefined : t.body, raw: key.includes('imports') ? JSON.stringify(t.body) : undefined });
    expect(response.status(), `positive control ${key}: ${await response.text()}`).toBeLessThan(300);
  }

  const routes = findRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(15);
  const actions = findActions();
  expect(actions.length).toBeGreaterThanOrEqual(25);

  const before = await snapshot(request);

  // Routes: every method of every route, poisoned bodies, broken paths, hostile queries.
  const cells = routes.flatMap((r) => r.methods.map((method) => ({ route: r, method })));
  for (let i = 0; i < ROUTE_CASES; i++) {
    const { route, method } = cells[i % cells.length];
    const write = method !== 'GET';
    const key = `${method} ${route.pattern}`;
    const template = tpl[key];
    // Writes without a body template (DELETE, sign-in) always get a broken path id, so they cannot succeed.
    const url = fillPath(rng, route.pattern, fixture, write && (!template || rng.chance(0.3))) + (rng.chance(0.5) ? `?${hostileQuery(rng)}` : '');
    let raw: string | undefined;
    let data: unknown;
    const shape = rng.int(12);
    if (write && shape === 0) raw = rng.pick(['{oops', '[1,2', '', 'null', '"\\u0000"', '{"title":"\\ud800"}', '['.repeat(50_000) + ']'.repeat(50_000), '{"a":' + '1'.repeat(400) + '}']);
    else if (write && shape === 1) data = rng.pick(WEIRD);
    else if (write && template) data = poisonBody(rng, template);
    else if (write) data = { [rng.pick(['title', 'name', 'version', 'password', 'email'])]: rng.pick(POISON_ANY) };
    if (route.pattern.includes('imports') && data !== undefined) {
      raw = JSON.stringify(data);
      data = undefined;
    }
    const response = await send(method, url, { data, raw });
    const what = `${method} ${url.slice(0, 160)} body=${(raw ?? JSON.stringify(data) ?? '').slice(0, 160)}`;
    if (response.status() >= 500) note(`${response.status()} for ${what}: ${(await response.text()).slice(0, 200)}`);
    else if (write && response.status() < 300 && !route.pattern.startsWith('/api/auth')) note(`accepted a poisoned write (${response.status()}): ${what}`);
  }
  const routeMs = Date.now() - started;
  console.log(`fuzz seed ${SEED}: routes done in ${routeMs} ms`);

  // Server actions over HTTP, as a page calls them, signed in as the admin.
  const callAction = async (action: Action, body: string | FormData, contentType?: string): Promise<{ status: number; text: string }> => {
    try {
      const response = await request.fetch(pageUrl(action.page, fixture), {
        method: 'POST',
        headers: { 'next-action': action.id, accept: 'text/x-component', ...(contentType ? { 'content-type': contentType } : {}) },
        ...(body instanceof FormData ? { multipart: body } : { data: body }),
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      return { status: response.status(), text: await response.text() };
    } catch (error) {
      // A reset connection is the server failing as surely as a 500 (e.g. a crash on a deep body).
      return { status: 599, text: `no response: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
    }
  };
  const formBody = (fields: Record<string, string>): FormData => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(`_1_${k}`, v); // React 19 reply encoding: a FormData argument `$K1` holds the fields `_1_<name>`
    form.set('0', JSON.stringify(['$undefined', '$K1']));
    return form;
  };
  const judge = (action: Action, result: { status: number; text: string }, what: string) => {
    if (result.status >= 500) note(`${result.status} from ${action.name} ${what}: ${result.text.slice(0, 200)}`);
    else if (result.status < 300 && /"ok":true/.test(result.text)) note(`${action.name} accepted hostile input ${what}`);
    else if (/"code":"INTERNAL"/.test(result.text)) note(`${action.name} failed inside (INTERNAL) for ${what}`);
  };

  // Positive control for the action transport: a harmless read goes through.
  const insights = actions.find((a) => a.name === 'articleInsightsAction');
  expect(insights, 'articleInsightsAction is in the manifest').toBeTruthy();
  const control = await callAction(insights!, JSON.stringify([{ articleId }]), 'text/plain;charset=UTF-8');
  expect(control.text, 'a well-formed action call reaches the action').toMatch(/"ok":true/);
  const tokenControl = actions.find((a) => a.name === 'createTokenAction')!;
  const formControl = await callAction(tokenControl, formBody({ name: '', scope: 'read' }));
  expect(formControl.text, 'a form action call reaches the action and its checks').toMatch(/"code":"INVALID".*Give the token a name/);

  for (const c of semanticCases(fixture)) {
    const action = actions.find((a) => a.name === c.action);
    expect(action, c.action).toBeTruthy();
    const result = c.form ? await callAction(action!, formBody(c.form)) : await callAction(action!, JSON.stringify(encodeArgs(c.args)), 'text/plain;charset=UTF-8');
    judge(action!, result, JSON.stringify(c).slice(0, 200));
  }

  const MALFORMED = ['{oops', '', '[', '["$Q1"]', '["$@9"]', '[{"a":"$F1"}]', '['.repeat(100_000) + ']'.repeat(100_000), '"just a string"', '[' + '"x",'.repeat(10) + ']', 'x'.repeat(2_200_000)];
  for (let i = 0; i < ACTION_CASES; i++) {
    const action = actions[i % actions.length];
    const roll = rng.int(10);
    let result: { status: number; text: string };
    let what: string;
    if (roll === 0) {
      const raw = rng.pick(MALFORMED);
      what = `raw body ${raw.slice(0, 60)}`;
      result = await callAction(action, raw, rng.pick(['text/plain;charset=UTF-8', 'multipart/form-data; boundary=zz', 'application/json']));
    } else if (action.takesForm && roll < 6) {
      const fields: Record<string, string> = {};
      for (const key of FORM_KEYS) if (rng.chance(0.5)) fields[key] = String(rng.pick(WEIRD.filter((v) => typeof v === 'string')));
      fields[rng.pick(FORM_KEYS)] = rng.pick(['a\u0000b', '\u0000', 'x\u0000'.repeat(1000)]);
      what = `form ${JSON.stringify(fields).slice(0, 160)}`;
      result = await callAction(action, formBody(fields));
    } else {
      const args = action.takesForm ? [null, ...hostileActionArgs(rng, fixture)] : hostileActionArgs(rng, fixture);
      what = `args ${JSON.stringify(args).slice(0, 160)}`;
      result = await callAction(action, JSON.stringify(encodeArgs(args)), 'text/plain;charset=UTF-8');
    }
    judge(action, result, what);
  }

  const after = await snapshot(request);
  if (after !== before) {
    const b = counts(before);
    const a = counts(after);
    note(`the workspace changed: rows before ${JSON.stringify(b)} after ${JSON.stringify(a)}`);
  }
  await api.dispose();
  console.log(`fuzz seed ${SEED}: ${ROUTE_CASES} route requests over ${cells.length} route×method cells in ${routeMs} ms, ${ACTION_CASES + 17} action calls over ${actions.length} actions; total ${Date.now() - started} ms`);
  expect(failures, `fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}):\n${failures.join('\n')}`).toEqual([]);
});
