/** The organisation's pattern for the public address of each claim's fact-check (ClaimReview `url`). */
export function FactCheckUrlPatternField({ value, error }: { value: string; error?: string }) {
  return (
    <div>
      <label htmlFor="org-fact-check-url">Public fact-check URL pattern</label>
      <input id="org-fact-check-url" name="factCheckUrlPattern" type="text" inputMode="url" defaultValue={value} key={`p-${value}`}
        placeholder="https://factcheck.example/{articleSlug}#{claimId}"
        aria-invalid={!!error} aria-describedby={`org-fact-check-url-help${error ? ' org-fact-check-url-error' : ''}`} />
      <p id="org-fact-check-url-help" className="small muted" style={{ margin: '0.2rem 0 0' }}>
        Where your published fact-checks live, used as each ClaimReview&apos;s <code>url</code>. Placeholders:{' '}
        <code>{'{articleSlug}'}</code> (the article title in lower case, words joined by <code>-</code>),{' '}
        <code>{'{articleId}'}</code> and <code>{'{claimId}'}</code>. An editor can give a claim its own address in its panel.
        Claims with neither are left out of ClaimReview, never linked to this sign-in protected workbench.
      </p>
      {error && <p id="org-fact-check-url-error" className="field-error">{error}</p>}
    </div>
  );
}
