'use client';
import { useState, useTransition } from 'react';
import { assignArticleAction, assignClaimAction } from '@/app/articles/[id]/collab-actions';
import type { Person } from '@/lib/services/assignments';
import styles from './collab.module.css';

type Props = {
  articleId: string;
  claimId: string;
  assignee: Person | null;
  team: { id: string; name: string; role: string }[];
  canAssign: boolean;
  onAssigned: () => void;
};

/** Who the claim is assigned to; editors assign it, or every unapproved claim of the article. */
export function Assign({ articleId, claimId, assignee, team, canAssign, onAssigned }: Props) {
  const assigneeId = assignee?.id ?? '';
  const [choice, setChoice] = useState(assigneeId);
  // The claim's assignee can change under the menu (a send-back returns the claim to its reviewer,
  // another editor assigns it): the menu then shows the new assignee, as the line above it does.
  const [shownAssignee, setShownAssignee] = useState(assigneeId);
  if (shownAssignee !== assigneeId) {
    setShownAssignee(assigneeId);
    setChoice(assigneeId);
  }
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(kind: 'claim' | 'article') {
    setError(null);
    setMessage(null);
    startTransition(async () => {
      if (kind === 'claim') {
        const result = await assignClaimAction({ articleId, claimId, assigneeId: choice || null });
        if (!result.ok) return setError(result.error.fields?.assigneeId?.join(' ') ?? result.error.message);
        setMessage(result.data.assignee ? `Assigned to ${result.data.assignee.name}.` : 'Assignment removed.');
      } else {
        if (!choice) return setError('Choose who gets the article.');
        const result = await assignArticleAction({ articleId, assigneeId: choice });
        if (!result.ok) return setError(result.error.fields?.assigneeId?.join(' ') ?? result.error.message);
        setMessage(`${result.data.assigned} unapproved claim${result.data.assigned === 1 ? '' : 's'} assigned to ${result.data.assignee.name}.`);
      }
      onAssigned();
    });
  }

  return (
    <section className={`stack ${styles.section}`} aria-label="Assignment">
      <p className="small" style={{ margin: 0 }} data-testid="assignee">
        Assigned to: <strong>{assignee?.name ?? 'nobody'}</strong>
      </p>
      {canAssign && (
        <div className="stack">
          <div>
            <label htmlFor={`assign-${claimId}`}>Assign to</label>
            <select id={`assign-${claimId}`} value={choice} onChange={(e) => setChoice(e.target.value)} aria-describedby={error ? `assign-${claimId}-error` : undefined}>
              <option value="">— nobody —</option>
              {team.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({m.role})
                </option>
              ))}
            </select>
          </div>
          <div className="row">
            <button type="button" className="btn" disabled={pending} onClick={() => run('claim')}>
              Assign claim
            </button>
            <button type="button" className="btn" disabled={pending} onClick={() => run('article')}>
              Assign whole article
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" id={`assign-${claimId}-error`} role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="small success" aria-live="polite" style={{ margin: 0 }}>
          {message}
        </p>
      )}
    </section>
  );
}
