import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter your email address.').max(200),
  password: z.string().min(1, 'Enter your password.').max(500),
});

export const userCreateSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(200),
  name: z.string().trim().min(1, 'Enter a name.').max(120),
  role: z.enum(ROLES),
  password: z.string().min(10, 'Use at least 10 characters.').max(200),
});
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
});
export type UserUpdateInput = z.input<typeof userUpdateSchema>;
