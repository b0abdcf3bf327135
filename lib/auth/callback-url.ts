/**
 * Where to go after signing in: only a path of this app, never another site. The value is parsed
 * exactly as a browser would (WHATWG URL: tabs and newlines dropped, `\` read as `/`), so what
 * passes here is what the browser will follow. Anything that would leave the origin, and anything
 * unparsable, becomes `/`.
 */
const PLACEHOLDER_ORIGIN = 'http://claimdesk.invalid';
const MAX_LENGTH = 2000;

export function safeCallbackPath(value: unknown, appOrigin?: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return '/';
  let base: URL;
  try {
    base = new URL(appOrigin ?? PLACEHOLDER_ORIGIN);
  } catch {
    base = new URL(PLACEHOLDER_ORIGIN);
  }
  let url: URL;
  try {
    url = new URL(raw, base.origin + '/');
  } catch {
    return '/';
  }
  if (url.origin !== base.origin || url.username || url.password) return '/';
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser would read as a host.
  const path = url.pathname.replace(/^\/+/, '/');
  const result = path + url.search + url.hash;
  return result.startsWith('/') && !result.startsWith('//') && !result.startsWith('/\\') ? result : '/';
}

/** next-auth's `redirect` callback: same-origin URLs only, as absolute URLs on the app's base. */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return base + safeCallbackPath(url, base);
}
