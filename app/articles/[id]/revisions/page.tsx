import type { Metadata } from 'next';
import Link from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { getRevisionView, listRevisions } from '@/lib/services/revision-view';
import { TopBar } from '@/components/ui/top-bar';
import { RevisionDiff, RevisionText } from '@/components/articles/revision-text';
import { RevisionClaims } from '@/components/articles/revision-claims';
import styles from '@/components/articles/revisions.module.css';

export const metadata: Metadata = { title: 'Revisions' };

const SOURCE_LABEL = { original: 'as added', edit: 'edited', paste: 'new text pasted', refetch: 're-fetched from its URL' } as const;

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/articles/${id}/revisions`, 'article:read');
  const view = await loadOr404(async () => {
    const revisions = await listRevisions(actor, id);
    const asked = typeof query.n === 'string' && /^[1-9]\d{0,8}$/.test(query.n) ? Number(query.n) : revisions[0]?.number ?? 1;
    return getRevisionView(actor, id, asked);
  });
  const { revision, latest } = view;
  const isLatest = revision.number === latest;
  const flagged = view.claims.filter((c) => c.state === 'text_changed');
  const orphans = view.claims.filter((c) => c.state === 'orphan');
  const added = view.claims.filter((c) => c.state === 'new');
  const placed = view.claims.filter((c) => c.state !== 'orphan');
  return (
    <>
      <TopBar actor={actor} />
      <main className="page wide stack">
        <p className="small">
          <Link href={`/articles/${id}`}>← Back to the article</Link>
          {can(actor, 'article:edit') && (
            <>
              {' · '}
              <Link href={`/articles/${id}/edit`}>Edit the article</Link>
            </>
          )}
        </p>
        <h1>Revisions of “{view.articleTitle}”</h1>
        <nav aria-label="Revisions" className={styles.nav}>
          {view.revisions.map((r) => (
            <Link
              key={r.number}
              href={`/articles/${id}/revisions?n=${r.number}`}
              className={`btn small-btn${r.number === revision.number ? ' primary' : ''}`}
              aria-current={r.number === revision.number ? 'page' : undefined}
            >
              Revision {r.number}
              {r.number === latest ? ' (latest)' : ''}
            </Link>
          ))}
        </nav>
        <p className="muted small">
          Revision {revision.number}, {SOURCE_LABEL[revision.source]}
          {revision.createdBy ? ` by ${revision.createdBy}` : ''} on {new Date(revision.createdAt).toUTCString()} · title “{revision.title}” ·{' '}
          {placed.length} claims in the text{flagged.length ? `, ${flagged.length} flagged` : ''}
          {orphans.length ? `, ${orphans.length} orphaned` : ''}
          {added.length ? `, ${added.length} new` : ''}
        </p>
        <div className={styles.layout}>
          <div className="stack">
            {view.diff ? (
              <section className="card stack" aria-labelledby="diff-heading">
                <h2 id="diff-heading">What changed since revision {revision.number - 1}</h2>
                <RevisionDiff parts={view.diff} />
              </section>
            ) : (
              <p className="muted small">The first revision: the text as it was added.</p>
            )}
            <section className="card stack" aria-labelledby="text-heading">
              <h2 id="text-heading">Text of revision {revision.number} with its claims as they were</h2>
              <RevisionText body={revision.body} claims={placed} />
            </section>
          </div>
          <RevisionClaims articleId={id} body={revision.body} latest={isLatest} flagged={flagged} orphans={orphans} added={added} canEdit={can(actor, 'claim:review')} />
        </div>
      </main>
    </>
  );
}

async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'INVALID')) notFound();
    throw error;
  }
}
