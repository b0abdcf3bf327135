import { z } from 'zod';
import { idSchema, optionalDaySchema, safeText, wholeNumber } from './common';
import { commaList } from './api-query';
import { CLAIM_STATUS_VALUES } from './claim';

export const SEARCH_KINDS = ['article', 'claim', 'source', 'comment', 'factcheck'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_PAGE = 50;
/** How deep paging goes (offset of the last result): ranked lists are read from the top. */
export const MAX_SEARCH_OFFSET = 1000;

const optionalText = (name: string, max: number) =>
  safeText()
    .trim()
    .max(max, `${name} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** `GET /api/v1/search` and the /search page: what to look for, the filters and the page. */
export const searchQuerySchema = z
  .object({
    q: safeText('Type something to search for.')
      .trim()
      .min(1, 'Type something to search for.')
      .max(MAX_SEARCH_LENGTH, `The search may be at most ${MAX_SEARCH_LENGTH} characters.`),
    kind: commaList(SEARCH_KINDS, 'kind'),
    /** A verdict id, or `none` for claims without a verdict. */
    verdict: idSchema.optional(),
    status: commaList(CLAIM_STATUS_VALUES, 'status'),
    /** Results dated on or after this day (an article's publication or added date; a comment's; a fact-check's). */
    from: optionalDaySchema('from must be a real date like 2025-03-02.'),
    /** Results dated on or before this day. */
    to: optionalDaySchema('to must be a real date like 2025-03-02.'),
    speaker: optionalText('speaker', 200),
    outlet: optionalText('outlet', 200),
    /** The user who set the claim's verdict (its reviewer). */
    reviewer: idSchema.optional(),
    limit: wholeNumber({ min: 1, max: MAX_SEARCH_PAGE, message: `limit must be a whole number from 1 to ${MAX_SEARCH_PAGE}.` }).default(20),
    cursor: safeText().min(1, 'cursor is not one this API gave out.').max(300, 'cursor is not one this API gave out.').optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'from must be on or before to.', path: ['to'] });
export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchInput = Partial<Record<keyof SearchQuery, unknown>>;
