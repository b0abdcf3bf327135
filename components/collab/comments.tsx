'use client';
import { useState, useTransition } from 'react';
import { addCommentAction } from '@/app/articles/[id]/collab-actions';
import type { CommentDto } from '@/lib/services/comments';
import { COMMENT_MAX } from '@/lib/validation/collab';
import { MentionText } from './mention-text';
import { MentionTextarea } from './mention-textarea';
import { when } from './when';
import styles from './collab.module.css';

type Team = { id: string; name: string }[];
type Props = { articleId: string; claimId: string; comments: CommentDto[]; team: Team; canWrite: boolean; onAdded: () => void };

const KIND_LABEL: Record<CommentDto['kind'], string | null> = { comment: null, send_back: 'Sent back', correction: 'Correction' };

function CommentForm({ articleId, claimId, parentId, team, label, onDone, onCancel }: {
  articleId: string;
  claimId: string;
  parentId?: string;
  team: Team;
  label: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = `comment-${parentId ?? 'new'}`;

  function submit() {
    setError(null);
    startTransition(async () => {
      const result = await addCommentAction({ articleId, claimId, parentId, body });
      if (!result.ok) {
        setError({ message: result.error.message, fields: result.error.fields });
        return;
      }
      setBody('');
      onDone();
    });
  }

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <MentionTextarea
        id={fieldId}
        label={label}
        value={body}
        onChange={setBody}
        team={team}
        rows={parentId ? 2 : 3}
        maxLength={COMMENT_MAX}
        describedBy={`${fieldId}-help${error ? ` ${fieldId}-error` : ''}`}
        placeholder="Type @ and a name to mention a teammate"
        onSubmitShortcut={submit}
      />
      <p className="small muted" id={`${fieldId}-help`} style={{ marginTop: 2 }}>
        Plain text. Mention with @ and a full name (<span className="kbd">@Rita Reviewer</span>) or a unique first name.
      </p>
      {error && (
        <p className="field-error" id={`${fieldId}-error`} role="alert">
          {error.fields?.body?.join(' ') ?? error.message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? 'Posting…' : parentId ? 'Post reply' : 'Post comment'}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function CommentItem({ c }: { c: CommentDto }) {
  const kind = KIND_LABEL[c.kind];
  return (
    <article className={styles.comment} aria-label={`Comment by ${c.author.name}`} data-testid="comment">
      <div className={styles.meta}>
        {kind && <span className={styles.kind}>{kind}</span>}
        <strong>{c.author.name}</strong> · <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
      </div>
      <MentionText body={c.body} mentions={c.mentions} />
    </article>
  );
}

/** Threaded comments of one claim, with replies and @mentions. */
export function Comments({ articleId, claimId, comments, team, canWrite, onAdded }: Props) {
  const [replyTo, setReplyTo] = useState<string | null>(null);
  return (
    <section className={`stack ${styles.section}`} aria-label="Comments">
      <h3>Comments ({comments.reduce((n, c) => n + 1 + c.replies.length, 0)})</h3>
      {comments.length === 0 && <p className="small muted">No comments yet.</p>}
      <ul className={styles.comments}>
        {comments.map((c) => (
          <li key={c.id}>
            <CommentItem c={c} />
            {c.replies.length > 0 && (
              <ul className={styles.replies} aria-label={`Replies to ${c.author.name}`}>
                {c.replies.map((r) => (
                  <li key={r.id}>
                    <CommentItem c={r} />
                  </li>
                ))}
              </ul>
            )}
            {canWrite &&
              (replyTo === c.id ? (
                <div className={styles.replies}>
                  <CommentForm
                    articleId={articleId}
                    claimId={claimId}
                    parentId={c.id}
                    team={team}
                    label={`Reply to ${c.author.name}`}
                    onCancel={() => setReplyTo(null)}
                    onDone={() => {
                      setReplyTo(null);
                      onAdded();
                    }}
                  />
                </div>
              ) : (
                <button type="button" className="btn small" style={{ marginTop: 4, padding: '0.1rem 0.5rem' }} onClick={() => setReplyTo(c.id)} aria-label={`Reply to ${c.author.name}`}>
                  Reply
                </button>
              ))}
          </li>
        ))}
      </ul>
      {canWrite && <CommentForm articleId={articleId} claimId={claimId} team={team} label="Add a comment" onDone={onAdded} />}
    </section>
  );
}
