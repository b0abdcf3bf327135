import { toReadableStream } from './index';

/** A streamed download: the claim count goes in X-Claim-Count so the UI can show a percentage. */
export function downloadResponse(file: { filename: string; contentType: string; claimCount: number; chunks: AsyncIterable<string> }): Response {
  return new Response(toReadableStream(file.chunks), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Claim-Count': String(file.claimCount),
    },
  });
}
