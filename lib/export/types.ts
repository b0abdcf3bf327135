/**
 * Plain, serialisable inputs of the export writers. The service layer maps Prisma rows to these;
 * nothing here knows about the database. Dates are ISO 8601 strings.
 */

/** The fact-checking organisation that publishes the reviews. */
export interface ExportOrganisation {
  name: string;
  url: string;
}

/** A verdict of the organisation's scale; label, colour and order are data, not code. */
export interface ExportVerdict {
  label: string;
  colour: string;
  /** Position on the numeric scale (nearer `bestRating` = more true), or null for verdicts off the scale. */
  ratingValue: number | null;
  order: number;
}

/** The numeric bounds of the scale: the min and max `ratingValue` of its verdicts. */
export interface ExportScale {
  worstRating: number;
  bestRating: number;
}

export type SourceStance = 'supports' | 'refutes' | 'context';

export interface ExportSource {
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  accessedAt: string | null;
  excerpt: string | null;
  stance: SourceStance;
  /** Confidential sources are left out of exports unless the caller asks for them (`publicOnly: false`). */
  confidential: boolean;
}

export interface ExportArticle {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  createdAt: string;
}

export interface ExportPerson {
  name: string;
}

/** One of a claim's reviewers (the four-eyes record): what they changed since the last approval, and when last. */
export interface ExportReviewer {
  name: string;
  /** `verdict`, `rationale`, `claimText`, `sources`, `submitted`. */
  parts: string[];
  lastAt: string;
}

export interface ExportClaim {
  id: string;
  articleId: string;
  /** The exact span of the article. */
  quote: string;
  /** The checkable statement, possibly reworded by the reviewer. */
  claimText: string;
  start: number;
  end: number;
  claimType: string;
  speaker: string | null;
  status: string;
  verdict: ExportVerdict | null;
  rationale: string | null;
  /** The last person who set or changed the verdict, rationale, claim text or sources. */
  reviewer: ExportPerson | null;
  /** Everyone who did since the last approval, first contributor first (JSON export; absent when not known). */
  reviewers?: ExportReviewer[];
  approvedBy: ExportPerson | null;
  reviewedAt: string | null;
  updatedAt: string;
  sources: ExportSource[];
  /**
   * The public page of this claim's fact-check (its own URL, or the organisation's pattern filled in),
   * ClaimReview `url`; null or absent when it has none, and ClaimReview leaves the claim out.
   */
  publicUrl?: string | null;
  /**
   * The earlier check this claim was linked to and whose verdict it reused ("checked before"):
   * ClaimReview `isBasedOn` (its URL), JSON `basedOn`. Absent when the claim has no link.
   */
  basedOn?: ExportBasedOn | null;
  /** The claim's article, given when an export spans several articles (workspace scope). */
  article?: ExportArticle;
  /** The claim's history from the audit log (JSON export only). */
  history?: ExportEvent[];
  /** The article revision the quote comes from (an orphan's: the last revision that had its text). */
  quoteRevision?: number;
  /** `anchored`, `text_changed` (flagged after a text change), `orphan` (text gone) or `new`. */
  anchorState?: string;
}

/** One audit event: who changed what, with the values before and after. */
export interface ExportEvent {
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: string | null;
  before: unknown;
  after: unknown;
}

/** Verdict counts of the whole export, known before the claims stream (for a chart at the top). */
export interface ExportSummary {
  total: number;
  verdicts: { label: string; colour: string; count: number }[];
}

/** Everything an export needs except the claims, which may be streamed. */
export interface ExportHeader {
  organisation: ExportOrganisation;
  scale: ExportScale;
  /** The article of a one-article export; null when the export spans the workspace. */
  article: ExportArticle | null;
  /** What the export covers, in words (workspace scope), e.g. "approved claims, 2026-01-01 to 2026-02-01". */
  title?: string;
  summary?: ExportSummary;
}

/** A whole export held in memory (the convenience `renderX` functions take this). */
export interface ExportBundle extends ExportHeader {
  claims: ExportClaim[];
}

export interface ExportOptions {
  /** Drop sources marked confidential. Default true: a public export never carries them unless asked. */
  publicOnly?: boolean;
  /** Prefix a UTF-8 byte-order mark (CSV only), so Excel reads the file as UTF-8. Default false. */
  bom?: boolean;
}

/** Claims as the streaming writers take them: a database cursor, an async generator or a plain array. */
export type ClaimInput = AsyncIterable<ExportClaim> | Iterable<ExportClaim>;

/** An earlier check a claim reused: another fact-checker's ClaimReview, or an approved claim of the workspace. */
export interface ExportBasedOn {
  type: 'claimreview' | 'claim';
  /** The earlier review's public URL (ClaimReview `url`, or the earlier claim's public fact-check page); null when unknown. */
  url: string | null;
  claimReviewed: string;
  /** The other fact-checker (ClaimReview) or the earlier article's title (claim). */
  by: string | null;
  rating: string | null;
  linkedAt: string;
}
