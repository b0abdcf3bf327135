import { z } from 'zod';

/** 1 MB of text: larger articles are refused before anything is stored. */
export const MAX_ARTICLE_BYTES = 1_000_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isHttpUrl(v), 'Enter a full http(s):// address.');

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'Use a date like 2025-03-02.');

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export const articleInputSchema = z.object({
  title: z.string().trim().min(1, 'Give the article a title.').max(300, 'At most 300 characters.'),
  outlet: optionalText(200),
  url: optionalUrl,
  author: optionalText(200),
  publishedAt: optionalDate,
  body: z
    .string()
    .refine((v) => v.trim().length > 0, 'Paste the article text or upload a .txt or .md file.')
    .refine((v) => Buffer.byteLength(v, 'utf8') <= MAX_ARTICLE_BYTES, 'The article is larger than 1 MB.')
    .refine((v) => !v.includes('\u0000'), 'This looks like a binary file, not text.'),
  format: z.enum(['text', 'markdown']).default('text'),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleData = z.output<typeof articleInputSchema>;
