import { STATUS_LABEL } from '@/lib/review/status-labels';
import type { Metadata } from 'next';
import Link from '@/components/ui/app-link';
import { requirePageActor } from '@/lib/auth/session';
import { myQueue } from '@/lib/services/assignments';
import { TopBar } from '@/components/ui/top-bar';
import { MarkRead } from '@/components/collab/mark-read';
import { MentionText } from '@/components/collab/mention-text';
import { when } from '@/components/collab/when';

export const metadata: Metadata = { title: 'My queue' };

// Not imported from claim-list.tsx: a 'use client' module's exports are client references here.

const claimHref = (articleId: string, claimId: string) => `/articles/${encodeURIComponent(articleId)}?claim=${encodeURIComponent(claimId)}`;

export default async function QueuePage() {
  const actor = await requirePageActor('/queue', 'article:read');
  const queue = await myQueue(actor);
  const claimCount = queue.articles.reduce((n, a) => n + a.claims.length, 0);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>My queue</h1>

        <section className="stack" aria-labelledby="mentions-heading">
          <div className="row">
            <h2 id="mentions-heading" className="grow">
              Mentions ({queue.mentions.length} unread)
            </h2>
            {queue.mentions.length > 1 && <MarkRead mentionIds={queue.mentions.map((m) => m.id)} label="Mark all as read" />}
          </div>
          {queue.mentions.length === 0 ? (
            <p className="muted">No unread mentions.</p>
          ) : (
            <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Unread mentions">
              {queue.mentions.map((m) => (
                <li key={m.id} className="card" data-testid="mention">
                  <div className="row">
                    <div className="grow small">
                      <strong>{m.by}</strong> mentioned you · <time dateTime={m.at}>{when(m.at)}</time> · on{' '}
                      <Link href={claimHref(m.claim.articleId, m.claim.id)}>
                        “{m.claim.claimText.length > 90 ? `${m.claim.claimText.slice(0, 90)}…` : m.claim.claimText}”
                      </Link>{' '}
                      in {m.claim.articleTitle}
                    </div>
                    <MarkRead mentionIds={[m.id]} label="Mark as read" accessibleName={`Mark mention by ${m.by} as read`} />
                  </div>
                  <MentionText body={m.body} mentions={[{ userId: actor.id, name: actor.name }]} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="stack" aria-labelledby="assigned-heading">
          <h2 id="assigned-heading">Assigned to me ({claimCount} not yet approved)</h2>
          {queue.articles.length === 0 && <p className="muted">Nothing assigned to you. Editors assign claims from the claim panel.</p>}
          {queue.articles.map((a) => (
            <section key={a.id} className="card stack" aria-label={`Article: ${a.title}`}>
              <h3>
                <Link href={`/articles/${encodeURIComponent(a.id)}`}>{a.title}</Link>{' '}
                <span className="small muted">({a.claims.length})</span>
              </h3>
              <table className="list" aria-label={`Assigned claims in ${a.title}`}>
                <thead>
                  <tr>
                    <th scope="col">Claim</th>
                    <th scope="col">Status</th>
                    <th scope="col">Verdict</th>
                  </tr>
                </thead>
                <tbody>
                  {a.claims.map((c) => (
                    <tr key={c.id} data-testid="queue-claim">
                      <td>
                        <Link href={claimHref(a.id, c.id)}>{c.claimText}</Link>
                        {c.sentBack && (
                          <p className="small" style={{ margin: '0.25rem 0 0', color: 'var(--danger)' }}>
                            <strong>Sent back by {c.sentBack.by}:</strong> {c.sentBack.body}
                          </p>
                        )}
                      </td>
                      <td>
                        <span className="badge">{STATUS_LABEL[c.status]}</span>
                      </td>
                      <td data-label="Verdict">{c.verdict ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </section>
      </main>
    </>
  );
}
