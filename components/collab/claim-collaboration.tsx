'use client';
import { useCallback, useEffect, useState } from 'react';
import { claimCollaborationAction } from '@/app/articles/[id]/collab-actions';
import type { ClaimDto } from '@/lib/services/dto';
import type { ClaimCollaborationDto } from '@/lib/services/collaboration';
import { Assign } from './assign';
import { Comments } from './comments';
import { History } from './history';
import { CorrectionNotes, SendBackNotice, WorkflowControls } from './workflow';
import { FormError } from '@/components/ui/form-error';

type Props = {
  claim: ClaimDto;
  me: { id: string; canApprove: boolean };
  /** Called with the claim after a workflow step (start, send back, correction). */
  onChanged: (claim: ClaimDto) => void;
};

/**
 * The collaboration part of the claim panel: workflow steps, assignment, comments and history.
 * Loads in one request when the claim opens and again whenever its version changes.
 */
export function ClaimCollaboration({ claim, me, onChanged }: Props) {
  const [data, setData] = useState<ClaimCollaborationDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { articleId, id: claimId, version } = claim;

  const load = useCallback(async () => {
    const result = await claimCollaborationAction({ articleId, claimId });
    if (result.ok) {
      setData(result.data);
      setError(null);
    } else setError(result.error.message);
  }, [articleId, claimId]);

  useEffect(() => {
    let live = true;
    void claimCollaborationAction({ articleId, claimId }).then((result) => {
      if (!live) return;
      if (result.ok) setData(result.data);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [articleId, claimId, version]);

  const team = data?.team ?? [];
  return (
    <section className="stack" aria-label="Collaboration" data-testid="claim-collaboration">
      {data && <SendBackNotice claim={claim} comments={data.comments} />}
      {data && <CorrectionNotes comments={data.comments} />}
      <WorkflowControls claim={claim} me={me} team={team} onChanged={onChanged} />
      <FormError message={error} />
      {!data ? (
        <p className="small muted">Loading comments and history…</p>
      ) : (
        <>
          <Assign articleId={articleId} claimId={claimId} assignee={data.assignee} team={team} canAssign={me.canApprove} onAssigned={load} />
          <Comments articleId={articleId} claimId={claimId} comments={data.comments} team={team} canWrite onAdded={load} />
          <History entries={data.history} />
        </>
      )}
    </section>
  );
}
