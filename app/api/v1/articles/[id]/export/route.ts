import { withActor } from '@/lib/http/handler';
import { exportArticle } from '@/lib/services/exports';
import { AppError } from '@/lib/errors';
import { isExportFormat, toReadableStream } from '@/lib/export';

type Ctx = { params: Promise<{ id: string }> };

/** GET ?format=claimreview|csv|json|markdown[&scope=approved|reviewed][&bom=1] */
export const GET = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const format = query.get('format') ?? 'claimreview';
  if (!isExportFormat(format)) throw new AppError('BAD_REQUEST', 'format must be one of claimreview, csv, json, markdown.');
  const scope = query.get('scope') ?? 'approved';
  if (scope !== 'approved' && scope !== 'reviewed') throw new AppError('BAD_REQUEST', 'scope must be approved or reviewed.');
  const file = await exportArticle(actor, { articleId: id, format, scope, bom: query.get('bom') === '1' });
  return new Response(toReadableStream(file.chunks), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
