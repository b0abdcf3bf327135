'use client';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useTransition, type ReactNode } from 'react';
import type { ArticleOutline } from '@/lib/services/articles';
import type { ClaimDto, VerdictDto } from '@/lib/services/dto';
import { createClaimAction } from '@/app/articles/[id]/actions';
import { changedClaimsAction } from '@/app/articles/[id]/collab-actions';
import { fromOutline, isOutline, unpackOutlines, type PackedOutlines } from '@/lib/review/claim-outline';
import { ArticleHighlights, selectionOffsets } from '@/components/articles/article-highlights';
import { markLayout } from '@/lib/review/article-marks';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ExportMenu } from '@/components/export/export-menu';
import { applyFilters, filtersToQuery, type ClaimFilters } from '@/lib/review/claim-filters';
import { ClaimList } from './claim-list';
import { ClaimPanel, type ClaimPanelCommands } from './claim-panel';
import type { ReviewPolicyDto } from '@/lib/services/settings';
import type { ChangedClaim } from '@/lib/services/claim-versions';
import { ClaimFiltersForm } from './claim-filters';
import { ShortcutsDialog, useWorkbenchShortcuts } from './shortcuts';
import { SplitMerge } from './split-merge';
import { VerdictChart } from './verdict-chart';
import { useStaleClaims } from '@/components/collab/use-stale-claims';
import { StaleNotice } from '@/components/collab/stale-notice';
import { CandidatesPanel } from './candidates-panel';
import { currentClaimReducer, hasUnreviewed, initialCurrent } from '@/lib/review/current-claim';
import { CheckedBefore } from './checked-before';

/** The article without its body (the server draws the text: `articleText`), every claim in outline, packed. */
export type WorkbenchArticle = Omit<ArticleOutline, 'body' | 'claims'> & { claims: PackedOutlines };

type Props = {
  /** The article with every claim in outline; a claim's full data is loaded when it becomes current. */
  article: WorkbenchArticle;
  /** The article text with its highlights, drawn on the server (components/articles/article-body.tsx). */
  articleText: ReactNode;
  /** The first current claim in full (the server picks it as the page would), so keys work at once. */
  initialClaim: ClaimDto | null;
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

export function Workbench({ article, articleText, verdicts, me, initialClaim, initialClaimId, initialFilters, reviewPolicy }: Props) {
  // The server's claims (new after a router.refresh, when the text was redrawn); the page's own state starts from them.
  const outlines = useMemo(() => unpackOutlines(article.claims), [article.claims]);
  const [claims, setClaims] = useState<ClaimDto[]>(() => {
    const verdictById = new Map(verdicts.map((v) => [v.id, v]));
    return outlines.map((o) => (o.id === initialClaim?.id ? initialClaim : fromOutline(o, article.id, verdictById)));
  });
  const [filters, setFilters] = useState<ClaimFilters>(initialFilters);
  const shown = useMemo(() => applyFilters(claims, filters), [claims, filters]);
  // The one current claim: the list and article highlights, the panel, the focus and every key read it.
  const [current, dispatch] = useReducer(currentClaimReducer, null, () => initialCurrent(outlines.find((c) => c.id === initialClaimId)?.id ?? shown[0]?.id ?? null));
  const selectedId = current.id;
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [panelEpoch, setPanelEpoch] = useState(0);
  const [pending, startTransition] = useTransition();
  const textRef = useRef<HTMLDivElement>(null);
  const panel = useRef<ClaimPanelCommands>(null);
  const panelFocusPending = useRef(false);
  // Claims whose full data is being fetched, and a key pressed while the current one was loading.
  const loading = useRef(new Set<string>());
  const queued = useRef<{ id: string; doing: string; run: (p: ClaimPanelCommands) => void } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Where the server drew the highlights (the claims it had); ArticleHighlights redraws when they move.
  const drawnLayout = useMemo(() => markLayout(outlines), [outlines]);
  const counted = useMemo(() => claims.filter((c) => c.status !== 'dismissed'), [claims]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const selectedLoaded = !!selected && !isOutline(selected);
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

  // A click on a list row (which then holds the focus) or on a highlight in the article.
  const selectRow = useCallback((id: string) => dispatch({ type: 'select', id, focus: 'row' }), []);
  const selectHighlight = useCallback((id: string) => dispatch({ type: 'select', id, focus: null }), []);

  // The focus follows the current claim: its row (the only one in the tab order) or its panel.
  useEffect(() => {
    if (current.seq === 0 || !current.id) return;
    const id = CSS.escape(current.id);
    document.querySelector(`.article-text mark[data-claim-id="${id}"]`)?.scrollIntoView({ block: 'nearest' });
    panelFocusPending.current = false;
    if (queued.current && queued.current.id !== current.id) queued.current = null;
    if (current.focus === 'row') document.querySelector<HTMLElement>(`.claim-list [data-claim-id="${id}"]`)?.focus({ preventScroll: true });
    else if (current.focus === 'panel') {
      // The claim may still be loading: its panel takes the focus when it appears.
      if (panel.current && selectedLoaded) panel.current.focus();
      else panelFocusPending.current = true;
    }
    // Only a new change moves the focus, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.seq]);
  useEffect(() => {
    if (!selectedLoaded || !panelFocusPending.current) return;
    panelFocusPending.current = false;
    panel.current?.focus();
  }, [selectedLoaded, selectedId]);

  // The current claim's full data (sources, reviewers, rationale…), loaded when it becomes current,
  // with the claims around it in the list so j/k land on claims that are ready.
  const [loadError, setLoadError] = useState<{ id: string; message: string } | null>(null);
  useEffect(() => {
    if (!selectedId) return;
    const index = shown.findIndex((c) => c.id === selectedId);
    // One request per window of the list, not per key press (actions are rate-limited per user):
    // when the current claim or the next one is in outline, the outlines from 5 before to 15 after.
    const next = shown[index + 1];
    if (selectedLoaded && !(next && isOutline(next))) return;
    const around = index < 0 ? [] : shown.slice(Math.max(0, index - 5), index + 16);
    const near = around.filter((c) => c.id !== selectedId && isOutline(c) && !loading.current.has(c.id)).map((c) => c.id);
    const wanted = [...(selectedLoaded || loading.current.has(selectedId) ? [] : [selectedId]), ...near];
    if (wanted.length === 0) return;
    for (const claimId of wanted) loading.current.add(claimId);
    void changedClaimsAction({ articleId: article.id, claimIds: wanted }).then((result) => {
      for (const claimId of wanted) loading.current.delete(claimId);
      if (!result.ok) {
        setLoadError({ id: selectedId, message: result.error.message });
        return;
      }
      const full = new Map(result.data.map((d) => [d.claim.id, d.claim]));
      // Only outlines are replaced: a claim saved here meanwhile keeps its newer state.
      setClaims((list) => list.map((c) => (isOutline(c) ? (full.get(c.id) ?? c) : c)));
    });
    // shown is read for the neighbours only; a new filter does not need a new load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, selectedLoaded, article.id]);

  /**
   * The panel's commands, only when the panel on screen shows the current claim: a key never acts on
   * a claim that is not visibly open. Otherwise says why and returns null.
   */
  const openPanel = (doing: string): ClaimPanelCommands | null => {
    if (!selectedId) {
      setMessage('Choose a claim first.');
      return null;
    }

    const el = document.querySelector<HTMLElement>('[data-testid="claim-panel"]');
    if (!panel.current || !el || el.dataset.claimId !== selectedId || !el.checkVisibility()) {
      setMessage(`Open the claim first (Enter) to ${doing}.`);
      return null;
    }
    return panel.current;
  };

  const onChanged = useCallback((c: ClaimDto) => setClaims((list) => list.map((x) => (x.id === c.id ? c : x))), []);
  // Claims added elsewhere join the list in place; the current claim, the focus and the panel stay as they are.
  const [arrivals, setArrivals] = useState<string | null>(null);
  const onAdded = useCallback((added: ChangedClaim[]) => {
    setClaims((list) => {
      const known = new Set(list.map((c) => c.id));
      return [...list, ...added.map((a) => a.claim).filter((c) => !known.has(c.id))].sort(byPosition);
    });
    const by = [...new Set(added.map((a) => a.changedBy).filter(Boolean))];
    setArrivals(`${added.length === 1 ? 'A new claim was' : `${added.length} new claims were`} added${by.length ? ` by ${by.join(', ')}` : ''}: “${added[0].claim.claimText.slice(0, 80)}”.`);
  }, []);
  const stale = useStaleClaims({ articleId: article.id, claims, selectedId, onChanged, onAdded });
  useEffect(() => {
    if (!initialClaimId) return;
    const id = CSS.escape(initialClaimId);
    for (const selector of [`.claim-list [data-claim-id="${id}"]`, `.article-text mark[data-claim-id="${id}"]`]) document.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  }, [initialClaimId]);
  const onDeleted = useCallback((id: string) => {
    setClaims((list) => list.filter((x) => x.id !== id));
    dispatch({ type: 'removed', id });
    setMessage('Claim deleted.');
  }, []);

  /**
   * Runs a key's command on the current claim's panel. While that claim is still loading, the key
   * waits for it, bound to that claim: if another claim becomes current first, it is dropped.
   */
  const withPanel = (doing: string, run: (p: ClaimPanelCommands) => void) => {
    if (selectedId && !selectedLoaded) {
      queued.current = { id: selectedId, doing, run };
      setMessage('Loading this claim…');
      return;
    }
    const p = openPanel(doing);
    if (p) run(p);
  };
  useEffect(() => {
    const q = queued.current;
    if (!q || !selectedLoaded || q.id !== selectedId) return;
    queued.current = null;
    const p = openPanel(q.doing);
    if (p) q.run(p);
    // openPanel reads the DOM and the refs of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedLoaded, selectedId]);

  useWorkbenchShortcuts({
    move: (delta) => dispatch({ type: 'move', delta, shown, all: claims }),
    // Enter on a row opens the current claim: with the roving focus that row is the current one.
    open: () => dispatch({ type: 'open' }),
    verdict: (position) => {
      const verdict = verdicts[position - 1];
      if (!verdict) setMessage(`The verdict scale has no entry ${position}.`);
      else if (selectedId) {
        const claimId = selectedId;
        withPanel('set its verdict', (p) => p.setVerdict(claimId, verdict.id));
      }
      else setMessage('Choose a claim first.');
    },
    rationale: () => withPanel('write its rationale', (p) => p.focusRationale()),
    addSource: () => withPanel('add a source', (p) => p.addSource()),
    dismiss: () => withPanel('dismiss it', (p) => p.dismiss()),
    approve: () => withPanel('approve it', (p) => p.approve()),
    nextUnreviewed: () => {
      if (hasUnreviewed(shown)) dispatch({ type: 'nextUnreviewed', shown });
      else setMessage('Every claim in this list has been reviewed.');
    },
    help: () => setHelpOpen(true),
    leave: () => dispatch({ type: 'leave' }),
  });

  // Marks the page interactive (shortcuts listening); tests and the benchmark wait for it before pressing keys.
  useEffect(() => {
    root.current?.setAttribute('data-hydrated', 'true');
    performance.mark('workbench-hydrated');
  }, []);

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
      dispatch({ type: 'select', id: result.data.id });
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
          <ArticleHighlights claims={claims} drawnLayout={drawnLayout} selectedId={selectedId} onSelect={selectHighlight} textRef={textRef}>
            {articleText}
          </ArticleHighlights>
          <CandidatesPanel
            articleId={article.id}
            canConfigure={me.canApprove}
            onClaimCreated={(claim) => {
              setClaims((list) => [...list, claim].sort(byPosition));
              dispatch({ type: 'select', id: claim.id });
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
            <p className="small muted" role="status" aria-live="polite" data-testid="claim-arrivals" style={{ margin: 0 }}>
              {arrivals}
            </p>
            <ClaimFiltersForm filters={filters} onChange={setFilters} verdicts={verdicts} assignees={assignees} me={me} shown={shown.length} total={claims.length} />
            <ClaimList claims={shown} selectedId={selectedId} onSelect={selectRow} emptyText={claims.length ? 'No claims match these filters.' : undefined} />
          </div>
          {selected && !selectedLoaded ? (
            <p className="muted" role="status" data-testid="claim-loading">
              {loadError?.id === selectedId ? `Could not load this claim: ${loadError.message}` : 'Loading the claim…'}
            </p>
          ) : selected ? (
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
