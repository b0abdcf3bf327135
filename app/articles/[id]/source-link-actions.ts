'use server';
import { runAction, type ActionResult } from '@/lib/http/action';
import { sourceMetadataFromUrl } from '@/lib/services/article-import';
import type { SourceMetadata } from '@/lib/ingest';
import type { ArticleUrlInput } from '@/lib/validation/article';

/** The source form's paste of a link: the page's title, publisher and day, under the URL import's fetch rules. */
export async function sourceMetadataAction(input: ArticleUrlInput): Promise<ActionResult<SourceMetadata>> {
  return runAction((actor) => sourceMetadataFromUrl(actor, input), { input });
}
