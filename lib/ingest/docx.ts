import mammoth from 'mammoth';
import { AppError } from '@/lib/errors';
import { articleFromHtml } from './article-from-html';
import type { ExtractedArticle } from './index';

/**
 * A Word document (.docx) as an article: mammoth turns it into plain semantic HTML (headings,
 * paragraphs, lists, tables), which then takes the same path as a web page. Mammoth's default style
 * map keeps Word's "Title" and "Heading n" styles as headings, so the headline is found too.
 */
/** Word's Title is the headline; its headings sit below it. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
];

/** A document without a Title style whose first paragraph is short and unpunctuated: that line is the headline. */
function headlineFirst(html: string): string {
  if (/<h1[\s>]/i.test(html)) return html;
  const m = /^<p>([^<]{3,200})<\/p>/.exec(html);
  return m && !/[.!?:]\s*$/.test(m[1]) ? `<h1>${m[1]}</h1>${html.slice(m[0].length)}` : html;
}

export async function articleFromDocx(bytes: Uint8Array): Promise<ExtractedArticle> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch {
    throw new AppError('INVALID', 'This file could not be read as a Word document (.docx).', { fields: { file: ['Not a readable .docx file.'] } });
  }
  // mammoth gives a fragment: Readability scores an <article> holding it like any page body
  return articleFromHtml(`<!doctype html><html><head></head><body><article>${headlineFirst(html)}</article></body></html>`);
}
