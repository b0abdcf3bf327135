import { z } from 'zod';
import { idSchema as id, safeText, versionSchema as version } from './common';

/** Longest comment, send-back note or correction note a person may write (plain text). */
export const COMMENT_MAX = 4000;

const text = (required: string) =>
  safeText(required)
    .trim()
    .min(1, required)
    .max(COMMENT_MAX, `At most ${COMMENT_MAX.toLocaleString('en')} characters.`)
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), 'Remove the control characters.');

export const commentCreateSchema = z.object({
  articleId: id,
  claimId: id,
  parentId: id.optional().or(z.literal('').transform(() => undefined)),
  body: text('Write a comment first.'),
});
export type CommentCreateInput = z.input<typeof commentCreateSchema>;

export const sendBackSchema = z.object({ articleId: id, claimId: id, version, comment: text('Say what the reviewer should change.') });
export type SendBackInput = z.input<typeof sendBackSchema>;

export const correctionSchema = z.object({ articleId: id, claimId: id, version, note: text('Say what is being corrected and why.') });
export type CorrectionInput = z.input<typeof correctionSchema>;

export const startReviewSchema = z.object({ articleId: id, claimId: id, version });
export type StartReviewInput = z.input<typeof startReviewSchema>;

export const assignClaimSchema = z.object({
  articleId: id,
  claimId: id,
  /** Empty string or null removes the assignment. */
  assigneeId: id.nullable().or(z.literal('').transform(() => null)),
});
export type AssignClaimInput = z.input<typeof assignClaimSchema>;

export const assignArticleSchema = z.object({ articleId: id, assigneeId: id });
export type AssignArticleInput = z.input<typeof assignArticleSchema>;

export const mentionsReadSchema = z.object({ mentionIds: z.array(id).min(1).max(500) });
export type MentionsReadInput = z.input<typeof mentionsReadSchema>;

export const claimIdsSchema = z.object({ articleId: id, claimIds: z.array(id).min(1).max(500) });
export type ClaimIdsInput = z.input<typeof claimIdsSchema>;
