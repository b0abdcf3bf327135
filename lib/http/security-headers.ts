/**
 * The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce per
 * request: Next reads the nonce from the request's CSP header and puts it on its own scripts, and
 * 'strict-dynamic' lets those load the rest, so no inline script runs without it. Styles allow inline
 * `style` attributes (React renders them for widths and verdict colours); a style cannot run script.
 */

export type HeaderOptions = { nonce: string; https: boolean; dev?: boolean };

/** The CSP of an HTML page. */
export function pageCsp({ nonce, https, dev = false }: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Headers for every response, pages and API alike; HSTS only when the app is served over HTTPS. */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Whether this request reached the app over HTTPS: the configured URL, or a proxy saying so. */
export function servedOverHttps(headers: Headers, configuredUrl = process.env.NEXTAUTH_URL): boolean {
  if (configuredUrl?.toLowerCase().startsWith('https://')) return true;
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** A nonce of 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
