import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getArticle } from '@/lib/services/articles';
import { refreshStaleMatches } from '@/lib/services/claim-matches';
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
  // ClaimReviews imported (or claims approved) since the article's claims were compared are matched now.
  await loadOr404(() => refreshStaleMatches(actor, id));
  const [article, verdicts, reviewPolicy] = await loadOr404(() => Promise.all([getArticle(actor, id), listVerdicts(actor), getReviewPolicy(actor)]));
  return (
    <>
      <TopBar actor={actor} />
      <main className="page wide">
        <Workbench
          article={article}
          verdicts={verdicts.map(toVerdictDto)}
          me={{ id: actor.id, name: actor.name, canApprove: can(actor, 'claim:approve'), canExport: can(actor, 'export:read') }}
          initialClaimId={typeof claim === 'string' ? claim : undefined}
          initialFilters={initialFilters}
          reviewPolicy={reviewPolicy}
        />
      </main>
    </>
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
