import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { AppError } from '@/lib/errors';
import { importClaimReviews } from '@/lib/services/imports';
import { CLAIMREVIEW_MAX_BYTES } from '@/lib/validation/import';

/** POST a ClaimReview JSON-LD file as the body (≤ 5 MB): 201 with { data: { imported, duplicates, invalid, … } }. */
export const POST = withActor(async (actor, request) => {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > CLAIMREVIEW_MAX_BYTES) {
    throw new AppError('TOO_LARGE', 'The file is larger than 5 MB.', { fields: { file: ['The file is larger than 5 MB.'] } });
  }
  const result = await importClaimReviews(actor, { text: await request.text() });
  return NextResponse.json({ data: result }, { status: 201 });
});
