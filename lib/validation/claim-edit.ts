import { z } from 'zod';
import { idSchema as id, versionSchema as version, wholeNumber } from './common';

/** Split one claim in two at `at`, an offset into the article body inside the claim's quote. */
export const claimSplitSchema = z.object({
  articleId: id,
  claimId: id,
  version,
  at: wholeNumber({ min: 1, message: 'Choose where to split.' }),
});
export type ClaimSplitInput = z.input<typeof claimSplitSchema>;

/** Merge `otherId` into `claimId`; the result spans both quotes. */
export const claimMergeSchema = z
  .object({
    articleId: id,
    claimId: id,
    version,
    otherId: id,
    otherVersion: version,
  })
  .refine((v) => v.claimId !== v.otherId, { message: 'Choose another claim to merge with.', path: ['otherId'] });
export type ClaimMergeInput = z.input<typeof claimMergeSchema>;
