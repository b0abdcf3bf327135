'use server';
import { redirect } from 'next/navigation';
import { formText, runAction, type ActionResult } from '@/lib/http/action';
import { createArticle } from '@/lib/services/articles';
import { AppError } from '@/lib/errors';
import { MAX_ARTICLE_BYTES } from '@/lib/validation/article';

export type NewArticleState = (ActionResult<{ id: string }> & { values?: Record<string, string> }) | null;

async function readBody(form: FormData): Promise<{ body: string; format: 'text' | 'markdown' }> {
  const file = form.get('file');
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_ARTICLE_BYTES) throw new AppError('TOO_LARGE', 'The file is larger than 1 MB.', { fields: { file: ['Larger than 1 MB.'] } });
    if (!/\.(txt|md|markdown)$/i.test(file.name)) {
      throw new AppError('INVALID', 'Upload a .txt or .md file.', { fields: { file: ['Only .txt or .md files.'] } });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new AppError('INVALID', 'This file is not UTF-8 text (is it binary?).', { fields: { file: ['Not a text file.'] } });
    }
    if (text.includes('\u0000')) throw new AppError('INVALID', 'This file looks binary, not text.', { fields: { file: ['Not a text file.'] } });
    return { body: text, format: /\.(md|markdown)$/i.test(file.name) ? 'markdown' : 'text' };
  }
  const body = formText(form, 'body');
  return { body, format: formText(form, 'format') === 'markdown' || /(^|\n)(#{1,6} |\*\*)/.test(body) ? 'markdown' : 'text' };
}

export async function createArticleAction(_prev: NewArticleState, form: FormData): Promise<NewArticleState> {
  const values: Record<string, string> = {};
  for (const key of ['title', 'outlet', 'url', 'author', 'publishedAt', 'body']) values[key] = formText(form, key);
  const result = await runAction(async (actor) => {
    const { body, format } = await readBody(form);
    return createArticle(actor, {
      title: values.title,
      outlet: values.outlet,
      url: values.url,
      author: values.author,
      publishedAt: values.publishedAt,
      body,
      format,
    });
  }, { form });
  if (result.ok) redirect(`/articles/${result.data.id}`);
  return { ...result, values };
}
