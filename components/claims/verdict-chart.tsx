import type { ClaimDto, VerdictDto } from '@/lib/services/dto';

/** A one-line stacked bar of verdicts, with the counts as text for screen readers and print. */
export function VerdictChart({ claims, verdicts }: { claims: ClaimDto[]; verdicts: VerdictDto[] }) {
  const counts = verdicts.map((v) => ({ v, n: claims.filter((c) => c.verdict?.id === v.id).length })).filter((x) => x.n > 0);
  const total = counts.reduce((s, x) => s + x.n, 0);
  if (total === 0) return <p className="muted small">No verdicts yet.</p>;
  const summary = counts.map((x) => `${x.v.label}: ${x.n}`).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <div className="progress" style={{ width: '100%', height: 12 }} role="img" aria-label={`Verdicts: ${summary}`}>
        {counts.map((x) => (
          <span key={x.v.id} style={{ width: `${(x.n / total) * 100}%`, background: x.v.colour }} title={`${x.v.label}: ${x.n}`} />
        ))}
      </div>
      <figcaption className="row small muted" style={{ gap: '0.6rem', marginTop: 4 }}>
        {counts.map((x) => (
          <span key={x.v.id}>
            <span className="dot" style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: x.v.colour, marginRight: 4 }} />
            {x.v.label} {x.n}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
