'use client';
import { useEffect, useState, useTransition, type ReactNode } from 'react';
import type { ClaimDto } from '@/lib/services/dto';
import type { ClaimMatchDto } from '@/lib/services/claim-matches';
import { claimMatchesAction, dismissClaimMatchAction, linkClaimMatchAction } from '@/app/articles/[id]/match-actions';

/** The claims list's mark for a claim that looks like an earlier check. */
export function CheckedBeforeBadge() {
  return (
    <span className="badge small checked-badge" title="Checked before: this claim looks like an earlier fact-check" aria-hidden>
      Checked before
    </span>
  );
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (day: string | null) => (day ? DATE.format(new Date(`${day}T00:00:00Z`)) : null);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every occurrence of `words` marked (case-insensitive). */
function highlight(text: string, words: string[]): ReactNode {
  const wanted = words.map((w) => w.trim()).filter(Boolean);
  if (wanted.length === 0) return text;
  const parts = text.split(new RegExp(`(${wanted.map(escape).join('|')})`, 'giu'));
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="diff">{part}</mark> : part));
}

const DIFFERENCE_LABEL: Record<string, string> = { number: 'number', negation: 'negation', speaker: 'speaker', place: 'place', date: 'date', entity: 'name' };

type Props = {
  claim: ClaimDto;
  /** Called with the claim after a link (its verdict, rationale and sources changed) or a dismissal (its badge count). */
  onChanged: (claim: ClaimDto, how: 'linked' | 'dismissed') => void;
};

/**
 * "Checked before" on the claim panel: earlier approved claims and imported ClaimReviews this claim
 * looks like, with how close and why; for related ones the differences are marked on both sides.
 * Reuse links the claim and drafts the earlier verdict (second review still needed); Dismiss hides
 * the suggestion for good.
 */
export function CheckedBefore({ claim, onChanged }: Props) {
  const [matches, setMatches] = useState<ClaimMatchDto[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [loads, setLoads] = useState(0);
  const count = claim.checkedBefore ?? 0;

  useEffect(() => {
    // Nothing to show for a claim without suggestions (the outline counts them): no request, so a
    // verdict key pressed right after opening the claim does not queue behind it (Next.js runs a
    // page's server actions one at a time).
    if (count === 0) return;
    let live = true;
    claimMatchesAction({ articleId: claim.articleId, claimId: claim.id }).then((result) => {
      if (!live) return;
      if (result.ok) setMatches(result.data);
      else setMessage(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [claim.articleId, claim.id, count, loads]);

  if (!matches || matches.length === 0) return message ? <p className="small form-error">{message}</p> : null;
  const linked = matches.find((m) => m.linkedAt);
  const locked = claim.status === 'approved' || claim.status === 'dismissed';

  function reuse(m: ClaimMatchDto) {
    startTransition(async () => {
      const result = await linkClaimMatchAction({ articleId: claim.articleId, claimId: claim.id, matchId: m.id, version: claim.version });
      if (!result.ok) {
        setMessage(result.error.message);
        return;
      }
      setMessage('Linked: the earlier verdict, rationale and sources are a draft now; another editor gives the second review.');
      setLoads((n) => n + 1); // the suggestion now shows who linked it
      onChanged(result.data, 'linked');
    });
  }

  function dismiss(m: ClaimMatchDto) {
    startTransition(async () => {
      const result = await dismissClaimMatchAction({ articleId: claim.articleId, claimId: claim.id, matchId: m.id });
      if (!result.ok) {
        setMessage(result.error.message);
        return;
      }
      setMatches((list) => list?.filter((x) => x.id !== m.id) ?? null);
      setMessage('Suggestion dismissed; it will not be shown again.');
      onChanged(result.data, 'dismissed');
    });
  }

  return (
    <section className="card stack checked-before" aria-labelledby={`checked-before-${claim.id}`}>
      <h3 id={`checked-before-${claim.id}`} style={{ margin: 0 }}>
        Checked before
      </h3>
      {matches.map((m) => {
        const e = m.earlier;
        const where = e.type === 'claim' ? (
          <a href={`/articles/${encodeURIComponent(e.articleId)}?claim=${encodeURIComponent(e.id)}`}>{e.articleTitle}</a>
        ) : e.reviewUrl && /^https?:\/\//.test(e.reviewUrl) ? (
          <a href={e.reviewUrl} target="_blank" rel="noopener noreferrer nofollow">{e.orgName ?? 'another fact-checker'}</a>
        ) : (
          <>{e.orgName ?? 'another fact-checker'}</>
        );
        const verdict = e.verdict?.label ?? 'no rating';
        const date = longDate(e.date);
        const related = m.kind === 'related';
        return (
          <article key={m.id} className="stack match" aria-label={`Checked before: ${verdict}`} data-match-kind={m.kind}>
            <p style={{ margin: 0 }}>
              <strong>
                Checked before:{' '}
                <span className="verdict-label" style={e.verdict?.colour ? { color: e.verdict.colour } : undefined}>
                  {verdict}
                </span>
              </strong>
              {date ? ` — ${date}` : ''}, in {where}
            </p>
            <p className="small muted" style={{ margin: 0 }}>
              {related ? 'Related claim, not the same' : 'The same claim'} · {Math.round(m.score * 100)}% close
              {m.reasons.length ? ` · ${m.reasons.join('; ')}` : ''}
            </p>
            {related && m.differences.length > 0 ? (
              <div className="match-diff small" aria-label="Differences">
                <p style={{ margin: 0 }}>
                  <span className="muted">This claim: </span>
                  {highlight(claim.claimText, m.differences.map((d) => d.a))}
                </p>
                <p style={{ margin: 0 }}>
                  <span className="muted">Earlier: </span>
                  {highlight(e.text, m.differences.map((d) => d.b))}
                </p>
                <ul style={{ margin: 0 }}>
                  {m.differences.map((d, i) => (
                    <li key={i}>
                      Different {DIFFERENCE_LABEL[d.kind] ?? d.kind}: <mark className="diff">{d.a || '—'}</mark> here, <mark className="diff">{d.b || '—'}</mark> earlier
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <blockquote className="small" style={{ margin: 0 }}>
                {e.text}
                {e.speaker ? <span className="muted"> — {e.speaker}</span> : null}
              </blockquote>
            )}
            {m.linkedAt ? (
              <p className="small success" style={{ margin: 0 }}>
                Linked{m.linkedBy ? ` by ${m.linkedBy}` : ''}: its verdict, rationale and sources were reused.
              </p>
            ) : (
              <div className="row">
                <button type="button" className="btn" disabled={pending || locked || !!linked} onClick={() => reuse(m)}>
                  Reuse this verdict
                </button>
                <button type="button" className="btn" disabled={pending} onClick={() => dismiss(m)}>
                  Dismiss
                </button>
              </div>
            )}
          </article>
        );
      })}
      {message && (
        <p className="small" role="status" style={{ margin: 0 }}>
          {message}
        </p>
      )}
    </section>
  );
}
