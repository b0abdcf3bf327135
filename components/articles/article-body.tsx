import { articleHtml, type MarkClaim } from '@/lib/review/article-marks';

type Props = { body: string; markdown: boolean; claims: readonly MarkClaim[] };

/**
 * The article as reading text with its claims highlighted, drawn once on the server (a server
 * component): no client component per mark and no body string sent as a client prop, and the
 * browser hydrates one element instead of one per piece of text. The markup comes from
 * articleHtml, which escapes every piece of user data. The workbench's ArticleHighlights listens
 * for clicks on the marks with one delegated listener and shows the current claim and new
 * verdicts on them.
 */
export function ArticleBody({ body, markdown, claims }: Props) {
  return <div className="article-text" data-testid="article-text" aria-label="Article text" dangerouslySetInnerHTML={{ __html: articleHtml(body, markdown, claims) }} />;
}
