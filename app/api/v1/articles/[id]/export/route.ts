import { withActor } from '@/lib/http/handler';
import { readIds } from '@/lib/http/params';
import { exportClaims } from '@/lib/services/exports';
import { downloadResponse } from '@/lib/export/response';
import { exportQueryFromParams } from '@/lib/validation/export';

type Ctx = { params: Promise<{ id: string }> };

/**
 * GET ?format=claimreview|csv|json|markdown|html[&status=approved|reviewed|all|<status,…>][&verdict=…]
 * [&type=…][&ids=…][&bom=1][&includeConfidential=1 (admins, json)]. `scope` is the older name of `status`.
 */
export const GET = withActor<Ctx>(async (actor, request, { params }) => {
  const { id } = await readIds(params);
  const file = await exportClaims(actor, exportQueryFromParams(new URL(request.url).searchParams, id));
  return downloadResponse(file);
});
