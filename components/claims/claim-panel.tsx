'use client';
import { useEffect, useImperativeHandle, useRef, useState, useTransition, type FormEvent, type Ref } from 'react';
import { approveClaimAction, deleteClaimAction, dismissClaimAction, restoreClaimAction, updateClaimAction } from '@/app/articles/[id]/actions';
import type { ClaimDto, VerdictDto } from '@/lib/services/dto';
import { CLAIM_TYPE_VALUES } from '@/lib/validation/claim';
import { SourceList } from '@/components/sources/source-list';
import { ClaimCollaboration } from '@/components/collab/claim-collaboration';
import { PublicUrlField } from '@/components/export/public-url-field';
import { ClaimWhy } from './claim-why';
import { STATUS_LABEL } from './claim-list';
import { TYPE_LABEL } from './claim-labels';
import { approvalBlockers } from '@/lib/review/four-eyes';
import type { ReviewPolicyDto } from '@/lib/services/settings';

type Draft = { claimText: string; claimType: string; speaker: string; verdictId: string; rationale: string };

const draftOf = (c: ClaimDto): Draft => ({
  claimText: c.claimText,
  claimType: c.claimType,
  speaker: c.speaker ?? '',
  verdictId: c.verdict?.id ?? '',
  rationale: c.rationale ?? '',
});

type Props = {
  claim: ClaimDto;
  verdicts: VerdictDto[];
  me: { id: string; canApprove: boolean };
  reviewPolicy: ReviewPolicyDto;
  onChanged: (claim: ClaimDto) => void;
  onDeleted: (id: string) => void;
  /** What the workbench's keyboard shortcuts call. */
  commands?: Ref<ClaimPanelCommands>;
};

export type ClaimPanelCommands = {
  focus: () => void;
  /** Sets and saves the verdict of `claimId`, which must be the claim this panel shows (else nothing happens). */
  setVerdict: (claimId: string, verdictId: string) => void;
  approve: () => void;
  dismiss: () => void;
  addSource: () => void;
  /** Focuses the rationale, as soon as a save in progress (which disables the form) ends. */
  focusRationale: () => void;
};

export function ClaimPanel({ claim, verdicts, me, reviewPolicy, onChanged, onDeleted, commands }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(claim));
  const [baseVersion, setBaseVersion] = useState(claim.version);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [conflict, setConflict] = useState<ClaimDto | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const locked = claim.status === 'approved'; // changes only through a correction (components/collab)
  const verdictById = new Map(verdicts.map((v) => [v.id, v]));
  const section = useRef<HTMLElement>(null);
  const rationaleWanted = useRef(false);
  // The service's own rule (lib/review/four-eyes.ts) on the saved claim: what stands between me and approving it.
  const blockers = approvalBlockers(
    { status: claim.status, hasVerdict: !!claim.verdict, rationale: claim.rationale, sourceCount: claim.sources.length, reviewers: claim.reviewers },
    me.id,
    reviewPolicy.minSourcesForApproval,
  );
  const evidenceMissing = blockers.filter((b) => b.code === 'sources' || b.code === 'rationale');
  const showApprove = me.canApprove && claim.status === 'needs_review';

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };

  function save(version = baseVersion, override: Partial<Draft> = {}) {
    setError(null);
    setSaved(null);
    const values = { ...draft, ...override };
    startTransition(async () => {
      const result = await updateClaimAction({
        articleId: claim.articleId,
        claimId: claim.id,
        version,
        claimText: values.claimText,
        claimType: values.claimType as (typeof CLAIM_TYPE_VALUES)[number],
        speaker: values.speaker,
        verdictId: values.verdictId,
        rationale: values.rationale,
      });
      if (result.ok) {
        setConflict(null);
        setBaseVersion(result.data.version);
        setDraft(draftOf(result.data));
        setSaved('Saved.');
        onChanged(result.data);
        return;
      }
      const current = (result.error.details as { current?: ClaimDto } | undefined)?.current;
      if (result.error.code === 'CONFLICT' && current) {
        setConflict(current);
        onChanged(current);
      }
      setError({ message: result.error.message, fields: result.error.fields });
    });
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save();
  }

  function approve() {
    if (!me.canApprove) {
      setError({ message: 'Only an editor can approve a verdict.' });
      return;
    }
    if (blockers.length > 0) {
      setError({ message: blockers.map((b) => b.message).join(' ') });
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await approveClaimAction({ articleId: claim.articleId, claimId: claim.id, version: baseVersion });
      if (result.ok) {
        setBaseVersion(result.data.version);
        setSaved('Approved.');
        onChanged(result.data);
      } else setError({ message: result.error.message });
    });
  }

  function dismissOrRestore() {
    setError(null);
    setSaved(null);
    const restoring = claim.status === 'dismissed';
    startTransition(async () => {
      const ref = { articleId: claim.articleId, claimId: claim.id, version: baseVersion };
      const result = restoring ? await restoreClaimAction(ref) : await dismissClaimAction(ref);
      if (result.ok) {
        setBaseVersion(result.data.version);
        setSaved(restoring ? 'Restored.' : 'Marked not check-worthy. Restore it from “Show dismissed”.');
        onChanged(result.data);
        return;
      }
      const current = (result.error.details as { current?: ClaimDto } | undefined)?.current;
      if (result.error.code === 'CONFLICT' && current) {
        setConflict(current);
        onChanged(current);
      }
      setError({ message: result.error.message });
    });
  }

  useEffect(() => {
    if (pending || !rationaleWanted.current) return;
    rationaleWanted.current = false;
    document.getElementById('claim-rationale')?.focus();
  }, [pending]);

  useImperativeHandle(commands, () => ({
    focus: () => section.current?.focus(),
    setVerdict: (claimId: string, verdictId: string) => {
      if (claimId !== claim.id) return;
      if (locked) {
        setError({ message: 'This claim is approved and locked; ask an editor to reopen it.' });
        return;
      }
      if (pending) {
        // A second save from the same version would only conflict with our own first one.
        setError({ message: 'Still saving the previous change; press the key again in a moment.' });
        return;
      }
      setDraft((d) => ({ ...d, verdictId }));
      save(baseVersion, { verdictId });
    },
    approve,
    dismiss: () => {
      if (claim.status !== 'dismissed') dismissOrRestore();
    },
    addSource: () => section.current?.querySelector<HTMLButtonElement>('[data-action="add-source"]')?.click(),
    focusRationale: () => {
      if (pending) rationaleWanted.current = true;
      else document.getElementById('claim-rationale')?.focus();
    },
  }));

  function remove() {
    if (!window.confirm('Delete this claim? Its verdict and sources are deleted too.')) return;
    startTransition(async () => {
      const result = await deleteClaimAction({ articleId: claim.articleId, claimId: claim.id, version: baseVersion });
      if (result.ok) onDeleted(claim.id);
      else setError({ message: result.error.message });
    });
  }

  const fieldError = (name: string) =>
    error?.fields?.[name] ? (
      <p className="field-error" id={`claim-${name}-error`}>
        {error.fields[name].join(' ')}
      </p>
    ) : null;

  return (
    <section className="card panel stack" aria-label="Claim review" data-testid="claim-panel" data-claim-id={claim.id} ref={section} tabIndex={-1}>
      <h2>
        <span className="grow">Claim</span>
        <span className="badge" data-testid="claim-status">{STATUS_LABEL[claim.status]}</span>
      </h2>
      <blockquote className="muted small" style={{ margin: 0, borderLeft: '3px solid var(--line)', paddingLeft: '0.6rem' }}>
        “{claim.quote}”
      </blockquote>
      <ClaimWhy articleId={claim.articleId} claimId={claim.id} score={claim.checkworthiness} />
      {(claim.reviewers.length > 0 || claim.approvedBy) && (
        <p className="small muted" data-testid="claim-reviewers">
          {claim.reviewers.length > 0 ? `Reviewed by ${claim.reviewers.map((r) => r.name).join(', ')}` : 'Reviewed'}
          {claim.approvedBy ? ` · approved by ${claim.approvedBy.name}` : ''}
        </p>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="claim-error">
          {error.message}
        </div>
      )}
      {conflict && (
        <div className="notice stack" data-testid="conflict">
          <strong>Newer version saved by someone else</strong>
          <dl className="small" style={{ margin: 0 }}>
            <dt>Their verdict</dt>
            <dd data-testid="conflict-verdict">{conflict.verdict?.label ?? 'none'}</dd>
            <dt>Their rationale</dt>
            <dd data-testid="conflict-rationale">{conflict.rationale ?? '—'}</dd>
            <dt>Their claim text</dt>
            <dd>{conflict.claimText}</dd>
          </dl>
          <div className="row">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setDraft(draftOf(conflict));
                setBaseVersion(conflict.version);
                setConflict(null);
                setError(null);
              }}
            >
              Use their version
            </button>
            <button type="button" className="btn primary" onClick={() => save(conflict.version)}>
              Keep mine and save
            </button>
          </div>
        </div>
      )}
      <form className="stack" onSubmit={onSubmit} onKeyDown={(e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); save(); } }}>
        <fieldset disabled={locked || pending} style={{ border: 0, padding: 0, margin: 0 }} className="stack">
          <div>
            <label htmlFor="claim-text">Claim text</label>
            <textarea id="claim-text" rows={3} value={draft.claimText} onChange={set('claimText')} aria-describedby="claim-claimText-error" />
            {fieldError('claimText')}
          </div>
          <div className="grid2">
            <div>
              <label htmlFor="claim-verdict">Verdict</label>
              <select id="claim-verdict" value={draft.verdictId} onChange={set('verdictId')} aria-describedby="claim-verdict-help">
                <option value="">— no verdict —</option>
                {verdicts.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.label}
                  </option>
                ))}
              </select>
              <p className="small muted" id="claim-verdict-help">
                {draft.verdictId ? verdictById.get(draft.verdictId)?.description : 'Press 1–9 to set a verdict by its place in the scale.'}
              </p>
              {fieldError('verdictId')}
            </div>
            <div>
              <label htmlFor="claim-type">Claim type</label>
              <select id="claim-type" value={draft.claimType} onChange={set('claimType')}>
                {CLAIM_TYPE_VALUES.map((t) => (
                  <option key={t} value={t}>
                    {TYPE_LABEL[t]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div>
            <label htmlFor="claim-speaker">Speaker</label>
            <input id="claim-speaker" type="text" value={draft.speaker} onChange={set('speaker')} maxLength={200} />
          </div>
          <div>
            <label htmlFor="claim-rationale">Rationale</label>
            <textarea id="claim-rationale" rows={5} value={draft.rationale} onChange={set('rationale')} placeholder="Why this verdict? What do the sources show?" />
            {fieldError('rationale')}
          </div>
          <div className="row">
            <button type="submit" className="btn primary">
              {pending ? 'Saving…' : 'Save claim'}
            </button>
            {showApprove && (
              <button
                type="button"
                className="btn"
                onClick={approve}
                aria-keyshortcuts="a"
                disabled={blockers.length > 0}
                aria-describedby={blockers.length > 0 ? 'approve-blockers' : undefined}
              >
                Approve verdict
              </button>
            )}
            <span className="grow" />
            <button type="button" className="btn" onClick={dismissOrRestore} aria-keyshortcuts={claim.status === 'dismissed' ? undefined : 'x'}>
              {claim.status === 'dismissed' ? 'Restore claim' : 'Not check-worthy'}
            </button>
            <button type="button" className="btn danger" onClick={remove}>
              Delete claim
            </button>
          </div>
          {showApprove && blockers.length > 0 && (
            <div className="notice small" id="approve-blockers" data-testid="approve-blockers">
              <strong>You cannot approve this verdict yet:</strong>
              <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.2rem' }}>
                {blockers.map((b) => (
                  <li key={b.code}>{b.message}</li>
                ))}
              </ul>
            </div>
          )}
          {!showApprove && claim.verdict && claim.status !== 'approved' && claim.status !== 'dismissed' && evidenceMissing.length > 0 && (
            <p className="small muted" data-testid="approve-blockers">
              Before an editor can approve it: {evidenceMissing.map((b) => b.message).join(' ')}
            </p>
          )}
          <p className="small muted" aria-live="polite">
            {saved ?? (locked ? 'Approved claims are locked; an editor can open a correction below.' : <>Save with <span className="kbd">Ctrl</span>+<span className="kbd">Enter</span></>)}
          </p>
        </fieldset>
      </form>
      <SourceList
        claim={claim}
        disabled={locked}
        minSources={reviewPolicy.minSourcesForApproval}
        onChanged={(c) => {
          // My own source change moved the version one step: my next save or approval starts from it
          // (unless a conflict is still open: then the base stays where it was).
          if (baseVersion === claim.version && c.version === claim.version + 1) setBaseVersion(c.version);
          onChanged(c);
        }}
      />
      {me.canApprove && <PublicUrlField key={claim.id} claim={claim} onChanged={(c) => { setBaseVersion(c.version); onChanged(c); }} />}
      <ClaimCollaboration claim={claim} me={me} onChanged={(c) => { setBaseVersion(c.version); onChanged(c); }} />
    </section>
  );
}
