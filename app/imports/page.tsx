import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { listEarlierFactChecks } from '@/lib/services/imports';
import { TopBar } from '@/components/ui/top-bar';
import { ClaimReviewImportForm } from '@/components/imports/claimreview-import-form';

export const metadata: Metadata = { title: 'Import fact-checks' };

export default async function ImportsPage() {
  const actor = await requirePageActor('/imports', 'claim:approve');
  const { total, items } = await listEarlierFactChecks(actor, { take: 25 });
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Import earlier fact-checks</h1>
        <p className="muted">
          ClaimReview markup published by other fact-checkers is kept with its organisation, for matching new claims against
          what has been checked before. A review imported again (same URL and claim) is updated, never duplicated; new reviews are matched against open claims when their article is next opened. To restore a whole workspace
          backup, use <code>npm run cli -- import backup.json</code> on an empty database.
        </p>
        <ClaimReviewImportForm />
        <section aria-labelledby="earlier-heading" className="stack">
          <h2 id="earlier-heading">Earlier fact-checks ({total})</h2>
          {items.length === 0 ? (
            <p className="muted small">None imported yet.</p>
          ) : (
            <table className="list" aria-label="Earlier fact-checks">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Published</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      {c.reviewUrl && /^https?:\/\//.test(c.reviewUrl) ? <a href={c.reviewUrl} rel="noreferrer noopener">{c.claimReviewed}</a> : c.claimReviewed}
                      {c.claimAuthor && <span className="small muted"> — {c.claimAuthor}</span>}
                    </td>
                    <td data-label="Rating">{c.ratingLabel ?? '—'}</td>
                    <td data-label="Organisation">{c.orgName ?? '—'}</td>
                    <td data-label="Published">{c.datePublished ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </>
  );
}
