import { z } from 'zod';
import { CLAIM_STATUS_VALUES, CLAIM_TYPE_VALUES } from './claim';

export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=`: the page size (1–100, default 20) and the opaque cursor of the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number('limit must be a number.').int('limit must be a whole number.').min(1, 'limit must be at least 1.').max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}.`).default(20),
  cursor: z.string().min(1).max(300, 'cursor is not one this API gave out.').optional(),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

function commaList<T extends readonly [string, ...string[]]>(values: T, name: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx): T[number][] | undefined => {
      const list = v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
      if (list.some((item) => !values.includes(item))) {
        ctx.addIssue({ code: 'custom', message: `${name} must be one or more of ${values.join(', ')}, separated by commas.` });
        return z.NEVER;
      }
      return list.length ? list : undefined;
    });
}

/** The workbench's claim filters as query parameters. */
export const claimListQuerySchema = pageQuerySchema.extend({
  status: commaList(CLAIM_STATUS_VALUES, 'status'),
  claimType: commaList(CLAIM_TYPE_VALUES, 'claimType'),
  /** A verdict id, or `none` for claims without a verdict. */
  verdict: z.string().min(1).max(64).optional(),
  /** A user id, `me`, or `none` for unassigned claims. */
  assignee: z.string().min(1).max(64).optional(),
  minCheckworthiness: z.coerce.number('minCheckworthiness must be a number.').min(0, 'minCheckworthiness must be between 0 and 1.').max(1, 'minCheckworthiness must be between 0 and 1.').optional(),
  hasSources: z.enum(['true', 'false'], 'hasSources must be true or false.').optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});
export type ClaimListQuery = z.output<typeof claimListQuerySchema>;
