import { NextResponse } from 'next/server';
import { databaseIsUp } from '@/lib/services/health';

export const dynamic = 'force-dynamic';

/** The one public API route: for load balancers and uptime checks; it reveals nothing but up or down. */
export async function GET(): Promise<Response> {
  const up = await databaseIsUp();
  return NextResponse.json(
    { status: up ? 'ok' : 'unavailable', database: up ? 'ok' : 'unavailable' },
    { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
