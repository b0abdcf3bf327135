import type { Features } from './features';
import { MODEL, type WordLift } from './model/model';
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
  /** The unit's kind when known: anything but a sentence (heading, caption, credit…) scores 0. */
  kind?: string;
}

const BASE = 0.3;

function add(reasons: Reason[], code: string, label: string, weight: number): void {
  reasons.push({ code, label, weight });
}

/**
 * The hand-weighted cues, in the spirit of ClaimBuster's non-factual / unimportant factual /
 * check-worthy factual scale: facts that can be verified (numbers, named actors, attributed
 * statements, causal links) raise it; opinion, questions, rhetoric and hedging lower it. Each cue
 * is a feature of the learned model, and so is their sum (`handTotal`).
 */
export function handReasons(input: ScoreInput): Reason[] {
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
  if (f.negation && !f.question && !f.personal && !f.opinion) add(reasons, 'denial', `states what is not so ("${f.negation}")`, 0);
  if (f.personal) add(reasons, 'personal', `speaks in the first person ("${f.personal}")`, 0);
  if (f.exclamation) add(reasons, 'exclamation', 'ends with an exclamation mark', 0);
  return reasons;
}

/** The unclipped sum of the hand weights (0.3 to start with). */
export function handTotal(reasons: readonly Reason[]): number {
  let total = BASE;
  for (const r of reasons) total += r.weight;
  return total;
}

/** Today's hand-weighted score before the model (kept for evaluation): the sum clipped to 0..1. */
export function handScore(input: ScoreInput): number {
  const score = Math.min(1, Math.max(0, handTotal(handReasons(input))));
  return Math.round(score * 100) / 100;
}

/** Lets the training script see every scored sentence exactly as the pipeline scored it. */
export const scoreTap: { inputs: ScoreInput[] | null } = { inputs: null };

const MAX_FOR = 5;
const MAX_AGAINST = 4;

function wordsWeight(words: WordLift[]): number {
  let weight = 0;
  for (const w of words) weight += w.weight;
  return weight;
}

function wordsLabel(words: WordLift[], gloss: string): string {
  return `words like ${words.map((w) => `"${w.word}"`).join(' and ')} (${gloss})`;
}

const FOR_GLOSS = 'common in check-worthy statements';
const AGAINST_GLOSS = 'common in talk that checks nothing';

/**
 * Check-worthiness in 0..1 with the strongest reasons for and against, in words. A logistic
 * regression (`model/`) adds up what the words say (hashed word and character n-grams, learned from
 * ClaimBuster and CLEF-2019 debate sentences) and the cues of the hand-weighted score, which carry
 * what debates lack and news has (attribution, refusals, named bodies). `0.5` is the claim
 * threshold. Headings, captions, credits and datelines score 0.
 */
export function scoreSentence(input: ScoreInput): { score: number; reasons: Reason[] } {
  if (scoreTap.inputs) scoreTap.inputs.push(input);
  const f = input.features;
  if (input.kind !== undefined && input.kind !== 'sentence') {
    return { score: 0, reasons: [{ code: 'heading', label: 'heading, byline, dateline, caption or credit: not a claim', weight: 0 }] };
  }
  if (f.credit) return { score: 0, reasons: [{ code: 'credit', label: `a credit, caption or dateline ("${f.credit}"): not a claim`, weight: 0 }] };
  const hand = handReasons(input);
  const cues = MODEL.cues;
  let z = MODEL.bias + f.text.logit;
  // one reason per code, weighing what the model learned for that cue
  const merged: Reason[] = [];
  for (let i = 0; i < hand.length; i++) {
    const r = hand[i];
    let seen = false;
    for (let k = 0; k < i && !seen; k++) seen = hand[k].code === r.code;
    if (seen) continue;
    const w = cues[r.code] ?? 0;
    z += w;
    r.weight = w;
    merged.push(r);
  }
  const score = Math.round(100 / (1 + Math.exp(-z))) / 100;
  // words: labels are written only for the reasons shown
  const up = f.text.up.length > 0 ? { code: 'words_for', label: '', weight: wordsWeight(f.text.up) } : null;
  const down = f.text.down.length > 0 ? { code: 'words_against', label: '', weight: wordsWeight(f.text.down) } : null;
  if (up) merged.push(up);
  if (down) merged.push(down);
  merged.sort((a, b) => b.weight - a.weight);
  const reasons: Reason[] = [];
  for (const r of merged) if (r.weight >= 0.05 && reasons.length < MAX_FOR) reasons.push(r);
  const firstAgainst = reasons.length;
  for (let k = merged.length - 1; k >= 0 && reasons.length - firstAgainst < MAX_AGAINST; k--) if (merged[k].weight <= -0.05) reasons.splice(firstAgainst, 0, merged[k]);
  for (const r of reasons) {
    r.weight = Math.round(r.weight * 100) / 100;
    if (r === up) r.label = wordsLabel(f.text.up, FOR_GLOSS);
    else if (r === down) r.label = wordsLabel(f.text.down, AGAINST_GLOSS);
  }
  return { score, reasons };
}
