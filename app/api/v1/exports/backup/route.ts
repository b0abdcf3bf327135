import { withActor } from '@/lib/http/handler';
import { exportBackup } from '@/lib/services/backup';
import { toReadableStream } from '@/lib/export';

/**
 * GET: the whole workspace as a restorable `claimdesk.backup` (admins only; it holds confidential
 * sources, emails and comments, never password hashes or API tokens). Restore it with `cli import`.
 */
export const GET = withActor(async (actor) => {
  const file = await exportBackup(actor);
  return new Response(toReadableStream(file.chunks), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
