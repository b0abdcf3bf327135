import { z } from 'zod';
import { idSchema, versionSchema } from './common';

/** One claim of one article (listing its "checked before" suggestions). */
export const claimMatchListSchema = z.object({ articleId: idSchema, claimId: idSchema });
export type ClaimMatchListInput = z.input<typeof claimMatchListSchema>;

/** Link the claim to an earlier check and reuse its verdict, rationale and sources (a claim edit: version checked). */
export const claimMatchLinkSchema = z.object({ articleId: idSchema, claimId: idSchema, matchId: idSchema, version: versionSchema });
export type ClaimMatchLinkInput = z.input<typeof claimMatchLinkSchema>;

/** Dismiss a suggestion: remembered, never shown again for this claim. Not a change of the claim itself. */
export const claimMatchDismissSchema = z.object({ articleId: idSchema, claimId: idSchema, matchId: idSchema });
export type ClaimMatchDismissInput = z.input<typeof claimMatchDismissSchema>;

/** Match some (or all) claims of an article against earlier checks. */
export const claimMatchRunSchema = z.object({ articleId: idSchema, claimIds: z.array(idSchema).max(10_000).optional() });
export type ClaimMatchRunInput = z.input<typeof claimMatchRunSchema>;
