import type { Features } from './features';
import type { Attribution, ClaimType } from './types';

export interface ClassifyInput {
  features: Features;
  attribution: Attribution;
  /** The sentence quotes someone's words (not only scare quotes). */
  quoted: boolean;
  /** Named people or organisations in the sentence. */
  namedEntities: number;
  /** Named places (countries act in the news: "Hungary voted against"). */
  places?: number;
}

/**
 * Type a sentence after Full Fact's taxonomy. Order of precedence: a question or an opinion without
 * facts is not a claim; then quantity > causation > prediction > law > personal > quote > other.
 */
export function classify({ features: f, attribution, quoted, namedEntities, places = 0 }: ClassifyInput): ClaimType {
  if (f.question) return 'not_claim';
  if (f.words < 4 && !f.number) return 'not_claim';
  if (attribution.kind === 'refusal') return 'other';
  const factual = Boolean(f.number || f.event || f.state || namedEntities > 0 || places > 0 || attribution.kind !== 'none');
  if (f.rhetoric && !f.number && namedEntities === 0) return 'not_claim';
  if (f.exhortation && !f.number) return 'not_claim';
  if (f.opinion && !f.number && namedEntities === 0 && attribution.kind === 'none') return 'not_claim';
  if (f.number && (f.statistic || f.comparison || !f.date || f.number.length > 4)) return 'quantity';
  if (f.statistic && f.comparison) return 'quantity';
  if (f.causal) return 'causation';
  if (f.prediction) return 'prediction';
  if (f.law) return 'law';
  if (f.personal && !quoted && attribution.kind === 'none') return 'personal';
  if (quoted) return 'quote';
  if (f.personal) return 'personal';
  if (factual) return 'other';
  return 'not_claim';
}
