import { z } from 'zod';
import { publicUrlProblem } from '@/lib/export/public-url';

/** Empty means "none"; anything else must be a usable address (or pattern) that is not Claimdesk's own. */
function publicUrlField(pattern: boolean) {
  return z
    .string()
    .trim()
    .max(500, 'Use at most 500 characters.')
    .superRefine((value, ctx) => {
      if (!value) return;
      const problem = publicUrlProblem(value, { pattern, appUrl: process.env.NEXTAUTH_URL });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((value) => value || null);
}

/** The organisation's pattern for public fact-check URLs (absent: left as it is). */
export const factCheckUrlPatternField = publicUrlField(true).optional();

export const claimPublicUrlSchema = z.object({
  articleId: z.string().min(1).max(100),
  claimId: z.string().min(1).max(100),
  version: z.number().int().min(1).max(2_147_483_647),
  publicUrl: publicUrlField(false).nullable().transform((value) => value ?? null),
});
export type ClaimPublicUrlInput = z.input<typeof claimPublicUrlSchema>;
