'use server';
import { redirect } from 'next/navigation';
import { formText, runAction, type ActionResult } from '@/lib/http/action';
import { createArticle } from '@/lib/services/articles';
import { previewArticleFromUrl, type ArticlePreview } from '@/lib/services/article-import';
import { readArticleText } from '@/lib/ingest/article-input';
import type { ArticleUrlInput } from '@/lib/validation/article';

export type NewArticleState = (ActionResult<{ id: string }> & { values?: Record<string, string> }) | null;

const FIELDS = ['title', 'outlet', 'url', 'author', 'publishedAt', 'modifiedAt', 'language', 'body', 'format'] as const;
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

export async function createArticleAction(_prev: NewArticleState, form: FormData): Promise<NewArticleState> {
  const values: Record<string, string> = {};
  for (const key of FIELDS) values[key] = formText(form, key);
  const result = await runAction(async (actor) => {
    const file = form.get('file');
    const { body, format, found } = await readArticleText({ pasted: values.body, file: file instanceof File ? file : null, formatHint: formText(form, 'format') });
    // the headline (and what an HTML page or document says about itself) fills the fields left empty
    const or = (typed: string, fallback: string | null | undefined) => typed.trim() || fallback || '';
    return createArticle(actor, {
      title: or(values.title, found.title),
      outlet: or(values.outlet, found.outlet),
      url: or(values.url, found.url),
      author: or(values.author, found.author),
      publishedAt: or(values.publishedAt, day(found.publishedAt)),
      modifiedAt: or(values.modifiedAt, day(found.modifiedAt)),
      language: or(values.language, found.language),
      body,
      format,
    });
  }, { form });
  if (result.ok) redirect(`/articles/${result.data.id}`);
  return { ...result, values };
}

/** Fetches the page behind a link for the form to show and correct; stores nothing. */
export async function previewArticleAction(input: ArticleUrlInput): Promise<ActionResult<ArticlePreview>> {
  return runAction((actor) => previewArticleFromUrl(actor, input), { input });
}
