import { NextResponse, type NextRequest } from 'next/server';
import { refuseMalformedRequest } from '@/lib/http/request-guard';
import { crossOriginReason, isWriteMethod } from '@/lib/http/same-origin';
import { newNonce, pageCsp, securityHeaders, servedOverHttps } from '@/lib/http/security-headers';

/** API responses are data, never a document: nothing may load or frame them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Runs before every request: refuses writes to pages (server actions, sign-in) sent by a page of
 * another site with a 403 in the one error shape (Next would answer its own check with a 500), and
 * sets the security headers, with a per-request CSP nonce for pages. API writes are checked in
 * `withActor`, where a bearer token is told apart from the session cookie. Malformed paths and server
 * action bodies that Next would turn into a 500 get a 4xx first (lib/http/request-guard.ts).
 */
export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers);
  const malformed = await refuseMalformedRequest(request);
  if (malformed) return withHeaders(new NextResponse(malformed.body, malformed), https, API_CSP);
  const isApi = request.nextUrl.pathname.startsWith('/api/');

  if (!request.nextUrl.pathname.startsWith('/api/v1/') && isWriteMethod(request.method) && refusedPageWrite(request)) {
    return withHeaders(
      NextResponse.json(
        { error: { code: 'FORBIDDEN', message: 'This request was refused: it was sent by a page of another site.' } },
        { status: 403, headers: { 'Cache-Control': 'no-store' } },
      ),
      https,
      API_CSP,
    );
  }

  if (isApi) return withHeaders(NextResponse.next(), https, API_CSP);

  const nonce = newNonce();
  const csp = pageCsp({ nonce, https, dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), https, csp);
}

/**
 * A page write is refused when the browser says it came from elsewhere. A request naming no origin
 * at all is left to the page's own checks, as Next does: browsers name one on every page write.
 */
function refusedPageWrite(request: NextRequest): boolean {
  const hasOrigin = request.headers.has('origin') || request.headers.has('sec-fetch-site');
  return hasOrigin && crossOriginReason(request) !== null;
}

function withHeaders(response: NextResponse, https: boolean, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
