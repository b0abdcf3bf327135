import { toReadableStream } from './index';

/** A streamed download: the claim count goes in X-Claim-Count so the UI can show a percentage. */
export function downloadResponse(file: { filename: string; contentType: string; claimCount: number; omittedCount?: number; chunks: AsyncIterable<string> }): Response {
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Claim-Count': String(file.claimCount),
  };
  // ClaimReview: claims left out for want of a public fact-check URL.
  if (file.omittedCount !== undefined) headers['X-Omitted-Count'] = String(file.omittedCount);
  return new Response(toReadableStream(file.chunks), { headers });
}
