/** Claim types after Full Fact's research taxonomy (Konstantinovskiy et al., 2021), plus `quote`. */
export const CLAIM_TYPES = [
  'quantity',
  'prediction',
  'causation',
  'law',
  'personal',
  'quote',
  'other',
  'not_claim',
] as const;

export type ClaimType = (typeof CLAIM_TYPES)[number];

/**
 * `heading` covers everything that is not running prose: headlines, bylines, datelines, dates,
 * captions, photo credits and the credit line under a pull quote. Only `sentence` units are scored.
 */
export type UnitKind = 'heading' | 'sentence';

/** Score above which the workbench creates a claim from a unit automatically (editor can change it). */
export const DEFAULT_THRESHOLD = 0.5;

/** One signal that raised (weight > 0) or lowered (weight < 0) the check-worthiness score. */
export interface Reason {
  code: string;
  label: string;
  weight: number;
}

export const ATTRIBUTION_KINDS = [
  'direct_quote',
  'reported',
  'unnamed_source',
  'refusal',
  'according_to',
  'none',
] as const;

export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/**
 * Who makes the claim.
 * - `direct_quote`: words in quotation marks with a speaker ("…," Rubio said; Schumer called it "…").
 * - `reported`: reported speech by a named speaker (X said that…, X emphasized that…) or hearsay cues
 *   ("reportedly", "is said to"), where `speaker` may be null.
 * - `according_to`: "according to X" with a named X.
 * - `unnamed_source`: an anonymous source ("a senior defense official", "sources suggest",
 *   "according to administration officials"); `speaker` is the phrase as written, lower-cased.
 * - `refusal`: someone declined to comment / did not respond; `speaker` is who refused.
 * - `none`: no attribution found.
 * `cue` is the exact trigger as written ("said", "according to", "reportedly", "opted not to comment").
 */
export interface Attribution {
  kind: AttributionKind;
  cue: string | null;
  speaker: string | null;
  speakerTitle: string | null;
}

export type EntityType = 'person' | 'org' | 'place';

/** A mention; `start`/`end` are offsets into the input text, `canonical` unifies short and long forms. */
export interface Entity {
  text: string;
  start: number;
  end: number;
  canonical: string;
  type: EntityType;
}

export interface ClaimUnit {
  /** Position of the unit in the returned array. */
  index: number;
  /** `text.slice(start, end) === unit.text`, always. */
  start: number;
  end: number;
  text: string;
  /**
   * The wording without its markup (list marker, `## `, `**`, edge tags): `text.slice(wordingStart,
   * wordingEnd)`, inside [start, end). What a claim quotes and highlights.
   */
  wordingStart?: number;
  wordingEnd?: number;
  kind: UnitKind;
  claimType: ClaimType;
  /** 0..1, two decimals. */
  checkworthiness: number;
  reasons: Reason[];
  /** Canonical name of who makes the claim, e.g. "Chuck Schumer", "Department of Defense". */
  speaker: string | null;
  attribution: Attribution;
  entities: Entity[];
  /** Plain checkable wording: usually the sentence; "DoD declined to comment" for refusals. */
  claimText: string;
  /**
   * Index of the unit this one repeats: the earlier unit with the same wording (a headline printed
   * twice), or for a pull quote the body sentence it quotes. The workbench hides such units.
   */
  duplicateOf?: number;
  /** True for list items (numbered, lettered, bulleted). */
  listItem?: boolean;
}

export interface ExtractOptions {
  /**
   * Repeated units (a headline printed twice, a pull quote) are emitted flagged with `duplicateOf`,
   * so that no text is dropped. Default true; `false` leaves them out.
   */
  includeDuplicates?: boolean;
}
