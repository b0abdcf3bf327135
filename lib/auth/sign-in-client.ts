import { createHash, randomBytes } from 'node:crypto';

/**
 * Who is signing in, as far as throttling is concerned: the client address and the device cookie.
 *
 * Address. Next.js (`next start`) fills `X-Forwarded-For` with the socket's address when the
 * request has none, and keeps the header when it has one; App Router handlers (and next-auth's
 * `authorize`) see no socket. So:
 * - `CLAIMDESK_TRUST_PROXY=N` (N ≥ 1 reverse proxies in front, each appending the address it saw):
 *   the N-th entry from the right is the client's address, which the client cannot forge.
 * - unset: the right-most entry, which is the socket address unless the client sent the header
 *   itself, so a client can pick its own address. Addresses then only spread a guesser over more
 *   per-address counters; the per-account limit and the device cookie do not depend on them.
 *
 * Device cookie. A random value set after a successful sign-in (HttpOnly, only sent to /api/auth);
 * the server keeps its SHA-256, bound to the user. It cannot be guessed or forged, so it is what
 * recognises "the victim's usual client" in every deployment. A remembered address counts too, but
 * only behind a trusted proxy.
 */
export const DEVICE_COOKIE = 'claimdesk.device';
export const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.CLAIMDESK_TRUST_PROXY ?? 0);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}

function normaliseAddress(raw: string): string {
  let a = raw.trim().toLowerCase();
  if (a.startsWith('[') && a.includes(']')) a = a.slice(1, a.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.startsWith('::ffff:') && /^\d+\.\d+\.\d+\.\d+$/.test(a.slice(7))) a = a.slice(7);
  return /^[0-9a-f.:]{2,45}$/.test(a) ? a : 'unknown';
}

/** The client address of a request, by the rule above; `unknown` when there is none. */
export function clientAddress(headers: HeaderBag, env: Record<string, string | undefined> = process.env): string {
  const entries = (header(headers, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return 'unknown';
  const proxies = trustedProxies(env);
  const index = proxies > 0 ? Math.max(0, entries.length - proxies) : entries.length - 1;
  return normaliseAddress(entries[index]!);
}

/** The device cookie's value, when the request carries a well-formed one. */
export function deviceToken(headers: HeaderBag): string | null {
  const cookieHeader = header(headers, 'cookie') ?? '';
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== DEVICE_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (/^[A-Za-z0-9_-]{32,64}$/.test(value)) return value;
  }
  return null;
}

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How a client is stored for a user (SignInClient.client) and named in throttle keys. */
export function deviceClientId(token: string): string {
  return `device:${createHash('sha256').update(token).digest('base64url')}`;
}

export function addressClientId(address: string): string {
  return `address:${address}`;
}
