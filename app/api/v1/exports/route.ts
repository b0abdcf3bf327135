import { withActor } from '@/lib/http/handler';
import { exportClaims } from '@/lib/services/exports';
import { downloadResponse } from '@/lib/export/response';
import { exportQueryFromParams } from '@/lib/validation/export';

/**
 * The workspace, or a filtered set of claims: GET ?format=…[&from=YYYY-MM-DD][&to=YYYY-MM-DD]
 * [&status=…][&verdict=…][&type=…][&ids=…][&article=ID][&bom=1][&includeConfidential=1].
 */
export const GET = withActor(async (actor, request) => {
  const file = await exportClaims(actor, exportQueryFromParams(new URL(request.url).searchParams));
  return downloadResponse(file);
});
