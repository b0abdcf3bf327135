import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { listVerdicts } from '@/lib/services/settings';
import { toVerdictDto } from '@/lib/services/dto';

/** The verdict scale in display order (short and fixed: no pagination). */
export const GET = withActor(async (actor) => NextResponse.json({ data: (await listVerdicts(actor)).map(toVerdictDto) }));
