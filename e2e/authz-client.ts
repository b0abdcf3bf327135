/**
 * Calls the built app the way an attacker would, without a browser: pages with redirects not
 * followed, route handlers, and server actions over HTTP (POST to a page that holds the action,
 * `Next-Action: <id from the build's server-reference manifest>`, the arguments encoded as React's
 * reply format: a JSON array, or multipart with the FormData under `1_` for useActionState actions).
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { ActionEntry } from './authz-inventory';
import type { ActionProbe, Fixture, Outcome } from './authz-matrix';

/** `/articles/[id]/report` → `/articles/<fixture article>/report`. */
export function fillPath(pattern: string, fx: Fixture): string {
  const values: Record<string, string> = { id: fx.articleId, claimId: fx.claimId, sourceId: fx.sourceId };
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => values[name] ?? 'x');
}

export type Observed = { outcome: Outcome | '5xx' | 'other'; detail: string };

export async function observePage(request: APIRequestContext, path: string, headers: Record<string, string>): Promise<Observed> {
  const response = await request.get(path, { maxRedirects: 0, headers });
  const status = response.status();
  const location = response.headers()['location'] ?? '';
  const detail = `${status}${location ? ` → ${location}` : ''}`;
  if (status >= 500) return { outcome: '5xx', detail };
  if (status >= 300 && status < 400) {
    const target = new URL(location, 'http://x').pathname;
    if (target === '/signin') return { outcome: 'U', detail };
    if (target === '/forbidden') return { outcome: 'F', detail };
    return { outcome: 'A', detail };
  }
  if (status === 401) return { outcome: 'U', detail };
  if (status === 403) return { outcome: 'F', detail };
  return { outcome: status < 500 ? 'A' : 'other', detail };
}

export function outcomeOfStatus(status: number): Observed['outcome'] {
  if (status >= 500) return '5xx';
  if (status === 401) return 'U';
  if (status === 403) return 'F';
  return 'A';
}

export async function observeRoute(
  request: APIRequestContext,
  method: string,
  probe: { path: string; body?: unknown },
  headers: Record<string, string>,
): Promise<Observed> {
  let response = await request.fetch(probe.path, { method, maxRedirects: 0, headers, data: probe.body });
  // The suite's other specs share these sessions' rate-limit buckets: wait out a 429 rather than judge it.
  for (let i = 0; i < 3 && response.status() === 429; i++) {
    const wait = Math.min(30, Number(response.headers()['retry-after'] ?? 1));
    await new Promise((r) => setTimeout(r, wait * 1000));
    response = await request.fetch(probe.path, { method, maxRedirects: 0, headers, data: probe.body });
  }
  const status = response.status();
  let code = '';
  if (status === 401 || status === 403) {
    // The one error shape: a 401/403 from a route handler must say which.
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    code = body?.error?.code ?? 'no error body';
    if ((status === 401 && code !== 'UNAUTHENTICATED') || (status === 403 && code !== 'FORBIDDEN')) return { outcome: 'other', detail: `${status} ${code}` };
  }
  return { outcome: outcomeOfStatus(status), detail: `${status}${code ? ` ${code}` : ''}` };
}

/** The values in an RSC (text/x-component) response, one per row `id:json`. */
function rscValues(text: string): unknown[] {
  const values: unknown[] = [];
  for (const line of text.split('\n')) {
    const m = /^[0-9a-f]+:(.*)$/.exec(line);
    if (!m) continue;
    try {
      values.push(JSON.parse(m[1]));
    } catch {
      // Not JSON: a text or binary chunk, not the action's result.
    }
  }
  return values;
}

type ActionResultShape = { ok: boolean; error?: { code?: string } };

function findResult(value: unknown): ActionResultShape | null {
  if (!value || typeof value !== 'object') return null;
  if ('ok' in value && typeof (value as { ok: unknown }).ok === 'boolean') return value as ActionResultShape;
  for (const inner of Object.values(value)) {
    const found = findResult(inner);
    if (found) return found;
  }
  return null;
}

export async function callAction(
  request: APIRequestContext,
  action: ActionEntry,
  probe: ActionProbe,
  fx: Fixture,
  headers: Record<string, string>,
): Promise<{ response: APIResponse; result: ActionResultShape | null; text: string }> {
  const page = fillPath(action.pages[0] ?? '/', fx);
  const common = { ...headers, 'Next-Action': action.id, Accept: 'text/x-component' };
  const response =
    'form' in probe
      ? await request.post(page, {
          maxRedirects: 0,
          headers: common,
          multipart: { '0': JSON.stringify([null, '$K1']), ...Object.fromEntries(Object.entries(probe.form).map(([k, v]) => [`1_${k}`, v])) },
        })
      : await request.post(page, {
          maxRedirects: 0,
          headers: { ...common, 'Content-Type': 'text/plain;charset=UTF-8' },
          data: JSON.stringify(probe.args(fx)),
        });
  const text = await response.text();
  const result = rscValues(text).map(findResult).find((r) => r !== null) ?? null;
  return { response, result, text };
}

export async function observeAction(
  request: APIRequestContext,
  action: ActionEntry,
  probe: ActionProbe,
  fx: Fixture,
  headers: Record<string, string>,
): Promise<Observed> {
  const { response, result, text } = await callAction(request, action, probe, fx, headers);
  const status = response.status();
  if (status >= 500) return { outcome: '5xx', detail: `${status} ${text.slice(0, 200)}` };
  if (!result) return { outcome: 'other', detail: `${status} no action result: ${text.slice(0, 200)}` };
  const code = result.ok ? 'ok' : (result.error?.code ?? '?');
  const detail = `${status} ${code}`;
  if (code === 'UNAUTHENTICATED') return { outcome: 'U', detail };
  if (code === 'FORBIDDEN') return { outcome: 'F', detail };
  return { outcome: 'A', detail };
}
