'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { deleteArticleAction } from '@/app/articles/[id]/revision-actions';
import { ModalDialog } from '@/components/ui/modal-dialog';

type Summary = { title: string; claims: number; verdicts: number; sources: number; revisions: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Deletes the article (editors) after a confirmation that names what goes with it. */
export function ArticleDelete({ articleId, summary }: { articleId: string; summary: Summary }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const what = `${plural(summary.claims, 'claim')}, ${plural(summary.verdicts, 'verdict')}, ${plural(summary.sources, 'source')} and ${plural(summary.revisions, 'revision')}`;

  const confirm = async () => {
    setPending(true);
    const result = await deleteArticleAction({ articleId });
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setOpen(false);
    router.push('/');
  };

  return (
    <section className="card stack" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete this article</h2>
      <p className="muted small">Deleting removes the article with its {what}. The audit log keeps a record of the deletion.</p>
      <div>
        <button type="button" className="btn danger" onClick={() => setOpen(true)}>
          Delete article…
        </button>
      </div>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={`Delete “${summary.title}”?`} className="modal-dialog">
        <div className="stack">
        <p>
          This deletes the article and its <strong>{what}</strong>. It cannot be undone.
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="button" className="btn danger" disabled={pending} onClick={confirm}>
            {pending ? 'Deleting…' : `Delete the article and ${plural(summary.claims, 'claim')}`}
          </button>
          <button type="button" className="btn" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
        </div>
      </ModalDialog>
    </section>
  );
}
