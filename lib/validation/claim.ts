import { z } from 'zod';
import { isHttpUrl } from './article';

export const CLAIM_TYPE_VALUES = ['quantity', 'prediction', 'causation', 'law', 'personal', 'quote', 'other', 'not_claim'] as const;
export const CLAIM_STATUS_VALUES = ['open', 'in_progress', 'needs_review', 'approved', 'dismissed'] as const;

const id = z.string().min(1).max(64);

export const SOURCE_KIND_VALUES = ['primary_document', 'official_statement', 'expert', 'news_report', 'data_set', 'other'] as const;
export type SourceKind = (typeof SOURCE_KIND_VALUES)[number];

export const claimUpdateSchema = z.object({
  articleId: id,
  claimId: id,
  version: z.coerce.number().int().positive(),
  claimText: z.string().trim().min(1, 'The claim text cannot be empty.').max(2000, 'At most 2,000 characters.').optional(),
  claimType: z.enum(CLAIM_TYPE_VALUES).optional(),
  speaker: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  verdictId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  rationale: z
    .string()
    .max(20_000, 'At most 20,000 characters.')
    .optional()
    .transform((v) => (v === undefined ? undefined : v.trim() || null)),
  /** A step of the workflow (lib/review/four-eyes.ts); `approved` is the second review and changes nothing else. */
  status: z.enum(CLAIM_STATUS_VALUES).optional(),
});
export type ClaimUpdateInput = z.input<typeof claimUpdateSchema>;

export const claimCreateSchema = z
  .object({
    articleId: id,
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
  })
  .refine((v) => v.end > v.start, { message: 'Select some text first.', path: ['end'] });
export type ClaimCreateInput = z.input<typeof claimCreateSchema>;

export const claimRefSchema = z.object({ articleId: id, claimId: id, version: z.coerce.number().int().positive() });
export type ClaimRef = z.input<typeof claimRefSchema>;

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'Use a date like 2025-03-02.');

export const sourceFieldsSchema = z.object({
  url: z.string().trim().min(1, 'Enter the source URL.').max(2000).refine(isHttpUrl, 'Enter a full http(s):// address.'),
  title: z.string().trim().min(1, 'Give the source a title.').max(500, 'At most 500 characters.'),
  publisher: z.string().trim().max(200).optional().transform((v) => v || null),
  publishedAt: optionalDate,
  accessedAt: optionalDate,
  excerpt: z.string().trim().max(5000, 'At most 5,000 characters.').optional().transform((v) => v || null),
  stance: z.enum(['supports', 'refutes', 'context']).default('context'),
  kind: z.enum(SOURCE_KIND_VALUES, 'Choose a kind of source.').default('other'),
  archiveUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || isHttpUrl(v), 'Enter a full http(s):// address of the archived copy.'),
  confidential: z.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')]).optional().transform((v) => v === true || v === 'on' || v === 'true'),
});

export const sourceCreateSchema = sourceFieldsSchema.extend({ articleId: id, claimId: id });
export const sourceUpdateSchema = sourceFieldsSchema.extend({ articleId: id, claimId: id, sourceId: id });
export const sourceRemoveSchema = z.object({ articleId: id, claimId: id, sourceId: id });
export type SourceCreateInput = z.input<typeof sourceCreateSchema>;
export type SourceUpdateInput = z.input<typeof sourceUpdateSchema>;

export const sourceReorderSchema = z.object({
  articleId: id,
  claimId: id,
  /** Every source id of the claim, in the new order. */
  order: z.array(id).min(1).max(500),
});
export type SourceReorderInput = z.input<typeof sourceReorderSchema>;
