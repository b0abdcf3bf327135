import { z } from 'zod';
import { idSchema as id, safeText } from './common';

export const verdictFieldsSchema = z.object({
  label: safeText('Give the verdict a label.').trim().min(1, 'Give the verdict a label.').max(60, 'At most 60 characters.'),
  colour: safeText('Use a colour like #1a7f37.')
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1a7f37.')
    .transform((v) => v.toLowerCase()),
  ratingValue: z
    .union([z.number(), safeText()], 'A whole number from 1 to 100, or empty.')
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100) {
        ctx.addIssue({ code: 'custom', message: 'A whole number from 1 to 100, or empty.' });
        return z.NEVER;
      }
      return n;
    }),
  description: safeText()
    .trim()
    .max(500, 'At most 500 characters.')
    .optional()
    .transform((v) => v || null),
});

export const verdictCreateSchema = verdictFieldsSchema;
export const verdictUpdateSchema = verdictFieldsSchema.extend({ verdictId: id });
export const verdictRemoveSchema = z.object({ verdictId: id });
export const verdictReorderSchema = z.object({ order: z.array(id).min(1).max(100) });

export type VerdictCreateInput = z.input<typeof verdictCreateSchema>;
export type VerdictUpdateInput = z.input<typeof verdictUpdateSchema>;
export type VerdictReorderInput = z.input<typeof verdictReorderSchema>;
