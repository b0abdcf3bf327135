/**
 * The public address of a claim's fact-check, used as ClaimReview `url`: the claim's own `publicUrl`
 * when an editor set one, else the organisation's pattern with its placeholders filled in. A claim
 * with neither has no public page and is left out of ClaimReview: publishing the sign-in protected
 * workbench address instead would point readers and search engines at a login form.
 *
 * Placeholders: `{articleId}` and `{claimId}` (Claimdesk's ids), `{articleSlug}` (the article title in
 * lower case, accents dropped, words joined by `-`, at most 80 characters). Each is URL-encoded.
 */
export const PUBLIC_URL_PLACEHOLDERS = ['articleId', 'articleSlug', 'claimId'] as const;
type Placeholder = (typeof PUBLIC_URL_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** `Budget: €4.2m "explained"` → `budget-4-2m-explained`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '') || 'article';
}

/** Fills the pattern's placeholders for one claim. */
export function expandPublicUrl(pattern: string, values: { articleId: string; articleTitle: string; claimId: string }): string {
  const filled: Record<Placeholder, string> = { articleId: values.articleId, articleSlug: slugify(values.articleTitle), claimId: values.claimId };
  return pattern.replace(PLACEHOLDER, (whole, name: string) =>
    (PUBLIC_URL_PLACEHOLDERS as readonly string[]).includes(name) ? encodeURIComponent(filled[name as Placeholder]) : whole);
}

/** An absolute http(s) address with a host, or null when it is not one. */
export function publicHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url : null;
  } catch {
    return null;
  }
}

/**
 * Why a public URL (or pattern) cannot be used, or null when it can: it must be an absolute http(s)
 * address, use only the known placeholders, and not point at Claimdesk itself (`appUrl`), whose pages
 * need a sign-in.
 */
export function publicUrlProblem(value: string, options: { pattern: boolean; appUrl?: string }): string | null {
  if (options.pattern) {
    const unknown = [...value.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !(PUBLIC_URL_PLACEHOLDERS as readonly string[]).includes(name!));
    if (unknown.length) return `Unknown placeholder {${unknown[0]}}; use {articleSlug}, {articleId} or {claimId}.`;
  }
  const sample = options.pattern ? expandPublicUrl(value, { articleId: 'a1', articleTitle: 'Sample', claimId: 'c1' }) : value;
  const url = publicHttpUrl(sample);
  if (!url) return 'Enter a full http(s):// address.';
  const app = options.appUrl ? publicHttpUrl(options.appUrl) : null;
  if (app && url.origin === app.origin) return 'This is Claimdesk’s own address, which needs a sign-in; enter the address of the published fact-check.';
  return null;
}
