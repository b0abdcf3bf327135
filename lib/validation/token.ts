import { z } from 'zod';
import { idSchema, isCalendarDay, isStorableTime, safeText } from './common';

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * A new API token. `expiresAt` is a day (YYYY-MM-DD, the token works until the end of that day, UTC)
 * or an exact ISO 8601 time; either must lie in the future.
 */
export const tokenCreateSchema = z.object({
  name: safeText('Give the token a name, e.g. the system that will use it.').trim().min(1, 'Give the token a name, e.g. the system that will use it.').max(100, 'At most 100 characters.'),
  scope: z.enum(TOKEN_SCOPES, 'Choose read, or write (read and write).'),
  expiresAt: safeText()
    .trim()
    .max(40)
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (!v) return null;
      const at = isCalendarDay(v) ? new Date(`${v}T23:59:59.999Z`) : isStorableTime(v) ? new Date(v) : new Date(NaN);
      if (Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'Use a date like 2027-01-31.' });
        return z.NEVER;
      }
      if (at.getTime() <= Date.now()) {
        ctx.addIssue({ code: 'custom', message: 'Choose a date in the future, or leave it empty for no expiry.' });
        return z.NEVER;
      }
      return at;
    }),
});
export type TokenCreateInput = z.input<typeof tokenCreateSchema>;

export const tokenRefSchema = z.object({ tokenId: idSchema });
