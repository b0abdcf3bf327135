/** Reviewed / approved / total as one bar with a text equivalent. */
export function ProgressBar({ total, reviewed, approved }: { total: number; reviewed: number; approved: number }) {
  const pct = (n: number) => (total ? (n / total) * 100 : 0);
  const label = `${reviewed} of ${total} reviewed, ${approved} approved`;
  return (
    <div className="row small" style={{ gap: '0.5rem' }}>
      <div className="progress" role="img" aria-label={label}>
        <span style={{ width: `${pct(approved)}%`, background: 'var(--ok)' }} />
        <span style={{ width: `${pct(reviewed - approved)}%`, background: 'var(--reviewed)' }} />
      </div>
      <span className="muted">
        {reviewed}/{total} reviewed · {approved} approved
      </span>
    </div>
  );
}
