import type { Metadata } from 'next';
import Link from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/session';
import { getArticleReport } from '@/lib/services/exports';
import { AppError } from '@/lib/errors';
import { TopBar } from '@/components/ui/top-bar';
import { VerdictChart } from '@/components/claims/verdict-chart';
import { PrintButton } from '@/components/export/print-button';
import styles from './report.module.css';

export const metadata: Metadata = { title: 'Fact-check report' };

const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> }) {
  const { id } = await params;
  const { status } = await searchParams;
  const actor = await requirePageActor(`/articles/${id}/report`, 'export:read');
  let report;
  try {
    report = await getArticleReport(actor, { articleId: id, status: status === 'reviewed' ? 'reviewed' : 'approved' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const { article, organisation, claims, verdicts } = report;
  return (
    <>
      <TopBar actor={actor} />
      <div className={`${styles.actions} no-print`}>
        <PrintButton />
        <Link className="btn" href={`/articles/${encodeURIComponent(article.id)}`}>Back to the article</Link>
        <a className="btn" href={`/api/v1/articles/${encodeURIComponent(article.id)}/export?format=html`} download>Download as HTML</a>
      </div>
      <main className={styles.report}>
        <h1>Fact-check report: {article.title}</h1>
        <ul className={styles.meta} aria-label="About the article">
          {article.outlet && <li>Outlet: {article.outlet}</li>}
          {article.author && <li>Author: {article.author}</li>}
          {article.publishedAt && <li>Published: {article.publishedAt}</li>}
          {safeHref(article.url) && <li>Article: <a href={safeHref(article.url)}>{article.url}</a></li>}
          <li>Checked by: {safeHref(organisation.url) ? <a href={safeHref(organisation.url)}>{organisation.name}</a> : organisation.name}</li>
          <li>{claims.length} {status === 'reviewed' ? 'reviewed' : 'approved'} verdicts</li>
        </ul>
        <section aria-labelledby="report-verdicts">
          <h2 id="report-verdicts">Verdicts</h2>
          <VerdictChart claims={claims} verdicts={verdicts} />
        </section>
        <section aria-labelledby="report-claims">
          <h2 id="report-claims">Claims</h2>
          {claims.length === 0 && <p className="muted">No approved verdicts yet.</p>}
          {claims.map((c, i) => (
            <article key={c.id} className={styles.claim} id={`claim-${c.id}`} aria-labelledby={`claim-${c.id}-h`}>
              <h3 id={`claim-${c.id}-h`}>{i + 1}. {c.claimText}</h3>
              <blockquote className={styles.quote}>{c.quote}</blockquote>
              <p>
                Verdict:{' '}
                <span className={`verdict-chip ${styles.chip}`} style={c.verdict ? { ['--chip' as string]: c.verdict.colour } : undefined}>{c.verdict?.label ?? 'No verdict yet'}</span>
                {c.speaker && <> · Speaker: {c.speaker}</>}
                {c.reviewer && <> · Reviewer: {c.reviewer.name}</>}
                {c.approvedBy && <> · Approved by: {c.approvedBy.name}</>}
              </p>
              {c.rationale && <p className={styles.rationale}>{c.rationale}</p>}
              {c.sources.length > 0 && (
                <ul className={styles.sources} aria-label="Sources">
                  {c.sources.map((s) => (
                    <li key={s.id}>
                      {safeHref(s.url) ? <a href={safeHref(s.url)}>{s.title || s.url}</a> : s.title || s.url} — <em>{s.stance}</em>
                      {s.publisher && <>; {s.publisher}</>}
                      {s.excerpt && <><br /><q>{s.excerpt}</q></>}
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      </main>
    </>
  );
}
