import type { Metadata } from 'next';
import Link from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { getArticle } from '@/lib/services/articles';
import { articleDeletionSummary } from '@/lib/services/revision-view';
import { TopBar } from '@/components/ui/top-bar';
import { RevisionEditForm } from '@/components/articles/revision-edit-form';
import { ArticleDelete } from '@/components/articles/article-delete';

export const metadata: Metadata = { title: 'Edit article' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/edit`, 'article:edit');
  let article;
  try {
    article = await getArticle(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const deletion = can(actor, 'article:delete') ? await articleDeletionSummary(actor, id) : null;
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <p className="small">
          <Link href={`/articles/${id}`}>← Back to the article</Link> · <Link href={`/articles/${id}/revisions`}>Revisions ({article.revisionNumber})</Link>
        </p>
        <h1>Edit “{article.title}”</h1>
        <p className="muted small">
          A changed text is stored as revision {article.revisionNumber + 1}; revision {article.revisionNumber} is kept. Claims are found again in the new text:
          where their words changed they are flagged for you, where the words are gone they are kept apart with their verdicts and sources.
        </p>
        <RevisionEditForm
          article={{
            id: article.id,
            version: article.version,
            title: article.title,
            outlet: article.outlet,
            author: article.author,
            url: article.url,
            publishedAt: article.publishedAt,
            body: article.body,
            format: article.format,
          }}
        />
        {deletion && <ArticleDelete articleId={id} summary={deletion} />}
      </main>
    </>
  );
}
