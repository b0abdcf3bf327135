'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import type { ArticleDetail } from '@/lib/services/articles';
import type { ClaimDto, VerdictDto } from '@/lib/services/dto';
import { createClaimAction } from '@/app/articles/[id]/actions';
import { ArticleText, selectionOffsets } from '@/components/articles/article-text';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ExportMenu } from '@/components/export/export-menu';
import { ClaimList } from './claim-list';
import { ClaimPanel } from './claim-panel';
import { VerdictChart } from './verdict-chart';
import { useStaleClaims } from '@/components/collab/use-stale-claims';
import { StaleNotice } from '@/components/collab/stale-notice';

type Props = {
  article: ArticleDetail;
  verdicts: VerdictDto[];
  me: { id: string; name: string; canApprove: boolean; canExport: boolean };
  /** From ?claim=ID: the claim to open first (links from the queue). */
  initialClaimId?: string;
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function Workbench({ article, verdicts, me, initialClaimId }: Props) {
  const [claims, setClaims] = useState<ClaimDto[]>(article.claims);
  const [selectedId, setSelectedId] = useState<string | null>(article.claims.find((c) => c.id === initialClaimId)?.id ?? article.claims[0]?.id ?? null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const textRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => claims.filter((c) => c.status !== 'dismissed'), [claims]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const counts = useMemo(
    () => ({
      total: visible.length,
      reviewed: visible.filter((c) => c.status === 'needs_review' || c.status === 'approved').length,
      approved: visible.filter((c) => c.status === 'approved').length,
    }),
    [visible],
  );

  const select = useCallback((id: string) => {
    setSelectedId(id);
    document.querySelector(`.claim-list [data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    document.querySelector(`.article-text mark[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, []);

  const onChanged = useCallback((c: ClaimDto) => setClaims((list) => list.map((x) => (x.id === c.id ? c : x))), []);
  const stale = useStaleClaims({ articleId: article.id, claims, selectedId, onChanged });
  useEffect(() => {
    if (!initialClaimId) return;
    const id = CSS.escape(initialClaimId);
    for (const selector of [`.claim-list [data-claim-id="${id}"]`, `.article-text mark[data-claim-id="${id}"]`]) document.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  }, [initialClaimId]);
  const onDeleted = useCallback(
    (id: string) => {
      setClaims((list) => list.filter((x) => x.id !== id));
      setSelectedId(null);
      setMessage('Claim deleted.');
    },
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const index = visible.findIndex((c) => c.id === selectedId);
      if (e.key === 'j' || e.key === 'ArrowDown') {
        const next = visible[Math.min(visible.length - 1, index + 1)];
        if (next) select(next.id);
        e.preventDefault();
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        const prev = visible[Math.max(0, index - 1)];
        if (prev) select(prev.id);
        e.preventDefault();
      } else if (e.key === 'n') {
        const next = [...visible.slice(index + 1), ...visible.slice(0, index + 1)].find((c) => c.status === 'open' || c.status === 'in_progress');
        if (next) select(next.id);
      } else if (e.key === 'r') {
        document.getElementById('claim-rationale')?.focus();
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, selectedId, select]);

  useEffect(() => {
    const onSelectionChange = () => setSelection(selectionOffsets(textRef.current));
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  function addFromSelection() {
    const range = selection ?? selectionOffsets(textRef.current);
    if (!range) {
      setMessage('Select a passage of the article first.');
      return;
    }
    startTransition(async () => {
      const result = await createClaimAction({ articleId: article.id, ...range });
      if (!result.ok) {
        setMessage(result.error.message);
        return;
      }
      setClaims((list) => [...list, result.data].sort((a, b) => a.start - b.start || a.end - b.end));
      setSelectedId(result.data.id);
      window.getSelection()?.removeAllRanges();
      setMessage('Claim added from your selection.');
    });
  }

  return (
    <div className="stack">
      <div className="article-head row">
        <div className="grow">
          <h1 style={{ marginBottom: 2 }}>{article.title}</h1>
          <p className="small muted" style={{ margin: 0 }}>
            {[article.outlet, article.author && `by ${article.author}`, article.publishedAt, `added by ${article.addedBy}`].filter(Boolean).join(' · ')}
            {article.url && (
              <>
                {' · '}
                <a href={article.url} target="_blank" rel="noopener noreferrer nofollow">
                  original
                </a>
              </>
            )}
          </p>
        </div>
        <div style={{ minWidth: 260 }} className="stack">
          <ProgressBar {...counts} />
          <VerdictChart claims={visible} verdicts={verdicts} />
        </div>
        {me.canExport && <ExportMenu articleId={article.id} />}
      </div>
      <div className="workbench">
        <div className="stack">
          <div className="row no-print">
            <button type="button" className="btn" onClick={addFromSelection} disabled={pending} aria-disabled={!selection}>
              Add claim from selection
            </button>
            <span className="small muted" aria-live="polite" data-testid="workbench-message">
              {message ?? (selection ? `${selection.end - selection.start} characters selected` : 'Select text in the article to add a claim.')}
            </span>
          </div>
          <div ref={textRef}>
            <ArticleText body={article.body} markdown={article.format === 'markdown'} claims={claims} selectedId={selectedId} onSelect={select} />
          </div>
        </div>
        <aside className="side" aria-label="Review">
          <div>
            <h2 className="row">
              <span className="grow">Claims ({visible.length})</span>
              <span className="small muted">
                <span className="kbd">j</span>/<span className="kbd">k</span> move · <span className="kbd">n</span> next open
              </span>
            </h2>
            <ClaimList claims={visible} selectedId={selectedId} onSelect={select} />
          </div>
          {selected ? (
            <>
              <StaleNotice stale={stale} />
              <ClaimPanel key={`${selected.id}:${stale.reloads}`} claim={selected} verdicts={verdicts} me={me} onChanged={onChanged} onDeleted={onDeleted} />
            </>
          ) : (
            <p className="muted">Choose a claim to review it.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
