import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { Actor } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { assertArticleExists, getArticle } from '@/lib/services/articles';
import { getReviewPolicy, listVerdicts } from '@/lib/services/settings';
import { AppError } from '@/lib/errors';
import { notFound } from 'next/navigation';
import { TopBar } from '@/components/ui/top-bar';
import { Workbench } from '@/components/claims/workbench';
import { toVerdictDto } from '@/lib/services/dto';
import { parseFilters } from '@/lib/review/claim-filters';

export const metadata: Metadata = { title: 'Article' };

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const initialFilters = parseFilters(query);
  const claim = query.claim;
  const actor = await requirePageActor(`/articles/${id}`, 'article:read');
  // A missing article still answers 404: checked before the page starts streaming.
  await loadOr404(() => assertArticleExists(actor, id));
  // The top bar and a placeholder go out at once; the article and its claims stream in behind them,
  // so the first byte does not wait for a long article's claims.
  return (
    <>
      <TopBar actor={actor} />
      <main className="page wide">
        <Suspense fallback={<p className="muted" data-testid="workbench-loading">Loading the article…</p>}>
          <ArticleWorkbench actor={actor} id={id} initialClaimId={typeof claim === 'string' ? claim : undefined} initialFilters={initialFilters} />
        </Suspense>
      </main>
    </>
  );
}

async function ArticleWorkbench({ actor, id, initialClaimId, initialFilters }: { actor: Actor; id: string; initialClaimId?: string; initialFilters: ReturnType<typeof parseFilters> }) {
  const [article, verdicts, reviewPolicy] = await loadOr404(() => Promise.all([getArticle(actor, id), listVerdicts(actor), getReviewPolicy(actor)]));
  // The page never reads a claim's prefix and suffix (they re-anchor quotes on the server): not sent,
  // a fifth less to serialise and parse with 1,000 claims.
  const claims = article.claims.map((c) => ({ ...c, prefix: '', suffix: '' }));
  return (
    <Workbench
      article={{ ...article, claims }}
      verdicts={verdicts.map(toVerdictDto)}
      me={{ id: actor.id, name: actor.name, canApprove: can(actor, 'claim:approve'), canExport: can(actor, 'export:read') }}
      initialClaimId={initialClaimId}
      initialFilters={initialFilters}
      reviewPolicy={reviewPolicy}
    />
  );
}

async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
