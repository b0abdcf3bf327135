import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { AppError } from '@/lib/errors';
import { importClaimReviewStream } from '@/lib/services/earlier-fact-checks';
import { CLAIMREVIEW_STREAM_MAX_BYTES } from '@/lib/validation/import';

/**
 * POST a ClaimReview file as the body (a DataFeed, an @graph, an array or one review; up to 512 MB):
 * read as it streams in, 201 with { data: { imported, updated, duplicates, invalid, … } }.
 */
export const POST = withActor(async (actor, request) => {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > CLAIMREVIEW_STREAM_MAX_BYTES) {
    throw new AppError('TOO_LARGE', 'The file is larger than 512 MB.', { fields: { file: ['The file is larger than 512 MB.'] } });
  }
  if (!request.body) throw new AppError('INVALID', 'The file is empty.', { fields: { file: ['The file is empty.'] } });
  // A web ReadableStream is async-iterable in Node; the DOM typings do not say so.
  const body = request.body as unknown as AsyncIterable<Uint8Array>;
  const result = await importClaimReviewStream(actor, body);
  return NextResponse.json({ data: result }, { status: 201 });
});
