import { z } from 'zod';
import { factCheckUrlPatternField } from './public-url';
import { boundedNumber, safeText } from './common';

export const organisationSchema = z.object({
  orgName: safeText('Enter the organisation’s name.').trim().min(1, 'Enter the organisation’s name.').max(200, 'Use at most 200 characters.'),
  orgUrl: safeText('Enter a full http(s):// address.')
    .trim()
    .max(500, 'Use at most 500 characters.')
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
      } catch {
        return false;
      }
    }, 'Enter a full http(s):// address.'),
  factCheckUrlPattern: factCheckUrlPatternField,
});
export type OrganisationInput = z.input<typeof organisationSchema>;

/** Sources a verdict needs before approval, unless an admin sets another number. */
export const DEFAULT_MIN_SOURCES = 1;
export const MAX_MIN_SOURCES = 20;

/** The second-review policy an admin sets for the workspace. */
export const reviewPolicySchema = z.object({
  // A form sends text, the API a number; an empty or null value is an error, never 0.
  minSourcesForApproval: z
    .union([z.number(), z.string().trim().regex(/^-?\d+$/).transform(Number)], { error: 'Enter a whole number of sources.' })
    .pipe(
      z
        .number()
        .int('Enter a whole number of sources.')
        .min(0, 'Enter 0 or more sources.')
        .max(MAX_MIN_SOURCES, `At most ${MAX_MIN_SOURCES} sources.`),
    ),
});
export type ReviewPolicyInput = z.input<typeof reviewPolicySchema>;

/** The check-worthiness score from which imports create claims: a number 0–1; empty or null is refused, never saved as 0. */
export const thresholdSchema = z.object({ threshold: boundedNumber(0, 1, 'Enter a number between 0 and 1.') });
