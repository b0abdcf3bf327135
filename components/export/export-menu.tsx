const FORMATS = [
  { format: 'claimreview', label: 'ClaimReview JSON-LD' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
] as const;

/** Download links for an article's reviewed claims (editors and admins only). */
export function ExportMenu({ articleId }: { articleId: string }) {
  return (
    <nav aria-label="Export" className="row no-print" style={{ gap: '0.4rem' }}>
      <span className="small muted">Export:</span>
      {FORMATS.map((f) => (
        <a key={f.format} className="btn" href={`/api/v1/articles/${articleId}/export?format=${f.format}`} download>
          {f.label}
        </a>
      ))}
    </nav>
  );
}
