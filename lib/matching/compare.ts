/**
 * Compares two analysed claims: a score from the content they share, then every difference that makes
 * two close wordings two different claims (a number, a date, a negation or an opposite, the speaker,
 * a place or another name). `same` needs a high score and no difference at all.
 */
import type { MatchDifference, MatchKind, MatchResult } from './index';
import { FIRST_NAMES } from '@/lib/claims/names';
import { fold, type AnalyzedClaim, type EntityMention } from './analyze';
import type { NumberMention } from './numbers';
import { sameSpeaker, type SpeakerName } from './speaker';

/** Tuned on the development half of the labelled pairs (scripts/eval-matching.ts --dev). */
export const THRESHOLDS = { same: 0.55, related: 0.3, containment: 0.5 };

/** Shared weight over the union (Jaccard) blended with shared weight over the smaller claim (containment). */
export function overlap(a: AnalyzedClaim, b: AnalyzedClaim): { score: number; shared: number } {
  const [small, large] = a.features.size <= b.features.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [f, w] of small.features) {
    const v = large.features.get(f);
    if (v !== undefined) shared += Math.min(w, v);
  }
  const union = a.total + b.total - shared;
  // only function words on both sides: the same wording is the same claim, anything else is not
  if (union <= 0) return { score: a.text.trim() !== '' && a.text.trim() === b.text.trim() ? 1 : 0, shared };
  const jaccard = shared / union;
  const smaller = Math.min(a.total, b.total);
  const containment = smaller > 0 ? shared / smaller : 0;
  const c = THRESHOLDS.containment;
  return { score: (1 - c) * jaccard + c * containment, shared };
}

const slice = (c: AnalyzedClaim, m: { s: number; e: number }) => c.text.slice(m.s, m.e);

/**
 * Pairs equal values one to one ("four … 4" matches one 4, not two), and returns the numbers of
 * each side left without a partner.
 */
function pairNumbers(a: NumberMention[], b: NumberMention[]): { onlyA: NumberMention[]; onlyB: NumberMention[]; pairs: [NumberMention, NumberMention][] } {
  const used = new Set<NumberMention>();
  const pairs: [NumberMention, NumberMention][] = [];
  const onlyA: NumberMention[] = [];
  // a lone "one" ("one of the worst deals") only pairs with another lone "one", never with a figure
  for (const n of a) {
    const m = b.find((x) => !used.has(x) && x.value === n.value && x.weak === n.weak);
    if (m) {
      used.add(m);
      pairs.push([n, m]);
    } else onlyA.push(n);
  }
  return { onlyA, onlyB: b.filter((x) => !used.has(x)), pairs };
}

function numberDifferences(a: AnalyzedClaim, b: AnalyzedClaim, reasons: string[]): MatchDifference[] {
  const out: MatchDifference[] = [];
  const { onlyA: restA, onlyB: restB, pairs } = pairNumbers(a.numbers, b.numbers);
  for (const year of [false, true]) {
    const strongA = a.numbers.filter((n) => !n.weak && n.year === year);
    const strongB = b.numbers.filter((n) => !n.weak && n.year === year);
    const onlyA = restA.filter((n) => !n.weak && n.year === year);
    const onlyB = restB.filter((n) => !n.weak && n.year === year);
    const kind = year ? 'date' : 'number';
    if (onlyA.length && onlyB.length) {
      for (let k = 0; k < Math.max(onlyA.length, onlyB.length); k++) {
        out.push({ kind, a: onlyA[k] ? slice(a, onlyA[k]) : '', b: onlyB[k] ? slice(b, onlyB[k]) : '' });
      }
    } else if (!year && onlyA.length && strongB.length === 0) {
      for (const n of onlyA) out.push({ kind, a: slice(a, n), b: '' });
    } else if (!year && onlyB.length && strongA.length === 0) {
      for (const n of onlyB) out.push({ kind, a: '', b: slice(b, n) });
    } else if (onlyA.length || onlyB.length) {
      reasons.push(`only one mentions ${[...onlyA.map((n) => slice(a, n)), ...onlyB.map((n) => slice(b, n))].join(', ')}`);
    }
  }
  const same = pairs.filter(([n]) => !n.weak && !n.year);
  if (same.length) {
    const written = same.map(([n, m]) => {
      const sa = slice(a, n);
      const sb = slice(b, m);
      return sa === sb ? sa : `${sa} = ${sb}`;
    });
    reasons.push(`same ${same.length === 1 ? 'number' : 'numbers'}: ${written.join(', ')}`);
  }
  const monthsA = a.months.filter((m) => !b.months.some((x) => x.word.slice(0, 3).toLowerCase() === m.word.slice(0, 3).toLowerCase()));
  const monthsB = b.months.filter((m) => !a.months.some((x) => x.word.slice(0, 3).toLowerCase() === m.word.slice(0, 3).toLowerCase()));
  if (monthsA.length && monthsB.length) out.push({ kind: 'date', a: monthsA[0].word, b: monthsB[0].word });
  return out;
}

function polarityDifferences(a: AnalyzedClaim, b: AnalyzedClaim): MatchDifference[] {
  const out: MatchDifference[] = [];
  if (a.negations.length % 2 !== b.negations.length % 2) {
    // the first negation of each side stands for them all: `a` and `b` stay words of the texts
    out.push({ kind: 'negation', a: a.negations[0]?.word ?? '', b: b.negations[0]?.word ?? '' });
  }
  const sides = (c: AnalyzedClaim) => {
    const m = new Map<string, Set<number>>();
    for (const s of c.scales) (m.get(s.scale) ?? m.set(s.scale, new Set()).get(s.scale)!).add(s.side);
    return m;
  };
  const sa = sides(a);
  const sb = sides(b);
  for (const [scale, setA] of sa) {
    const setB = sb.get(scale);
    if (!setB || setA.size !== 1 || setB.size !== 1) continue;
    const [x] = setA;
    const [y] = setB;
    if (x !== y) {
      const wa = a.scales.find((s) => s.scale === scale)!.word;
      const wb = b.scales.find((s) => s.scale === scale)!.word;
      out.push({ kind: 'negation', a: wa, b: wb, note: 'opposite' });
    }
  }
  return out;
}

function mentioned(word: string, other: AnalyzedClaim): boolean {
  if (other.features.has(word) || other.features.has(`@${word}`)) return true;
  for (const x of other.entities) if (x.key === word || x.words.includes(word)) return true;
  return false;
}

/**
 * Does the other claim name this entity too? By its key (canonical name, last name), and for a
 * name not in the gazetteer also by its first word unless that is a given name: "Barack Obama" =
 * "Obama", but "Medina's Prophet's Mosque" ≠ "Mecca's Grand Mosque".
 */
function known(e: EntityMention, other: AnalyzedClaim): boolean {
  if (!mentioned(e.key, other)) {
    for (const x of other.entities) if (e.words.includes(x.key)) return true;
    return false;
  }
  if (e.type !== 'name' || e.words.length < 2) return true;
  const first = e.words[0];
  return mentioned(first, other) || FIRST_NAMES.has(first) || FIRST_NAMES.has(fold(e.canonical.split(/\s+/)[0]));
}

/**
 * One word swapped for another in the same frame ("the drug companies" / "the oil companies",
 * "more women" / "more children"): it is the only word of each claim missing from the other, and the
 * words on both sides of it agree. Numbers and names are left to their own checks.
 */
function substitutions(a: AnalyzedClaim, b: AnalyzedClaim): MatchDifference[] {
  const loose = (c: AnalyzedClaim, other: AnalyzedClaim) =>
    c.seq.map((x, i) => i).filter((i) => {
      const f = c.seq[i].f;
      return !f.startsWith('#') && !f.startsWith('@') && !other.features.has(f) && !other.entities.some((e) => e.words.includes(f));
    });
  const onlyA = loose(a, b);
  const onlyB = loose(b, a);
  if (onlyA.length !== 1 || onlyB.length !== 1) return [];
  const [i] = onlyA;
  const [j] = onlyB;
  const around = (c: AnalyzedClaim, k: number) => `${k > 0 ? c.seq[k - 1].f : '^'} ${k + 1 < c.seq.length ? c.seq[k + 1].f : '$'}`;
  if (around(a, i) !== around(b, j) || around(a, i) === '^ $') return [];
  return [{ kind: 'entity', a: slice(a, a.seq[i]), b: slice(b, b.seq[j]) }];
}

const group = (e: EntityMention) => (e.type === 'place' ? 'place' : 'other');

function entityDifferences(a: AnalyzedClaim, b: AnalyzedClaim, reasons: string[]): MatchDifference[] {
  const out: MatchDifference[] = [];
  const onlyA = a.entities.filter((e) => !known(e, b));
  const onlyB = b.entities.filter((e) => !known(e, a));
  const usedB = new Set<EntityMention>();
  for (const ea of onlyA) {
    const eb = onlyB.find((x) => !usedB.has(x) && group(x) === group(ea));
    if (!eb) continue;
    usedB.add(eb);
    out.push({ kind: ea.type === 'place' || eb.type === 'place' ? 'place' : 'entity', a: slice(a, ea), b: slice(b, eb) });
  }
  for (const ea of a.entities) {
    const eb = b.entities.find((x) => x.key === ea.key && x.type !== 'name');
    if (eb && slice(a, ea).toLowerCase() !== slice(b, eb).toLowerCase()) reasons.push(`${slice(a, ea)} = ${slice(b, eb)}`);
  }
  return out;
}

export function compareAnalyzed(a: AnalyzedClaim, b: AnalyzedClaim, speakerA: SpeakerName | null, speakerB: SpeakerName | null): MatchResult {
  const { score: raw } = overlap(a, b);
  const score = Math.round(raw * 1000) / 1000;
  const reasons: string[] = [`${Math.round(score * 100)}% of the content in common`];
  const differences: MatchDifference[] = [];
  if (score >= THRESHOLDS.related) {
    differences.push(...numberDifferences(a, b, reasons), ...polarityDifferences(a, b), ...entityDifferences(a, b, reasons));
    if (differences.length === 0) differences.push(...substitutions(a, b));
    const speaker = sameSpeaker(speakerA, speakerB);
    if (speaker === false) differences.push({ kind: 'speaker', a: speakerA!.display, b: speakerB!.display });
    else if (speaker === true) reasons.push(speakerA!.display === speakerB!.display ? `same speaker (${speakerA!.display})` : `same speaker (${speakerA!.display} = ${speakerB!.display})`);
  }
  for (const d of differences) reasons.push(d.kind === 'negation' && d.note ? `opposite: ${d.a} / ${d.b}` : `different ${d.kind}: ${d.a || '—'} / ${d.b || '—'}`);
  const kind: MatchKind = score >= THRESHOLDS.same && differences.length === 0 ? 'same' : score >= THRESHOLDS.related ? 'related' : 'unrelated';
  return { kind, score, reasons, differences };
}
