import { z } from 'zod';
import { CLAIM_STATUS_VALUES, CLAIM_TYPE_VALUES } from './claim';
import { daySchema, idSchema, safeText } from './common';

export const EXPORT_FORMAT_VALUES = ['claimreview', 'csv', 'json', 'markdown', 'html'] as const;

const day = daySchema('Use a real date like 2026-01-31 (years 1000 to 9999).');

/** A comma-separated list (query strings, form fields) or an array. */
function list<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value ?? []),
    z.array(item).max(max, `At most ${max} values.`),
  );
}

const flag = z.preprocess((v) => v === true || v === '1' || v === 'true' || v === 'on', z.boolean());

/**
 * What to export. `status` is `approved` (the default: only verdicts that passed the second review),
 * `reviewed` (approved and awaiting second review), `all`, or a list of claim statuses.
 */
export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMAT_VALUES, 'Choose claimreview, csv, json, markdown or html.'),
    articleId: idSchema.optional(),
    status: z
      .union([z.enum(['approved', 'reviewed', 'all']), list(z.enum(CLAIM_STATUS_VALUES, 'Unknown claim status.'), 5)])
      .default('approved'),
    verdicts: list(safeText().min(1).max(100), 50),
    claimTypes: list(z.enum(CLAIM_TYPE_VALUES, 'Unknown claim type.'), 10),
    claimIds: list(idSchema, 1000),
    from: day.optional(),
    to: day.optional(),
    includeConfidential: flag.default(false),
    bom: flag.default(false),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'The end date is before the start date.' })
  .refine((q) => !q.includeConfidential || q.format === 'json', {
    path: ['includeConfidential'],
    message: 'Confidential sources only leave in the JSON backup format.',
  });
/** The unparsed input: lists may be arrays or comma-separated text, flags booleans or "1". */
export type ExportQueryInput = {
  format: string;
  articleId?: string;
  status?: string | string[];
  verdicts?: string | string[];
  claimTypes?: string | string[];
  claimIds?: string | string[];
  from?: string;
  to?: string;
  includeConfidential?: boolean | string;
  bom?: boolean | string;
};
export type ExportQuery = z.output<typeof exportQuerySchema>;

/** Reads the query of GET …/export(s): `status` (or the older `scope`), `verdict`, `type`, `ids`, `from`, `to`. */
export function exportQueryFromParams(params: URLSearchParams, articleId?: string): ExportQueryInput {
  const get = (key: string) => params.get(key) ?? undefined;
  return {
    format: get('format') ?? 'claimreview',
    articleId: articleId ?? get('article'),
    status: get('status') ?? get('scope'),
    verdicts: get('verdict'),
    claimTypes: get('type'),
    claimIds: get('ids'),
    from: get('from'),
    to: get('to'),
    includeConfidential: get('includeConfidential'),
    bom: get('bom'),
  };
}
