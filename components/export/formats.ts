/** The export formats as the UI names them. */
export const EXPORT_FORMAT_OPTIONS = [
  { value: 'claimreview', label: 'ClaimReview JSON-LD' },
  { value: 'csv', label: 'CSV' },
  { value: 'json', label: 'JSON (everything, with history)' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'html', label: 'HTML report' },
] as const;
