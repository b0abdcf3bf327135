import { z } from 'zod';
import { isHttpUrl } from './article';
import { ID_PATTERN, idSchema, optionalDaySchema, safeText, versionSchema, wholeNumber } from './common';

export const CLAIM_TYPE_VALUES = ['quantity', 'prediction', 'causation', 'law', 'personal', 'quote', 'other', 'not_claim'] as const;
export const CLAIM_STATUS_VALUES = ['open', 'in_progress', 'needs_review', 'approved', 'dismissed'] as const;

const id = idSchema;

export const SOURCE_KIND_VALUES = ['primary_document', 'official_statement', 'expert', 'news_report', 'data_set', 'other'] as const;
export type SourceKind = (typeof SOURCE_KIND_VALUES)[number];

export const claimUpdateSchema = z.object({
  articleId: id,
  claimId: id,
  version: versionSchema,
  claimText: safeText().trim().min(1, 'The claim text cannot be empty.').max(2000, 'At most 2,000 characters.').optional(),
  claimType: z.enum(CLAIM_TYPE_VALUES).optional(),
  speaker: safeText()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  verdictId: safeText()
    .refine((v) => v === '' || ID_PATTERN.test(v), 'Unknown verdict.')
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  rationale: safeText()
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
    start: wholeNumber({ min: 0, message: 'Select some text first.' }),
    end: wholeNumber({ min: 1, message: 'Select some text first.' }),
  })
  .refine((v) => v.end > v.start, { message: 'Select some text first.', path: ['end'] });
export type ClaimCreateInput = z.input<typeof claimCreateSchema>;

export const claimRefSchema = z.object({ articleId: id, claimId: id, version: versionSchema });
export type ClaimRef = z.input<typeof claimRefSchema>;

const optionalDate = optionalDaySchema('Use a real date like 2025-03-02 (years 1000 to 9999).');

export const sourceFieldsSchema = z.object({
  url: safeText().trim().min(1, 'Enter the source URL.').max(2000).refine(isHttpUrl, 'Enter a full http(s):// address.'),
  title: safeText().trim().min(1, 'Give the source a title.').max(500, 'At most 500 characters.'),
  publisher: safeText().trim().max(200).optional().transform((v) => v || null),
  publishedAt: optionalDate,
  accessedAt: optionalDate,
  excerpt: safeText().trim().max(5000, 'At most 5,000 characters.').optional().transform((v) => v || null),
  stance: z.enum(['supports', 'refutes', 'context']).default('context'),
  kind: z.enum(SOURCE_KIND_VALUES, 'Choose a kind of source.').default('other'),
  archiveUrl: safeText()
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
