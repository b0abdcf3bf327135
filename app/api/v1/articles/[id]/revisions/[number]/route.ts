import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { AppError } from '@/lib/errors';
import { getRevisionView } from '@/lib/services/revision-view';

type Ctx = { params: Promise<{ id: string; number: string }> };

/** One revision: its text, the word diff from the revision before, and its claims as they were. */
export const GET = withActor<Ctx>(async (actor, _request, { params }) => {
  const { id, number } = await readIds(params);
  if (!/^[1-9]\d{0,8}$/.test(number)) throw new AppError('NOT_FOUND', 'No such revision.');
  return NextResponse.json({ data: await getRevisionView(actor, id, Number(number)) });
});
