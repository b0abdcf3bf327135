import Link from '@/components/ui/app-link';
import type { ArticleOutline } from '@/lib/services/articles';

/** One line above the workbench: the revision shown, links to edit and to the revisions, and claims waiting after a text change. */
export function ArticleRevisionBar({ article, canEdit }: { article: Pick<ArticleOutline, 'id' | 'revisionNumber' | 'claims'>; canEdit: boolean }) {
  const flagged = article.claims.filter((c) => c.anchorState === 'text_changed').length;
  const orphans = article.claims.filter((c) => c.anchorState === 'orphan').length;
  return (
    <nav aria-label="Article revisions" className="row small" style={{ marginBottom: '0.5rem' }}>
      <Link href={`/articles/${article.id}/revisions`}>Revision {article.revisionNumber} · revisions and changes</Link>
      {canEdit && <Link href={`/articles/${article.id}/edit`}>Edit article</Link>}
      {(flagged > 0 || orphans > 0) && (
        <Link href={`/articles/${article.id}/revisions`} className="badge">
          After the last change: {flagged} flagged, {orphans} orphaned
        </Link>
      )}
    </nav>
  );
}
