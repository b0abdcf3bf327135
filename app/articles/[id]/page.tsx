import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { Actor } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { assertArticleExists, getArticleOutline } from '@/lib/services/articles';
import { getClaim } from '@/lib/services/claims';
import { applyFilters } from '@/lib/review/claim-filters';
import { fromOutline, packOutlines } from '@/lib/review/claim-outline';
import { refreshStaleMatches } from '@/lib/services/claim-matches';
import { getReviewPolicy, listVerdicts } from '@/lib/services/settings';
import { AppError } from '@/lib/errors';
import { notFound } from 'next/navigation';
import { TopBar } from '@/components/ui/top-bar';
import { Workbench } from '@/components/claims/workbench';
import { PhoneClaimJump } from '@/components/claims/phone-claim-jump';
import { toVerdictDto } from '@/lib/services/dto';
import { parseFilters } from '@/lib/review/claim-filters';
import { ArticleRevisionBar } from '@/components/articles/revision-bar';
import { ArticleBody } from '@/components/articles/article-body';
import { RevealStreamedAtOnce } from '@/components/ui/reveal-streamed-at-once';

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
        {/* One boundary: its content shows as soon as it arrives (see the component). */}
        <RevealStreamedAtOnce />
        <Suspense fallback={<p className="muted" data-testid="workbench-loading">Loading the article…</p>}>
          <ArticleWorkbench actor={actor} id={id} initialClaimId={typeof claim === 'string' ? claim : undefined} initialFilters={initialFilters} />
        </Suspense>
        <PhoneClaimJump />
      </main>
    </>
  );
}

async function ArticleWorkbench({ actor, id, initialClaimId, initialFilters }: { actor: Actor; id: string; initialClaimId?: string; initialFilters: ReturnType<typeof parseFilters> }) {
  // ClaimReviews imported (or claims approved) since the article's claims were compared are matched now.
  await loadOr404(() => refreshStaleMatches(actor, id));
  // Every claim in outline (one query of scalar columns), and the first current claim in full.
  const [article, verdictRows, reviewPolicy] = await loadOr404(() => Promise.all([getArticleOutline(actor, id), listVerdicts(actor), getReviewPolicy(actor)]));
  const verdicts = verdictRows.map(toVerdictDto);
  const verdictById = new Map(verdicts.map((v) => [v.id, v]));
  const outlines = article.claims.map((o) => fromOutline(o, article.id, verdictById));
  // The same choice as the workbench's: the linked claim, else the first of the filtered list.
  const firstId = outlines.find((c) => c.id === initialClaimId)?.id ?? applyFilters(outlines, initialFilters)[0]?.id;
  const initialClaim = firstId ? await loadOr404(() => getClaim(actor, id, firstId)) : null;
  // The text and its highlights are drawn here, on the server: the browser gets them once as markup,
  // not as a body string plus a component per highlight to hydrate.
  const { body, claims, ...header } = article;
  return (
    <>
      <ArticleRevisionBar article={article} canEdit={can(actor, 'article:edit')} />
      <Workbench
        article={{ ...header, claims: packOutlines(claims) }}
        articleText={<ArticleBody body={body} markdown={article.format === 'markdown'} claims={outlines} />}
        initialClaim={initialClaim}
        verdicts={verdicts}
        me={{ id: actor.id, name: actor.name, canApprove: can(actor, 'claim:approve'), canExport: can(actor, 'export:read') }}
        initialClaimId={initialClaimId}
        initialFilters={initialFilters}
        reviewPolicy={reviewPolicy}
      />
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
