import type { Features } from './features';
import type { Attribution, ClaimType, Reason } from './types';

export interface ScoreInput {
  features: Features;
  claimType: ClaimType;
  attribution: Attribution;
  quoted: boolean;
  /** Distinct named people and organisations (places count half). */
  people: number;
  orgs: number;
  places: number;
  /** Also declined to give details ("… but declined to provide additional detail"). */
  secondaryRefusal?: boolean;
}

const BASE = 0.3;

function add(reasons: Reason[], code: string, label: string, weight: number): void {
  reasons.push({ code, label, weight });
}

/**
 * Check-worthiness in 0..1 with the reasons behind it, in the spirit of ClaimBuster's
 * non-factual / unimportant factual / check-worthy factual scale: facts that can be verified
 * (numbers, named actors, attributed statements, causal links) raise it; opinion, questions,
 * rhetoric and hedging lower it.
 */
export function scoreSentence(input: ScoreInput): { score: number; reasons: Reason[] } {
  const { features: f, claimType, attribution, quoted } = input;
  const reasons: Reason[] = [];
  if (f.number) {
    add(reasons, 'number', `contains a number ("${f.number}")`, 0.2);
    if (f.statistic) add(reasons, 'statistic', `statistic or money ("${f.statistic}")`, 0.1);
  }
  const named = input.people + input.orgs;
  if (named > 0) add(reasons, 'named_entity', named > 1 ? 'names people or bodies' : 'names a person or body', named > 1 ? 0.15 : 0.1);
  else if (input.places > 0) add(reasons, 'place', 'names a place', 0.05);
  switch (attribution.kind) {
    case 'direct_quote':
      add(reasons, 'quote', attribution.speaker ? `quotes ${attribution.speaker}` : 'contains a quotation', attribution.speaker ? 0.2 : 0.05);
      break;
    case 'reported':
      if (attribution.speaker) add(reasons, 'attribution', `attributed to ${attribution.speaker}`, 0.15);
      else add(reasons, 'hearsay', `reported, source not named ("${attribution.cue}")`, 0.05);
      break;
    case 'according_to':
      add(reasons, 'attribution', `according to ${attribution.speaker ?? 'a source'}`, 0.15);
      break;
    case 'unnamed_source':
      add(reasons, 'unnamed_source', `unnamed source ("${attribution.speaker ?? attribution.cue}")`, 0.1);
      break;
    case 'refusal':
      add(reasons, 'refusal', `${attribution.speaker ?? 'someone'} declined to comment`, 0.3);
      break;
    default:
      break;
  }
  if (input.secondaryRefusal) add(reasons, 'refusal', 'also reports a refusal to comment', 0.05);
  if (quoted && attribution.kind !== 'direct_quote') add(reasons, 'quote', 'contains a quotation', 0.05);
  if (f.comparison && (f.number || f.statistic || /\b(?:than|compared|record|increase|decrease|rose|fell|grew|dropped|doubled|tripled|halved|highest|lowest|largest|biggest)/i.test(f.comparison))) {
    add(reasons, 'comparison', `comparison ("${f.comparison}")`, 0.1);
  }
  if (f.causal) add(reasons, 'causal', `causal link ("${f.causal}")`, 0.1);
  if (claimType === 'law') add(reasons, 'law', `law or rule ("${f.law}")`, 0.1);
  if (f.event) add(reasons, 'event', `reports an action ("${f.event}")`, 0.15);
  else if (f.state) add(reasons, 'state', `states a fact ("${f.state}")`, 0.05);
  if (named > 0 && input.places > 0) add(reasons, 'place', 'names a place', 0.05);
  if (f.date) add(reasons, 'date', `dated ("${f.date}")`, 0.05);
  if (claimType === 'prediction') add(reasons, 'prediction', `prediction ("${f.prediction}"), checkable only later`, -0.05);
  if (f.conditional && claimType !== 'prediction') add(reasons, 'conditional', `conditional ("${f.conditional}")`, -0.05);
  if (f.vague && !f.number) add(reasons, 'vague', `vague ("${f.vague}")`, -0.1);
  if (f.hedge) add(reasons, 'hedge', `hedged ("${f.hedge}")`, -0.1);
  if (f.opinion) add(reasons, 'opinion', `opinion or judgement ("${f.opinion}")`, -0.2);
  if (f.question) add(reasons, 'question', 'a question', -0.45);
  if (f.rhetoric) add(reasons, 'rhetoric', `rhetoric ("${f.rhetoric.trim() || '!'}")`, -0.25);
  if (f.exhortation) add(reasons, 'exhortation', `call to action ("${f.exhortation}")`, -0.2);
  if (f.words < 4) add(reasons, 'short', 'very short', -0.2);
  else if (f.words < 6 && named === 0 && input.places === 0 && !f.number) add(reasons, 'short', 'short, names no one', -0.1);
  if (claimType === 'not_claim' && !f.question) add(reasons, 'not_claim', 'not a factual claim', -0.15);

  let score = BASE;
  for (const r of reasons) score += r.weight;
  score = Math.min(1, Math.max(0, score));
  return { score: Math.round(score * 100) / 100, reasons };
}
