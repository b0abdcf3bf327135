import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { revokeToken } from '@/lib/services/tokens';

type Ctx = { params: Promise<{ tokenId: string }> };

/** Revokes the token: from now on it gets 401. The row stays, to show when it was revoked. */
export const DELETE = withActor<Ctx>(async (actor, _request, { params }) => {
  const { tokenId } = await readIds(params);
  return NextResponse.json({ data: await revokeToken(actor, { tokenId }) });
});
