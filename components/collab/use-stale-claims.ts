'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { changedClaimsAction } from '@/app/articles/[id]/collab-actions';
import type { ClaimDto } from '@/lib/services/dto';
import type { ChangedClaim } from '@/lib/services/claim-versions';
import { addedClaimIds, newerClaimIds } from '@/lib/collab/stale';

/** How often an open article asks whether its claims changed elsewhere (only while the tab is visible). */
export const STALE_POLL_MS = 10_000;

type Options = {
  articleId: string;
  claims: ClaimDto[];
  selectedId: string | null;
  onChanged: (claim: ClaimDto) => void;
  /** Claims added elsewhere (another reviewer, the API), with who added them; never made current. */
  onAdded?: (added: ChangedClaim[]) => void;
};
export type StaleClaims = {
  /** The newer state of the open claim, saved by someone else, while the reviewer still has the older one. */
  newer: ChangedClaim | null;
  /** Replaces the open claim (and its draft) with the newer version. */
  loadNewer: () => void;
  /** Changes when the reviewer loads a newer version: part of the claim panel's key so it starts afresh. */
  reloads: number;
  /** The open claim was deleted elsewhere (missing from two polls in a row). */
  deleted: boolean;
};

/**
 * Polls GET /api/v1/articles/:id/versions (one small request for the whole article). Claims that
 * are not open are refreshed in place; the open claim is never replaced under the reviewer's
 * draft: it is offered as `newer` instead.
 */
export function useStaleClaims({ articleId, claims, selectedId, onChanged, onAdded }: Options): StaleClaims {
  const [newer, setNewer] = useState<ChangedClaim | null>(null);
  const [reloads, setReloads] = useState(0);
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const latest = useRef({ claims, selectedId, onChanged, onAdded });
  // Claims that left this page (deleted, merged away): a poll answered before that must not bring them back.
  const removedHere = useRef(new Set<string>());
  useEffect(() => {
    const now = new Set(claims.map((c) => c.id));
    for (const c of latest.current.claims) if (!now.has(c.id)) removedHere.current.add(c.id);
    latest.current = { claims, selectedId, onChanged, onAdded };
  });

  useEffect(() => {
    let etag: string | null = null;
    let versions: Record<string, number> = {};
    let busy = false;
    let stopped = false;
    let missing: string | null = null;

    async function poll() {
      if (busy || stopped || document.visibilityState !== 'visible') return;
      busy = true;
      try {
        const response = await fetch(`/api/v1/articles/${encodeURIComponent(articleId)}/versions`, {
          cache: 'no-store',
          headers: etag ? { 'If-None-Match': etag } : {},
        });
        if (response.status === 200) {
          versions = ((await response.json()) as { data: { versions: Record<string, number> } }).data.versions;
          etag = response.headers.get('etag');
        } else if (response.status !== 304) return;
        // Twice in a row, so a claim added on this page after the poll started is not taken for deleted.
        const open = latest.current.selectedId;
        const gone = open && !(open in versions) ? open : null;
        if (gone && gone === missing) setDeletedId(gone);
        missing = gone;
        const local = new Map(latest.current.claims.map((c) => [c.id, c.version]));
        const changed = newerClaimIds(versions, local);
        const added = latest.current.onAdded ? addedClaimIds(versions, local, removedHere.current) : [];
        if ((changed.length === 0 && added.length === 0) || stopped) return;
        const result = await changedClaimsAction({ articleId, claimIds: [...changed, ...added].slice(0, 500) });
        if (!result.ok || stopped) return;
        const known = new Set(latest.current.claims.map((c) => c.id));
        const arrived: ChangedClaim[] = [];
        for (const item of result.data) {
          if (!known.has(item.claim.id)) {
            if (!removedHere.current.has(item.claim.id)) arrived.push(item);
          } else if (item.claim.id === latest.current.selectedId) setNewer(item);
          else latest.current.onChanged(item.claim);
        }
        if (arrived.length > 0) latest.current.onAdded?.(arrived);
      } catch {
        // Offline for a moment: the next poll tries again.
      } finally {
        busy = false;
      }
    }

    const timer = window.setInterval(poll, STALE_POLL_MS);
    const onVisible = () => void poll();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [articleId]);

  const selected = claims.find((c) => c.id === selectedId);
  const current = newer && selected && newer.claim.id === selected.id && newer.claim.version > selected.version ? newer : null;

  const loadNewer = useCallback(() => {
    if (!current) return;
    latest.current.onChanged(current.claim);
    setNewer(null);
    setReloads((n) => n + 1);
  }, [current]);

  return { newer: current, loadNewer, reloads, deleted: !!selectedId && deletedId === selectedId };
}
