import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { TopBar } from '@/components/ui/top-bar';
import { ArticleForm } from '@/components/articles/article-form';

export const metadata: Metadata = { title: 'Add article' };

export default async function NewArticlePage() {
  const actor = await requirePageActor('/articles/new', 'article:create');
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Add an article</h1>
        <ArticleForm />
      </main>
    </>
  );
}
