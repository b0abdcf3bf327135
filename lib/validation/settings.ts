import { z } from 'zod';
import { factCheckUrlPatternField } from './public-url';

export const organisationSchema = z.object({
  orgName: z.string().trim().min(1, 'Enter the organisation’s name.').max(200, 'Use at most 200 characters.'),
  orgUrl: z
    .string()
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
