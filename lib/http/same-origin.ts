/**
 * Cross-site request forgery rule for requests authenticated by the session cookie: a write must come
 * from the app's own pages. Browsers always send `Origin` on POST/PUT/PATCH/DELETE (and `Sec-Fetch-Site`
 * on every request); a page elsewhere cannot forge either. A missing `Origin` is accepted only with
 * `Sec-Fetch-Site: same-origin`; a request with neither is not from a browser page of ours, and a
 * script should use an API token instead. Bearer-token requests never reach this rule: the browser
 * does not attach a token by itself.
 */

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWriteMethod(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/** The app's own origins: the configured public URL and the host this request was sent to. */
export function ownOrigins(request: Request, configuredUrl = process.env.NEXTAUTH_URL): Set<string> {
  const origins = new Set<string>();
  const configured = safeOrigin(configuredUrl);
  if (configured) origins.add(configured);
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host') || url.host;
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(/:$/, '');
  const here = safeOrigin(`${proto}://${host}`);
  if (here) origins.add(here);
  return origins;
}

function safeOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Why a cookie-authenticated write does not come from the app itself, or null when it does. */
export function crossOriginReason(request: Request, configuredUrl = process.env.NEXTAUTH_URL): string | null {
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site')?.toLowerCase() ?? null;
  if (origin !== null) {
    const normalised = safeOrigin(origin);
    if (!normalised || !ownOrigins(request, configuredUrl).has(normalised)) return 'it was sent by a page of another site';
    // A same-origin Origin with a cross-site fetch marker is contradictory: trust the stricter one.
    if (fetchSite !== null && fetchSite !== 'same-origin') return 'it was sent by a page of another site';
    return null;
  }
  if (fetchSite === 'same-origin') return null;
  if (fetchSite !== null) return 'it was sent by a page of another site';
  return 'it names no origin (use an API token for scripts)';
}

/** Whether a content type is JSON (`application/json`, `application/ld+json`, any `+json`). */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const media = value.split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return request.headers.has('transfer-encoding');
}

/**
 * The message to refuse a cookie-authenticated request with, or null when it may proceed: reads pass;
 * writes need the app's own origin and, when they carry a body (always for POST/PUT/PATCH), a JSON
 * content type — the types a plain form or a no-cors fetch can send (`text/plain`, form encodings)
 * are refused before the body is read.
 */
export function sessionWriteRefusal(request: Request, configuredUrl = process.env.NEXTAUTH_URL): string | null {
  const method = request.method.toUpperCase();
  if (!isWriteMethod(method)) return null;
  const reason = crossOriginReason(request, configuredUrl);
  if (reason) return `This request was refused: ${reason}. Signed-in changes are accepted only from Claimdesk's own pages.`;
  const needsJson = method !== 'DELETE' || hasBody(request);
  if (needsJson && !isJsonContentType(request.headers.get('content-type'))) {
    return 'This request was refused: send the body as JSON (Content-Type: application/json).';
  }
  return null;
}
