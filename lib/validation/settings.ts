import { z } from 'zod';
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
});
export type OrganisationInput = z.input<typeof organisationSchema>;

/** The check-worthiness score from which imports create claims: a number 0–1; empty or null is refused, never saved as 0. */
export const thresholdSchema = z.object({ threshold: boundedNumber(0, 1, 'Enter a number between 0 and 1.') });
