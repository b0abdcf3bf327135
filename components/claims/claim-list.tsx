'use client';
import type { ClaimDto } from '@/lib/services/dto';

export const STATUS_LABEL: Record<ClaimDto['status'], string> = {
  open: 'Open',
  in_progress: 'In progress',
  needs_review: 'Needs second review',
  approved: 'Approved',
  dismissed: 'Dismissed',
};

export function ClaimList({ claims, selectedId, onSelect }: { claims: ClaimDto[]; selectedId: string | null; onSelect: (id: string) => void }) {
  if (claims.length === 0) return <p className="muted">No claims yet. Select text in the article and add one.</p>;
  return (
    <ul className="claim-list" aria-label="Claims">
      {claims.map((c, i) => (
        <li key={c.id}>
          <button
            type="button"
            className="claim-item"
            aria-current={c.id === selectedId}
            data-claim-id={c.id}
            aria-label={`Claim ${i + 1}: ${c.claimText}. ${c.verdict ? `Verdict ${c.verdict.label}` : 'No verdict'}. ${STATUS_LABEL[c.status]}.`}
            onClick={() => onSelect(c.id)}
          >
            <span className="dot" style={{ background: c.verdict?.colour ?? '#c5cbd5' }} aria-hidden />
            <span className="text">{c.claimText}</span>
            <span className="badge small" aria-hidden>
              {c.verdict?.label ?? STATUS_LABEL[c.status]}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
