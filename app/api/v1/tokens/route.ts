import { NextResponse } from 'next/server';
import { readJsonObject, withActor } from '@/lib/http/handler';
import { createToken, listTokens } from '@/lib/services/tokens';
import type { TokenCreateInput } from '@/lib/validation/token';

/** Admins: every token (never the secret). */
export const GET = withActor(async (actor) => NextResponse.json({ data: await listTokens(actor) }));

/** Admins: `{ name, scope: 'read'|'write', expiresAt? }` → 201 with the token, shown this once. */
export const POST = withActor(async (actor, request) => {
  const body = (await readJsonObject(request, 10_000)) as TokenCreateInput;
  const created = await createToken(actor, body);
  return NextResponse.json({ data: created }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
