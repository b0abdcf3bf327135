'use client';
import { useState, useTransition } from 'react';
import { openCorrectionAction, sendBackAction, startReviewAction } from '@/app/articles/[id]/collab-actions';
import type { ClaimDto } from '@/lib/services/dto';
import type { CommentDto } from '@/lib/services/comments';
import { COMMENT_MAX } from '@/lib/validation/collab';
import { MentionText } from './mention-text';
import { MentionTextarea } from './mention-textarea';
import { when } from './when';
import styles from './collab.module.css';
import { FormError } from '@/components/ui/form-error';

type Me = { id: string; canApprove: boolean };
type Team = { id: string; name: string }[];

/** The editor's send-back comment, shown to the reviewer while the claim is back with them. */
export function SendBackNotice({ claim, comments }: { claim: ClaimDto; comments: CommentDto[] }) {
  const latest = [...comments].reverse().find((c) => c.kind === 'send_back');
  if (!latest || claim.status !== 'in_progress') return null;
  return (
    <div className={styles.sendBack} role="status" data-testid="send-back">
      <strong>Sent back by {latest.author.name}</strong> <span className="small muted">· {when(latest.createdAt)}</span>
      <MentionText body={latest.body} mentions={latest.mentions} />
    </div>
  );
}

/** Every correction of a published verdict, visible on the claim (IFCN: open corrections). */
export function CorrectionNotes({ comments }: { comments: CommentDto[] }) {
  const corrections = comments.filter((c) => c.kind === 'correction');
  if (corrections.length === 0) return null;
  return (
    <section aria-label="Corrections" className="stack">
      {corrections.map((c) => (
        <div key={c.id} className={styles.correction} data-testid="correction">
          <strong>Correction</strong> <span className="small muted">· opened by {c.author.name} · {when(c.createdAt)}</span>
          <MentionText body={c.body} mentions={c.mentions} />
        </div>
      ))}
    </section>
  );
}

function NoteForm({ id, label, submitLabel, team, onSubmit, onCancel }: {
  id: string;
  label: string;
  submitLabel: string;
  team: Team;
  onSubmit: (text: string) => Promise<{ message: string; field?: string[] } | null>;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<{ message: string; field?: string[] } | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      setError(await onSubmit(text));
    });
  return (
    <form
      className="stack notice"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <MentionTextarea id={id} label={label} value={text} onChange={setText} team={team} maxLength={COMMENT_MAX} describedBy={error ? `${id}-error` : undefined} onSubmitShortcut={submit} />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error.field?.join(' ') ?? error.message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn primary" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Start review, send back (with a required comment) and open a correction (with a required note). */
export function WorkflowControls({ claim, me, team, onChanged }: { claim: ClaimDto; me: Me; team: Team; onChanged: (c: ClaimDto) => void }) {
  const [open, setOpen] = useState<'send_back' | 'correction' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ref = { articleId: claim.articleId, claimId: claim.id, version: claim.version };
  // The four-eyes rule for send-back as for approval: none of the claim's reviewers since its last approval.
  const canSendBack = me.canApprove && claim.status === 'needs_review' && !claim.reviewers.some((r) => r.id === me.id);
  const canCorrect = me.canApprove && claim.status === 'approved';
  if (claim.status !== 'open' && !canSendBack && !canCorrect) return null;

  function start() {
    setError(null);
    startTransition(async () => {
      const result = await startReviewAction(ref);
      if (result.ok) onChanged(result.data);
      else setError(result.error.message);
    });
  }

  return (
    <div className="stack">
      <div className="row">
        {claim.status === 'open' && (
          <button type="button" className="btn" onClick={start} disabled={pending}>
            Start review
          </button>
        )}
        {canSendBack && open !== 'send_back' && (
          <button type="button" className="btn" onClick={() => setOpen('send_back')}>
            Send back to reviewer
          </button>
        )}
        {canCorrect && open !== 'correction' && (
          <button type="button" className="btn" onClick={() => setOpen('correction')}>
            Open a correction
          </button>
        )}
      </div>
      <FormError message={error} />
      {open === 'send_back' && (
        <NoteForm
          id={`send-back-${claim.id}`}
          label="What should the reviewer change?"
          submitLabel="Send back"
          team={team}
          onCancel={() => setOpen(null)}
          onSubmit={async (comment) => {
            const result = await sendBackAction({ ...ref, comment });
            if (!result.ok) return { message: result.error.message, field: result.error.fields?.comment };
            setOpen(null);
            onChanged(result.data);
            return null;
          }}
        />
      )}
      {open === 'correction' && (
        <NoteForm
          id={`correction-${claim.id}`}
          label="Correction note (shown on the claim and in its history)"
          submitLabel="Open correction"
          team={team}
          onCancel={() => setOpen(null)}
          onSubmit={async (note) => {
            const result = await openCorrectionAction({ ...ref, note });
            if (!result.ok) return { message: result.error.message, field: result.error.fields?.note };
            setOpen(null);
            onChanged(result.data);
            return null;
          }}
        />
      )}
    </div>
  );
}
