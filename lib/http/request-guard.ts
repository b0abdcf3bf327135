import { findInputProblem } from '@/lib/validation/common';

/**
 * The most a server action request may carry: two articles of 1 MB (pasted text and a file) and the
 * other fields. next.config.js sets the same number as serverActions.bodySizeLimit.
 */
export const ACTION_BODY_LIMIT = 2 * 1_000_000 + 100_000;

/**
 * Strings React's reply encoding gives a meaning to that our actions may receive: an escaped `$`,
 * undefined, special numbers, dates, bigints; `$K<n>` (a FormData) only in a multipart body.
 * Anything else (`$Q1`, `$@2`, `$F…`) points at a part that a plain-object action never sends.
 */
const ALLOWED_REFERENCE = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D\d|n-?\d+$)/;
const FORM_REFERENCE = /^\$K[0-9a-f]{1,8}$/;

function refused(status: 400 | 404 | 413, message: string): Response {
  const code = status === 413 ? 'TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  return Response.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** Whether a decoded reply root (JSON) is one our actions accept: an argument list, no exotic references. */
function replyProblem(root: unknown, multipart: boolean): string | null {
  if (!Array.isArray(root)) return 'A server action body must be a list of arguments.';
  const deep = findInputProblem(root);
  if (deep?.message.includes('deeper')) return deep.message;
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.startsWith('$') && !ALLOWED_REFERENCE.test(value) && !(multipart && FORM_REFERENCE.test(value))) return 'The server action body is malformed.';
    } else if (typeof value === 'object' && value !== null) {
      stack.push(...Object.values(value));
    }
  }
  return null;
}

async function checkActionRequest(request: Request): Promise<Response | null> {
  const tooLarge = `The request is larger than ${ACTION_BODY_LIMIT.toLocaleString('en')} bytes; an article may be at most 1 MB.`;
  if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) return refused(413, tooLarge);
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) {
      const form = await request.clone().formData();
      const root = form.get('0');
      if (typeof root !== 'string') return refused(400, 'The server action body is malformed.');
      const problem = replyProblem(JSON.parse(root), true);
      return problem ? refused(400, problem) : null;
    }
    const text = await request.clone().text();
    if (text.length > ACTION_BODY_LIMIT) return refused(413, tooLarge);
    const problem = replyProblem(JSON.parse(text), false);
    return problem ? refused(400, problem) : null;
  } catch {
    return refused(400, 'The server action body is malformed.');
  }
}

/**
 * A server action posted by a form without JavaScript (no Next-Action header): React encodes the
 * action as `$ACTION_REF_<n>` with the parts `$ACTION_<n>:<k>` (part 0 `{ id, bound }`, the others
 * the bound arguments as JSON), or names it `$ACTION_ID_<id>`. Next answers a malformed part with a
 * bare 500 (a JSON error, a reference to a missing part, a stack overflow on deep nesting), so each
 * part is checked here as the header path checks its body.
 */
async function checkFormAction(request: Request): Promise<Response | null> {
  if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) {
    return refused(413, `The request is larger than ${ACTION_BODY_LIMIT.toLocaleString('en')} bytes; an article may be at most 1 MB.`);
  }
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return refused(400, 'The form body is malformed.');
  }
  const parts = new Map<string, Map<number, unknown>>();
  for (const [key, value] of form.entries()) {
    const part = /^\$ACTION_(\d+):(\d+)$/.exec(key);
    if (!part) continue;
    if (typeof value !== 'string') return refused(400, 'The server action body is malformed.');
    try {
      const byPart = parts.get(part[1]) ?? new Map<number, unknown>();
      byPart.set(Number(part[2]), JSON.parse(value));
      parts.set(part[1], byPart);
    } catch {
      return refused(400, 'The server action body is malformed.');
    }
  }
  for (const byPart of parts.values()) {
    const head = byPart.get(0);
    if (typeof head !== 'object' || head === null || Array.isArray(head)) return refused(400, 'The server action body is malformed.');
    const { id, bound } = head as { id?: unknown; bound?: unknown };
    if (typeof id !== 'string' || !/^[0-9a-f]{1,128}$/.test(id)) return refused(400, 'The server action body is malformed.');
    const boundPart = typeof bound === 'string' ? /^\$@(\d+)$/.exec(bound) : null;
    if (bound !== null && (!boundPart || !byPart.has(Number(boundPart[1])))) return refused(400, 'The server action body is malformed.');
    for (const [k, value] of byPart) {
      if (k === 0) continue;
      const problem = replyProblem(value, true);
      if (problem) return refused(400, problem);
    }
  }
  return null;
}

/**
 * Refuses, before Next sees them, requests that Next itself would answer with a bare 500: a path
 * with broken percent-encoding or an encoded NUL, and a server action call whose body is too large
 * or is not what a page of this app sends (not JSON, exotic references, absurd nesting). Returns
 * null for everything else.
 */
export async function refuseMalformedRequest(request: Request): Promise<Response | null> {
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0];
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return refused(404, 'Nothing here: the address has a broken percent-encoding.');
  }
  if (path.includes('\u0000')) return refused(404, 'Nothing here: the address contains a NUL character.');
  if (request.method === 'POST' && request.headers.has('next-action')) return checkActionRequest(request);
  // A page (never the API, whose uploads may be large and are streamed) receiving a form post.
  if (request.method === 'POST' && !path.startsWith('/api/') && (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return checkFormAction(request);
  return null;
}
