'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { setClaimPublicUrlAction } from '@/app/articles/[id]/actions';
import type { ClaimDto } from '@/lib/services/dto';

/**
 * Editors: the public page of this claim's fact-check, ClaimReview `url`. Empty uses the organisation's
 * URL pattern; a claim with neither is left out of ClaimReview.
 */
export function PublicUrlField({ claim, onChanged }: { claim: ClaimDto; onChanged: (claim: ClaimDto) => void }) {
  const [value, setValue] = useState(claim.publicUrl ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `public-url-${claim.id}`;

  function save(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await setClaimPublicUrlAction({ articleId: claim.articleId, claimId: claim.id, version: claim.version, publicUrl: value.trim() || null });
      if (result.ok) {
        setMessage({ error: false, text: result.data.publicUrl ? 'Saved: ClaimReview links this page.' : 'Cleared: the organisation’s URL pattern applies.' });
        onChanged(result.data);
      } else {
        setMessage({ error: true, text: result.error.fields?.publicUrl?.join(' ') ?? result.error.message });
      }
    });
  }

  return (
    <form className="stack" onSubmit={save} aria-label="Public fact-check URL" style={{ gap: '0.3rem' }}>
      <label htmlFor={id}>Public fact-check URL</label>
      <div className="row" style={{ gap: '0.4rem' }}>
        <input id={id} type="url" value={value} onChange={(e) => { setValue(e.target.value); setMessage(null); }}
          placeholder="Organisation’s pattern" style={{ flex: 1 }} aria-invalid={message?.error || undefined}
          aria-describedby={`${id}-help`} />
        <button type="submit" className="btn" disabled={pending}>Save URL</button>
      </div>
      <p id={`${id}-help`} className={message?.error ? 'field-error' : 'small muted'} aria-live="polite" style={{ margin: 0 }}>
        {message?.text ?? 'The published page of this fact-check (ClaimReview url); empty uses the organisation’s pattern.'}
      </p>
    </form>
  );
}
