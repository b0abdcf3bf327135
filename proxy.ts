import { NextResponse, type NextRequest } from 'next/server';
import { refuseMalformedRequest } from '@/lib/http/request-guard';

/**
 * Runs before every request: answers malformed paths and server action bodies that Next would turn
 * into a 500 with a 4xx in the one error shape (lib/http/request-guard.ts).
 */
export async function proxy(request: NextRequest) {
  return (await refuseMalformedRequest(request)) ?? NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
