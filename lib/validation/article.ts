import { z } from 'zod';
import { optionalDaySchema, safeText } from './common';

/** 1 MB of text: larger articles are refused before anything is stored. */
export const MAX_ARTICLE_BYTES = 1_000_000;

const optionalText = (max: number) =>
  safeText()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

const optionalUrl = safeText()
  .trim()
  .max(2000)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isHttpUrl(v), 'Enter a full http(s):// address.');

const optionalDate = optionalDaySchema('Use a real date like 2025-03-02 (years 1000 to 9999).');

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export const articleInputSchema = z.object({
  title: safeText('Give the article a title.').trim().min(1, 'Give the article a title.').max(300, 'At most 300 characters.'),
  outlet: optionalText(200),
  url: optionalUrl,
  author: optionalText(200),
  publishedAt: optionalDate,
  /** When the outlet last changed it (from its page on import). */
  modifiedAt: optionalDate,
  /** A language tag such as en, en-GB or pt-BR. */
  language: safeText()
    .trim()
    .max(35)
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(v), 'Use a language tag such as en, en-GB or fr.'),
  body: z
    .string('Paste the article text or upload a .txt or .md file.')
    .refine((v) => !v.includes('\u0000'), { message: 'This looks like a binary file, not text.', abort: true })
    .refine((v) => Buffer.byteLength(v, 'utf8') <= MAX_ARTICLE_BYTES, { message: 'The article is larger than 1 MB.', abort: true })
    .pipe(safeText().refine((v) => v.trim().length > 0, 'Paste the article text or upload a .txt or .md file.')),
  format: z.enum(['text', 'markdown']).default('text'),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleData = z.output<typeof articleInputSchema>;

/** `{ "url": … }`: add an article from its link (the page is fetched); the other fields override what the page says. */
export const articleUrlSchema = z.object({
  url: safeText('Enter the link of the article.')
    .trim()
    .min(1, 'Enter the link of the article.')
    .max(2000, 'At most 2,000 characters.')
    .refine(isHttpUrl, 'Enter a full http:// or https:// link.'),
});
export type ArticleUrlInput = z.input<typeof articleUrlSchema>;
