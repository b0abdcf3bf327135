/**
 * Numbers in claims, written in digits or in words: "107", "one hundred and seven", "1,500", "3.9 %",
 * "$1.5 trillion", "fifty-five per cent", "a million", "one-fifth". Works on the word tokens of
 * lib/claims/tokenize (a hyphenated "forty-two" is one token there, "1,000" two).
 */
import type { Token } from '@/lib/claims/tokenize';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9 };
const FRACTIONS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

export interface NumberMention {
  value: number;
  /** Token range [ti, tj). */
  ti: number;
  tj: number;
  /** Character range in the claim text, for highlighting. */
  s: number;
  e: number;
  unit: 'percent' | 'dollar' | 'pound' | 'euro' | null;
  /** A year (1900–2099 written in digits, no unit, no scale). */
  year: boolean;
  /** A lone "one" ("one of the worst deals"): counted, but never a difference on its own. */
  weak: boolean;
}

const DIGITS = /^\d+(?:\.\d+)?$/;

const VALUES = new Map<string, number>([...Object.entries(UNITS), ...Object.entries(TENS)]);
/** Words a number can start with: anything else is rejected before any parsing (this runs on every word). */
const STARTS: ReadonlySet<string> = new Set([...VALUES.keys(), ...Object.keys(SCALES), ...Object.keys(FRACTIONS), 'hundred', 'a', 'an', 'dozen']);

function wordValue(w: string): number | null {
  return VALUES.get(w) ?? null;
}

/** The parts of a token that are number words ("forty-two" → ["forty", "two"]), or null. */
function wordParts(norm: string): string[] | null {
  const parts = norm.split('-');
  for (const p of parts) if (!VALUES.has(p) && !(p in SCALES) && p !== 'hundred' && !(p in FRACTIONS)) return null;
  return parts;
}

function isNumberWord(norm: string): boolean {
  return wordParts(norm) !== null;
}

/** Reads a number starting at token i, or returns null. `text` is the claim the tokens index into. */
export function readNumber(text: string, tokens: Token[], i: number): NumberMention | null {
  const t = tokens[i];
  const c0 = t.raw.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) && !STARTS.has(t.norm)) return null;
  const raw = t.raw.replace(/[’']s$/, '');
  let value: number | null = null;
  let j = i + 1;
  let words = false;
  if (DIGITS.test(raw)) {
    let digits = raw;
    // "1,500,000" is tokenised as 1 | 500 | 000: join groups of three digits written right after a comma
    while (j < tokens.length && text.charCodeAt(tokens[j - 1].e) === 44 && tokens[j].s === tokens[j - 1].e + 1 && /^\d{3}(?:\.\d+)?$/.test(tokens[j].raw) && !digits.includes('.')) {
      digits += tokens[j].raw;
      j++;
    }
    value = Number(digits);
  } else if (/^\d+(?:\.\d+)?-\d+(?:\.\d+)?$/.test(raw)) {
    // a range written "20-25": the first bound here, the second is read by the caller from the same token
    value = Number(raw.split('-')[0]);
  } else {
    const parts = wordParts(t.norm);
    if (!parts) {
      // "a million", "a hundred", "a thousand", "a dozen", "a quarter", "a third"
      const next = tokens[i + 1];
      if ((t.norm === 'a' || t.norm === 'an') && next && (next.norm in SCALES || next.norm === 'hundred' || next.norm === 'dozen')) {
        value = next.norm === 'dozen' ? 12 : next.norm === 'hundred' ? 100 : SCALES[next.norm];
        j = i + 2;
      } else if ((t.norm === 'a' || t.norm === 'one') && next && (next.norm === 'quarter' || next.norm === 'third' || next.norm === 'half') && tokens[i + 2]?.norm === 'of') {
        value = 1 / FRACTIONS[next.norm];
        j = i + 2;
      } else if (t.norm === 'dozen') {
        value = 12;
      } else return null;
    } else {
      words = true;
      // a run of number words: "one hundred and seven", "three million five hundred thousand"
      let total = 0;
      let current = 0;
      let any = false;
      let k = i;
      let fraction: number | null = null;
      outer: while (k < tokens.length) {
        // a number in words never runs over punctuation ("three, four")
        if (k > i && !/^[\s-]*$/.test(text.slice(tokens[k - 1].e, tokens[k].s))) break;
        const ps = wordParts(tokens[k].norm);
        if (!ps) {
          // "and" inside a number ("one hundred and seven"), only between a hundred/scale and a smaller number
          if (tokens[k].norm === 'and' && any && k + 1 < tokens.length && wordParts(tokens[k + 1].norm) && current % 100 === 0) {
            k++;
            continue;
          }
          break;
        }
        for (const p of ps) {
          const v = wordValue(p);
          if (v !== null) {
            if (current % 10 === 0 && current % 100 !== 0 && v < 10) current += v;
            else if (current === 0 || current % 100 === 0) current += v;
            else break outer;
            any = true;
          } else if (p === 'hundred') {
            current = (current || 1) * 100;
            any = true;
          } else if (p in SCALES) {
            total += (current || 1) * SCALES[p];
            current = 0;
            any = true;
          } else if (p in FRACTIONS) {
            fraction = FRACTIONS[p];
          }
        }
        k++;
        if (fraction !== null) break;
      }
      if (!any && fraction === null) return null;
      value = total + current;
      if (fraction !== null) value = (value || 1) / fraction;
      j = Math.max(k, i + 1);
    }
  }
  if (value === null || !Number.isFinite(value)) return null;
  // a scale after digits: "1.5 trillion", "3 million"
  if (!words && j < tokens.length && tokens[j].norm in SCALES) {
    value *= SCALES[tokens[j].norm];
    j++;
  }
  // "hundreds of millions" stays words; a "per cent", "percent", "%" or a currency makes the unit
  let unit: NumberMention['unit'] = null;
  const before = tokens[i].s > 0 ? text[tokens[i].s - 1] : '';
  const after = text.slice(tokens[j - 1].e, tokens[j - 1].e + 2).trim()[0] ?? '';
  if (before === '$') unit = 'dollar';
  else if (before === '£') unit = 'pound';
  else if (before === '€') unit = 'euro';
  if (after === '%') unit = 'percent';
  else if (j < tokens.length && (tokens[j].norm === 'percent' || tokens[j].norm === 'pct')) {
    unit = 'percent';
    j++;
  } else if (j + 1 < tokens.length && tokens[j].norm === 'per' && tokens[j + 1].norm === 'cent') {
    unit = 'percent';
    j += 2;
  } else if (j < tokens.length && /^dollars?$/.test(tokens[j].norm)) {
    unit = 'dollar';
    j++;
  } else if (j < tokens.length && /^pounds?$/.test(tokens[j].norm) && unit === null) {
    unit = 'pound';
    j++;
  }
  value = Math.round(value * 1e6) / 1e6;
  const year = !words && unit === null && Number.isInteger(value) && value >= 1900 && value <= 2099 && /^\d{4}$/.test(raw);
  const weak = words && j === i + 1 && t.norm === 'one';
  let e = tokens[j - 1].e;
  if (unit === 'percent' && text[e] === '%') e++;
  else if (unit === 'percent' && text[e] === ' ' && text[e + 1] === '%') e += 2;
  const s = before === '$' || before === '£' || before === '€' ? tokens[i].s - 1 : tokens[i].s;
  return { value, ti: i, tj: j, s, e, unit, year, weak };
}

export { isNumberWord };

/** A number as written in a match key: digits, no grouping, no trailing zeros ("1500000000000", "3.9"). */
export function numberKey(value: number): string {
  return String(value);
}
