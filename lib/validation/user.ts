import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';
import { idSchema, safeText } from './common';

/** At least 10 characters, not counting spaces at either end (ten spaces are not a password). */
export const passwordSchema = safeText('Choose a password.')
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.')
  .refine((v) => v.length < 10 || v.trim().length >= 10, 'Use at least 10 characters, not counting spaces at the start or end.');

export const signInSchema = z.object({
  email: safeText('Enter your email address.').trim().toLowerCase().email('Enter your email address.').max(200),
  password: safeText('Enter your password.').min(1, 'Enter your password.').max(500),
});

export const userCreateSchema = z.object({
  email: safeText('Enter a valid email address.').trim().toLowerCase().email('Enter a valid email address.').max(200),
  name: safeText('Enter a name.').trim().min(1, 'Enter a name.').max(120),
  role: z.enum(ROLES, 'Choose a role.'),
  password: passwordSchema,
});
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  userId: idSchema,
  role: z.enum(ROLES, 'Choose a role.').optional(),
  active: z.boolean().optional(),
});
export type UserUpdateInput = z.input<typeof userUpdateSchema>;

/** An admin sets a new password for someone else; the same rules as a new account's first password. */
export const userPasswordResetSchema = z.object({
  userId: idSchema,
  password: passwordSchema,
});
export type UserPasswordResetInput = z.input<typeof userPasswordResetSchema>;
