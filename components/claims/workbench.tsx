'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import type { ArticleDetail } from '@/lib/services/articles';
import type { ClaimDto, VerdictDto } from '@/lib/services/dto';
import { createClaimAction } from '@/app/articles/[id]/actions';
import { ArticleText, selectionOffsets } from '@/components/articles/article-text';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ExportMenu } from '@/components/export/export-menu';
import { applyFilters, filtersToQuery, type ClaimFilters } from '@/lib/review/claim-filters';
import { ClaimList } from './claim-list';
import { ClaimPanel, type ClaimPanelCommands } from './claim-panel';
import type { ReviewPolicyDto } from '@/lib/services/settings';
import { ClaimFiltersForm } from './claim-filters';
import { ShortcutsDialog, useWorkbenchShortcuts } from './shortcuts';
import { SplitMerge } from './split-merge';
import { VerdictChart } from './verdict-chart';
import { useStaleClaims } from '@/components/collab/use-stale-claims';
import { StaleNotice } from '@/components/collab/stale-notice';
import { CandidatesPanel } from './candidates-panel';
import { CheckedBefore } from './checked-before';

type Props = {
  article: ArticleDetail;
  verdicts: VerdictDto[];
  me: { id: string; name: string; canApprove: boolean; canExport: boolean };
  /** The workspace's second-review policy, so the panel can say why a verdict cannot be approved yet. */
  reviewPolicy: ReviewPolicyDto;
  /** From ?claim=ID: the claim to open first (links from the queue). */
  initialClaimId?: string;
  /** Filters read from the URL by the page, so the first render is already filtered. */
  initialFilters: ClaimFilters;
};

const byPosition = (a: ClaimDto, b: ClaimDto) => a.start - b.start || a.end - b.end;

export function Workbench({ article, verdicts, me, initialClaimId, initialFilters, reviewPolicy }: Props) {
  const [claims, setClaims] = useState<ClaimDto[]>(article.claims);
  const [filters, setFilters] = useState<ClaimFilters>(initialFilters);
  const shown = useMemo(() => applyFilters(claims, filters), [claims, filters]);
  const [selectedId, setSelectedId] = useState<string | null>(() => article.claims.find((c) => c.id === initialClaimId)?.id ?? shown[0]?.id ?? null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [panelEpoch, setPanelEpoch] = useState(0);
  const [pending, startTransition] = useTransition();
  const textRef = useRef<HTMLDivElement>(null);
  const panel = useRef<ClaimPanelCommands>(null);
  const focusPanelNext = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  const counted = useMemo(() => claims.filter((c) => c.status !== 'dismissed'), [claims]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const counts = useMemo(
    () => ({
      total: counted.length,
      reviewed: counted.filter((c) => c.status === 'needs_review' || c.status === 'approved').length,
      approved: counted.filter((c) => c.status === 'approved').length,
    }),
    [counted],
  );
  const assignees = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of claims) if (c.assignee) map.set(c.assignee.id, c.assignee.name);
    return [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [claims]);

  // The filters and the open claim live in the URL (without a server round trip), so a reload or a shared link keeps them.
  useEffect(() => {
    const params = new URLSearchParams(filtersToQuery(filters));
    if (selectedId) params.set('claim', selectedId);
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
  }, [filters, selectedId]);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    document.querySelector(`.article-text mark[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, []);

  const onChanged = useCallback((c: ClaimDto) => setClaims((list) => list.map((x) => (x.id === c.id ? c : x))), []);
  const stale = useStaleClaims({ articleId: article.id, claims, selectedId, onChanged });
  useEffect(() => {
    if (!initialClaimId) return;
    const id = CSS.escape(initialClaimId);
    for (const selector of [`.claim-list [data-claim-id="${id}"]`, `.article-text mark[data-claim-id="${id}"]`]) document.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  }, [initialClaimId]);
  const onDeleted = useCallback((id: string) => {
    setClaims((list) => list.filter((x) => x.id !== id));
    setSelectedId(null);
    setMessage('Claim deleted.');
  }, []);

  useWorkbenchShortcuts({
    move: (delta) => {
      const index = shown.findIndex((c) => c.id === selectedId);
      if (index < 0) {
        // The selected claim is filtered out (e.g. just dismissed): continue from its place in the text.
        const after = selected ? shown.findIndex((c) => byPosition(c, selected) > 0) : 0;
        const target = delta > 0 ? shown[after < 0 ? shown.length - 1 : after] : shown[Math.max(0, (after < 0 ? shown.length : after) - 1)];
        if (target) select(target.id);
        return;
      }
      const target = shown[Math.min(shown.length - 1, Math.max(0, index + delta))];
      if (target) select(target.id);
    },
    open: (id) => {
      if (id && id !== selectedId) {
        focusPanelNext.current = true;
        select(id);
      } else panel.current?.focus();
    },
    verdict: (position) => {
      const verdict = verdicts[position - 1];
      if (!verdict) setMessage(`The verdict scale has no entry ${position}.`);
      else if (!selected) setMessage('Choose a claim first.');
      else panel.current?.setVerdict(verdict.id);
    },
    rationale: () => document.getElementById('claim-rationale')?.focus(),
    addSource: () => panel.current?.addSource(),
    dismiss: () => panel.current?.dismiss(),
    approve: () => panel.current?.approve(),
    nextUnreviewed: () => {
      const index = shown.findIndex((c) => c.id === selectedId);
      const next = [...shown.slice(index + 1), ...shown.slice(0, index + 1)].find((c) => c.status === 'open' || c.status === 'in_progress');
      if (next) select(next.id);
      else setMessage('Every claim in this list has been reviewed.');
    },
    help: () => setHelpOpen(true),
    leave: () => {
      if (selectedId) document.querySelector<HTMLElement>(`.claim-list [data-claim-id="${CSS.escape(selectedId)}"]`)?.focus();
    },
  });

  // Marks the page interactive (shortcuts listening); tests and the benchmark wait for it before pressing keys.
  useEffect(() => root.current?.setAttribute('data-hydrated', 'true'), []);

  useEffect(() => {
    if (!focusPanelNext.current) return;
    focusPanelNext.current = false;
    panel.current?.focus();
  }, [selectedId]);

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
      setClaims((list) => [...list, result.data].sort(byPosition));
      setSelectedId(result.data.id);
      window.getSelection()?.removeAllRanges();
      setMessage('Claim added from your selection.');
    });
  }

  return (
    <div className="stack" ref={root} data-testid="workbench">
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
          <VerdictChart claims={counted} verdicts={verdicts} />
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
          <CandidatesPanel
            articleId={article.id}
            canConfigure={me.canApprove}
            onClaimCreated={(claim) => {
              setClaims((list) => [...list, claim].sort(byPosition));
              setSelectedId(claim.id);
              setMessage('Claim added from the extractor’s suggestions.');
            }}
          />
        </div>
        <aside className="side" aria-label="Review">
          <div className="stack">
            <div className="row">
              <h2 className="grow" style={{ margin: 0 }}>
                Claims ({counted.length})
              </h2>
              <button type="button" className="btn small-btn" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
                Keyboard shortcuts <kbd className="kbd">?</kbd>
              </button>
            </div>
            <ClaimFiltersForm filters={filters} onChange={setFilters} verdicts={verdicts} assignees={assignees} me={me} shown={shown.length} total={claims.length} />
            <ClaimList claims={shown} selectedId={selectedId} onSelect={select} emptyText={claims.length ? 'No claims match these filters.' : undefined} />
          </div>
          {selected ? (
            <>
              <StaleNotice stale={stale} />
              <CheckedBefore
                key={`checked:${selected.id}`}
                claim={selected}
                onChanged={(c, how) => {
                  onChanged(c);
                  if (how === 'linked') setPanelEpoch((n) => n + 1); // the panel's draft fields start from the reused verdict
                }}
              />
              <ClaimPanel key={`${selected.id}:${panelEpoch}:${stale.reloads}`} claim={selected} verdicts={verdicts} me={me} reviewPolicy={reviewPolicy} onChanged={onChanged} onDeleted={onDeleted} commands={panel} />
              <SplitMerge
                key={`split:${selected.id}:${selected.version}`}
                claim={selected}
                claims={claims}
                disabled={selected.status === 'approved'}
                onSplit={(first, second) => {
                  setClaims((list) => [...list.map((x) => (x.id === first.id ? first : x)), second].sort(byPosition));
                  setPanelEpoch((n) => n + 1);
                  setMessage('Claim split in two.');
                }}
                onMerged={(merged, removedId) => {
                  setClaims((list) => list.filter((x) => x.id !== removedId).map((x) => (x.id === merged.id ? merged : x)));
                  setPanelEpoch((n) => n + 1);
                  setMessage('Claims merged.');
                }}
              />
            </>
          ) : (
            <p className="muted">Choose a claim to review it.</p>
          )}
        </aside>
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} verdicts={verdicts} />
    </div>
  );
}
