import { AppError } from '@/lib/errors';
import { MAX_ARTICLE_BYTES } from '@/lib/validation/article';
import { articleFromHtml } from './article-from-html';
import { articleFromDocx } from './docx';
import { headlineOf, looksLikeHtml } from './headline';
import { BOTH_INPUTS_MESSAGE } from './article-messages';
import type { ExtractedArticle } from './index';

/**
 * The new-article form's text, from one of its two inputs: a pasted text (plain, Markdown or HTML)
 * or an uploaded file (.txt, .md, .html, .docx). Both at once is refused, never silently resolved:
 * the person is told to keep one. HTML and Word documents take the web page's path
 * (lib/ingest/article-from-html.ts), and their metadata fill the fields left empty.
 */

export const UPLOAD_EXTENSIONS = /\.(txt|md|markdown|html?|docx)$/i;

export type ArticleText = {
  body: string;
  format: 'text' | 'markdown';
  /** What the HTML or document said about itself, for the fields left empty. */
  found: { title?: string | null; author?: string | null; outlet?: string | null; publishedAt?: Date | null; modifiedAt?: Date | null; language?: string | null; url?: string | null };
};

function fileError(message: string, field: string): AppError {
  return new AppError('INVALID', message, { fields: { file: [field] } });
}

function fromExtracted(a: ExtractedArticle): ArticleText {
  return {
    body: a.body,
    format: a.format,
    found: { title: a.title, author: a.author, outlet: a.outlet, publishedAt: a.publishedAt, modifiedAt: a.modifiedAt, language: a.language, url: a.url || null },
  };
}

/** Any HTML read from a file or a paste that holds no article is the person's input at fault: 422, not 502. */
function htmlArticle(html: string, field: 'file' | 'body'): ArticleText {
  try {
    return fromExtracted(articleFromHtml(html));
  } catch (error) {
    if (error instanceof AppError && error.code === 'FETCH_FAILED') {
      throw new AppError('INVALID', 'No article text was found in this HTML.', { fields: { [field]: ['No article text found in the HTML.'] } });
    }
    throw error;
  }
}

async function fromFile(file: File): Promise<ArticleText> {
  if (file.size > MAX_ARTICLE_BYTES) throw new AppError('TOO_LARGE', 'The file is larger than 1 MB.', { fields: { file: ['Larger than 1 MB.'] } });
  if (!UPLOAD_EXTENSIONS.test(file.name)) throw fileError('Upload a .txt, .md, .html or .docx file.', 'Only .txt, .md, .html or .docx files.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    try {
      return fromExtracted(await articleFromDocx(bytes));
    } catch (error) {
      if (error instanceof AppError && error.code === 'FETCH_FAILED') throw fileError('No article text was found in this document.', 'No text found in the document.');
      throw error;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError('This file is not UTF-8 text (is it binary?).', 'Not a text file.');
  }
  if (text.includes('\u0000')) throw fileError('This file looks binary, not text.', 'Not a text file.');
  if (/\.html?$/i.test(file.name)) return htmlArticle(text, 'file');
  const format = /\.(md|markdown)$/i.test(file.name) ? 'markdown' : 'text';
  return { body: text, format, found: { title: headlineOf(text) } };
}

/**
 * Reads the article's text from the form's paste or file. `formatHint` is the form's choice for a
 * paste ("markdown" or "text"); Markdown is also recognised by its headings and bold lines.
 */
export async function readArticleText(input: { pasted: string; file: File | null; formatHint?: string }): Promise<ArticleText> {
  const file = input.file && input.file.size > 0 ? input.file : null;
  if (file && input.pasted.trim()) throw new AppError('INVALID', BOTH_INPUTS_MESSAGE, { fields: { file: [BOTH_INPUTS_MESSAGE] } });
  if (file) return fromFile(file);
  const body = input.pasted;
  if (looksLikeHtml(body)) return htmlArticle(body, 'body');
  const format = input.formatHint === 'markdown' || /(^|\n)(#{1,6} |\*\*)/.test(body) ? 'markdown' : 'text';
  return { body, format, found: { title: headlineOf(body) } };
}
