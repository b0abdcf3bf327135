import { z } from 'zod';
import { boundedNumber, idSchema, optionalDaySchema, safeText, wholeNumber } from './common';
import { CLAIM_STATUS_VALUES, CLAIM_TYPE_VALUES } from './claim';

export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=`: the page size (1–100, default 20) and the opaque cursor of the previous page. */
export const pageQuerySchema = z.object({
  limit: wholeNumber({ min: 1, max: MAX_PAGE_SIZE, message: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` }).default(20),
  cursor: safeText().min(1, 'cursor is not one this API gave out.').max(300, 'cursor is not one this API gave out.').optional(),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/** A comma-separated list of allowed words, as an array (undefined when empty). */
export function commaList<T extends readonly [string, ...string[]]>(values: T, name: string) {
  return safeText()
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
  verdict: idSchema.optional(),
  /** A user id, `me`, or `none` for unassigned claims. */
  assignee: idSchema.optional(),
  minCheckworthiness: boundedNumber(0, 1, 'minCheckworthiness must be a number between 0 and 1.').optional(),
  hasSources: z.enum(['true', 'false'], 'hasSources must be true or false.').optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});
export type ClaimListQuery = z.output<typeof claimListQuerySchema>;

export const ARTICLE_SORTS = ['newest', 'oldest', 'title'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** The article list's sort and filters as query parameters (the home page and GET /api/v1/articles). */
export const articleListQuerySchema = pageQuerySchema.extend({
  // A title-sorted page's cursor carries the title (up to 300 characters): see lib/services/cursor.ts.
  cursor: safeText().min(1, 'cursor is not one this API gave out.').max(1700, 'cursor is not one this API gave out.').optional(),
  sort: z.enum(ARTICLE_SORTS, `sort must be one of ${ARTICLE_SORTS.join(', ')}.`).default('newest'),
  /** Articles with at least one claim in one of these statuses. */
  status: commaList(CLAIM_STATUS_VALUES, 'status'),
  /** Articles with at least one claim with this verdict id (`none`: a claim without a verdict). */
  verdict: idSchema.optional(),
  /** Articles with at least one claim assigned to this user id, `me`, or `none` (an unassigned claim). */
  assignee: idSchema.optional(),
  /** Articles added by this user id, or `me`. */
  addedBy: idSchema.optional(),
  /** Outlet contains this text (case-insensitive). */
  outlet: safeText().trim().max(200, 'outlet must be at most 200 characters.').optional().transform((v) => (v ? v : undefined)),
  /** Added on or after this day. */
  from: optionalDaySchema('from must be a real date like 2025-03-02.'),
  /** Added on or before this day. */
  to: optionalDaySchema('to must be a real date like 2025-03-02.'),
});
export type ArticleListQuery = z.output<typeof articleListQuerySchema>;
export type ArticleListInput = Partial<Record<keyof ArticleListQuery, unknown>>;
