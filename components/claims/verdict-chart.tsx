import type { ClaimDto, VerdictDto } from '@/lib/services/dto';

const NONE = { id: 'none', label: 'No verdict yet', colour: '#c5cbd5' };

/**
 * A one-line stacked bar of verdicts over every counted claim, including those without a verdict
 * (so a single verdict among 100 claims does not look like a complete picture), with the counts
 * as text for screen readers and print.
 */
export function VerdictChart({ claims, verdicts }: { claims: ClaimDto[]; verdicts: VerdictDto[] }) {
  const counts = [
    ...verdicts.map((v) => ({ v: { id: v.id, label: v.label, colour: v.colour }, n: claims.filter((c) => c.verdict?.id === v.id).length })),
    { v: NONE, n: claims.filter((c) => !c.verdict).length },
  ].filter((x) => x.n > 0);
  const total = claims.length;
  if (total === 0 || counts.every((x) => x.v.id === NONE.id)) return <p className="muted small">No verdicts yet.</p>;
  const summary = counts.map((x) => `${x.v.label}: ${x.n}`).join(', ');
  return (
    <figure style={{ margin: 0 }} data-testid="verdict-chart">
      <div className="progress" style={{ width: '100%', height: 12 }} role="img" aria-label={`Verdicts of ${total} claim${total === 1 ? '' : 's'}: ${summary}`}>
        {counts.map((x) => (
          <span key={x.v.id} style={{ width: `${(x.n / total) * 100}%`, background: x.v.colour }} title={`${x.v.label}: ${x.n}`} />
        ))}
      </div>
      <figcaption className="row small muted" style={{ gap: '0.6rem', marginTop: 4 }} aria-hidden>
        {counts.map((x) => (
          <span key={x.v.id}>
            <span className="swatch" style={{ background: x.v.colour, marginRight: 4 }} />
            {x.v.label} {x.n}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
