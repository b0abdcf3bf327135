import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/validation/common';

/**
 * Awaits a route's path parameters and checks that each is shaped like an id Claimdesk gives out.
 * Anything else (`%00`, a broken percent-encoding, a 10 kB string) cannot name a row, so it is a
 * 404 before any query runs.
 */
export async function readIds<P extends Record<string, string>>(params: Promise<P>): Promise<P> {
  let values: P;
  try {
    values = await params;
  } catch {
    throw new AppError('NOT_FOUND', 'Nothing here: the address is malformed.');
  }
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      throw new AppError('NOT_FOUND', `Nothing here: ${key} is not an id Claimdesk gave out.`, { fields: { [key]: ['Unknown id.'] } });
    }
  }
  return values;
}
