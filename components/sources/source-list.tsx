'use client';
import { useState, useTransition } from 'react';
import { removeSourceAction, reorderSourcesAction } from '@/app/articles/[id]/actions';
import type { ClaimDto, SourceDto } from '@/lib/services/dto';
import { SourceForm, SOURCE_KIND_LABEL } from './source-form';
import { FormError } from '@/components/ui/form-error';
import { sourceMinimumHint } from '@/lib/review/four-eyes';

const STANCE_LABEL: Record<SourceDto['stance'], string> = { supports: 'Supports', refutes: 'Refutes', context: 'Context' };

type Props = {
  claim: ClaimDto;
  disabled: boolean;
  /** The workspace's minimum of sources for an approval (Setting.minSourcesForApproval). */
  minSources: number;
  onChanged: (c: ClaimDto) => void;
};

export function SourceList({ claim, disabled, minSources, onChanged }: Props) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // An approved (locked) claim needs no more sources: only the empty list is said then.
  const minimumHint = disabled ? null : sourceMinimumHint(claim.sources.length, minSources);
  const emptyOrShort = [claim.sources.length === 0 && 'No sources yet.', minimumHint].filter(Boolean).join(' ');
  /**
   * A source change bumps the claim's version. The claim takes the new version only when nothing
   * else changed it in between (one step up); otherwise it keeps the old one, so the versions poll
   * still offers the other person's change and a save from the old version is still a conflict.
   */
  const replaceSources = (sources: SourceDto[], claimVersion?: number) =>
    onChanged({ ...claim, sources, ...(claimVersion === claim.version + 1 ? { version: claimVersion } : {}) });

  function remove(source: SourceDto) {
    if (!window.confirm(`Remove the source “${source.title}”?`)) return;
    startTransition(async () => {
      const result = await removeSourceAction({ articleId: claim.articleId, claimId: claim.id, sourceId: source.id });
      if (result.ok) replaceSources(claim.sources.filter((s) => s.id !== source.id), result.data.claimVersion);
      else setError(result.error.message);
    });
  }

  function move(index: number, delta: -1 | 1) {
    const order = claim.sources.map((s) => s.id);
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target], order[index]];
    setError(null);
    startTransition(async () => {
      const result = await reorderSourcesAction({ articleId: claim.articleId, claimId: claim.id, order });
      if (result.ok) {
        replaceSources(result.data);
        // Keep the keyboard where it was: on the moved source's button in its new place.
        const label = `${delta < 0 ? 'Move up' : 'Move down'}: ${claim.sources[index].title}`;
        requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(label)}"]:not([disabled])`)?.focus());
      } else setError(result.error.message);
    });
  }

  return (
    <section className="stack" aria-label="Sources">
      <div className="row">
        <h3 className="grow">Sources ({claim.sources.length})</h3>
        {!disabled && editing !== 'new' && (
          <button type="button" className="btn" onClick={() => setEditing('new')} data-action="add-source" aria-keyshortcuts="s">
            Add source
          </button>
        )}
      </div>
      <FormError message={error} />
      {editing === 'new' && (
        <SourceForm
          claim={claim}
          onCancel={() => setEditing(null)}
          onSaved={({ source: s, claimVersion }) => {
            replaceSources([...claim.sources, s], claimVersion);
            setEditing(null);
          }}
        />
      )}
      {editing !== 'new' && emptyOrShort && (
        <p className="muted small" data-testid="sources-minimum">
          {emptyOrShort}
        </p>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} className="stack">
        {claim.sources.map((s, index) =>
          editing === s.id ? (
            <li key={s.id}>
              <SourceForm
                claim={claim}
                source={s}
                onCancel={() => setEditing(null)}
                onSaved={({ source: updated, claimVersion }) => {
                  replaceSources(claim.sources.map((x) => (x.id === updated.id ? updated : x)), claimVersion);
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={s.id} className="source small" data-testid="source">
              <div className="row">
                <a href={s.url} target="_blank" rel="noopener noreferrer nofollow" className="grow">
                  {s.title}
                </a>
                <span className="badge">{STANCE_LABEL[s.stance]}</span>
                <span className="badge">{SOURCE_KIND_LABEL[s.kind] ?? s.kind}</span>
                {s.confidential && <span className="badge">Confidential</span>}
              </div>
              <div className="muted">
                {[s.publisher, s.publishedAt && `published ${s.publishedAt}`, s.accessedAt && `accessed ${s.accessedAt}`].filter(Boolean).join(' · ')}
              </div>
              {s.excerpt && <p style={{ margin: '0.3rem 0' }}>“{s.excerpt}”</p>}
              {s.archiveUrl && (
                <a href={s.archiveUrl} target="_blank" rel="noopener noreferrer nofollow">
                  Archived copy of {s.title}
                </a>
              )}
              {!disabled && (
                <div className="row">
                  <button type="button" className="btn" onClick={() => move(index, -1)} disabled={pending || index === 0} aria-label={`Move up: ${s.title}`}>
                    ↑
                  </button>
                  <button type="button" className="btn" onClick={() => move(index, 1)} disabled={pending || index === claim.sources.length - 1} aria-label={`Move down: ${s.title}`}>
                    ↓
                  </button>
                  <button type="button" className="btn" onClick={() => setEditing(s.id)} aria-label={`Edit source ${s.title}`}>
                    Edit
                  </button>
                  <button type="button" className="btn danger" onClick={() => remove(s)} disabled={pending} aria-label={`Remove source ${s.title}`}>
                    Remove
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
