import { z } from 'zod';
import { articleInputSchema } from './article';
import { idSchema, versionSchema, wholeNumber } from './common';

/** An edit of an article: its metadata and text as a whole, with the article version it started from. */
export const articleEditSchema = articleInputSchema.extend({
  articleId: idSchema,
  version: versionSchema,
  /** `edit`: the text was edited in place; `paste`: a new text was pasted over it. */
  source: z.enum(['edit', 'paste']).default('edit'),
});
export type ArticleEditInput = z.input<typeof articleEditSchema>;

export const articleRefetchSchema = z.object({ articleId: idSchema, version: versionSchema });
export type ArticleRefetchInput = z.input<typeof articleRefetchSchema>;

/**
 * A person's answer to a flagged or orphaned claim: accept the proposed anchor (no offsets) or
 * re-pick it as [start, end) of the article's current text.
 */
export const anchorResolveSchema = z
  .object({
    articleId: idSchema,
    claimId: idSchema,
    version: versionSchema,
    start: wholeNumber({ min: 0 }).optional(),
    end: wholeNumber({ min: 0 }).optional(),
  })
  .refine((v) => (v.start === undefined) === (v.end === undefined), { message: 'Give both the start and the end of the new quote.', path: ['end'] })
  .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, { message: 'Select some text of the article.', path: ['end'] });
export type AnchorResolveInput = z.input<typeof anchorResolveSchema>;

export const revisionRefSchema = z.object({ articleId: idSchema, number: wholeNumber({ min: 1, message: 'No such revision.' }) });

export const articleRefSchema = z.object({ articleId: idSchema });
export type ArticleRefInput = z.input<typeof articleRefSchema>;
