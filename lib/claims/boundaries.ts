import {
  MAYBE_FINAL_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
} from './abbreviations';
import { isCloser, isDigit, isLower, isOpener, isQuote, isSpace, isTerminator, isUpper } from './chars';

/**
 * A speech tag after a closing quote (`"Why?" Schumer asked.` / `"…" the minister told reporters.`):
 * the quote and the tag are one sentence. The tag must end right after the verb (or a short
 * complement), so `"It is over." He said the vote was rigged.` is still two sentences.
 */
const SPEECH_TAG =
  /(?:[\p{L}\p{N}'’.-]+ ){0,4}?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|noted|explained|replied|stated|continued|tweeted|posted|exclaimed|shouted|insisted|recalled|joked|quipped|warned|declared|answered|responded)(?: (?:to )?(?:reporters|journalists|the [\p{L}]+|[\p{Lu}][\p{L}]+))?(?: (?:on|late on|early on|last) [\p{L}]+| in an? (?:statement|interview|post|letter|email|e-mail|speech))*(?=[.,;!?]|\s*\n|\s*$)/uy;

function isSpeechTag(text: string, k: number): boolean {
  SPEECH_TAG.lastIndex = k;
  return SPEECH_TAG.test(text);
}

/** The quotation closing before `close` was introduced by a verb of saying (`He asked, "…?"`). */
function introducedQuote(text: string, close: number, floor: number): boolean {
  let p = close - 1;
  floor = Math.max(floor, close - 2000);
  while (p > floor) {
    const c = text.charCodeAt(p);
    if (c === 34 || c === 0x201c) break;
    p--;
  }
  if (p <= floor) return false;
  return INTRO.test(text.slice(Math.max(floor, p - 40), p));
}

const INTRO = /\b(?:said|says|asked|asks|added|told \w+|wrote|writes|stated|replied|declared|tweeted|posted|insisted|warned)\s*[,:]\s*$/;

const UNITS: ReadonlySet<string> = new Set(['bn', 'mn', 'tn', 'trn', 'km', 'kg', 'lb', 'lbs', 'oz', 'ft', 'yd', 'mi', 'mph', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'pts', 'yrs']);

const TIME_FOLLOWERS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul',
  'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'ET', 'EST', 'EDT', 'PT', 'PST', 'PDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT',
  'GMT', 'BST', 'UTC', 'CET', 'CEST', 'Eastern', 'Pacific', 'Central', 'Mountain', 'Moscow', 'Kyiv', 'London', 'Washington',
  'Beijing', 'Tokyo', 'Today', 'Tonight', 'Tomorrow', 'Yesterday',
]);

const TLDS = new Set(['com', 'org', 'net', 'gov', 'edu', 'mil', 'int', 'io', 'uk', 'us', 'eu', 'de', 'fr', 'ru', 'ua', 'ca', 'au', 'in', 'info', 'news', 'co']);

function isDottedAbbreviation(w: string): boolean {
  if (w.indexOf('.') < 0) return false;
  const parts = w.split(/[.-]/);
  // a domain ("gov.uk", "bbc.co.uk") is a word like any other
  if (w === w.toLowerCase() && TLDS.has(parts[parts.length - 1]) && parts.some((p) => p.length >= 2)) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3) return false;
    if (!/^[A-Za-z]+$/.test(p)) return false;
  }
  return true;
}

/** The word just before position `i` (exclusive), without leading quotes/brackets. */
function wordBefore(text: string, i: number, floor: number): string {
  let s = i;
  while (s > floor && !isSpace(text.charCodeAt(s - 1))) s--;
  while (s < i && isOpener(text.charCodeAt(s))) s++;
  return text.slice(s, i);
}

function wordAt(text: string, m: number, end: number): string {
  let e = m;
  while (e < end) {
    const c = text.charCodeAt(e);
    if (isUpper(c) || isLower(c) || isDigit(c) || c === 39 || c === 0x2019) e++;
    else break;
  }
  return text.slice(m, e);
}

/**
 * Does the terminator run `text[i..runEnd)` (followed by closers up to `j` and whitespace up to `k`)
 * end a sentence?
 */
export function isBoundary(text: string, i: number, runEnd: number, j: number, k: number, end: number, floor: number): boolean {
  let m = k;
  for (;;) {
    if (m < end && isOpener(text.charCodeAt(m))) m++;
    else if (m < end && text.charCodeAt(m) === 60 && tagEnd(text, m, end) > 0) {
      m = tagEnd(text, m, end);
      while (m < end && isSpace(text.charCodeAt(m))) m++;
    } else break;
  }
  if (m >= end) return true;
  const nc = text.charCodeAt(m);
  const last0 = text.charCodeAt(runEnd - 1);
  if (m > k && text.charCodeAt(m - 1) === 40) {
    // "(http://…)" after a sentence is a sentence of its own
    if (text.startsWith('http', m) || text.startsWith('www.', m)) return true;
    // "Viva Maria! (1965)", "Meurtres? (Three Sinners, 1950) and …": a title's mark, not the sentence's
    if ((last0 === 33 || last0 === 63) && parenthesisContinues(text, m, end)) return false;
  }
  if (isLower(nc)) {
    // "iPhone", "eBay", "wikiHow" start a sentence with a lower-case letter
    if (!camelWord(text, m, end)) return false;
  } else if ((nc === 0x2014 || (nc === 45 && text.charCodeAt(m + 1) === 45)) && m > runEnd && isQuote(text.charCodeAt(m - 2)) && isUpper(text.charCodeAt(m + (nc === 45 ? 3 : 2)))) {
    // a credit after a quotation: `…We have brains." — Peres, on whether…`
    return true;
  } else if (nc === 44 || nc === 59 || nc === 58 || nc === 45 || nc === 0x2013 || nc === 0x2014 || nc === 41 || nc === 93) {
    // punctuation such as , ; : - ) after the whitespace: not a new sentence
    return false;
  }

  let closedQuote = false;
  for (let q = runEnd; q < j; q++) if (isQuote(text.charCodeAt(q))) closedQuote = true;
  if (closedQuote && isSpeechTag(text, k) && !introducedQuote(text, runEnd, floor)) return false;

  const last = text.charCodeAt(runEnd - 1);
  if (last === 33 || last === 63 || last === 0x203d || last === 0xff01 || last === 0xff1f) return true;
  if (last === 0x2026 || runEnd - i >= 2) {
    // an ellipsis before "I" goes on (". . . I didn't mean it"); otherwise an ellipsis or a period
    // with an ellipsis ("that.... She left") before a capital ends the sentence
    let dots = 0;
    for (let p = i; p < runEnd; p++) dots += text.charCodeAt(p) === 46 ? 1 : text.charCodeAt(p) === 0x2026 ? 3 : 0;
    const opener = wordAt(text, m, end);
    if (dots === 3 && !text.slice(i, runEnd).includes('!') && !text.slice(i, runEnd).includes('?')) return opener !== 'I';
    return true;
  }

  const w = wordBefore(text, i, floor);
  if (w.length === 0) return true;
  const lw = w.toLowerCase();
  const nextWord = wordAt(text, m, end);
  const opensQuote = m > k && isQuote(text.charCodeAt(k));
  // an initial ("J. P. Morgan"), unless a sentence plainly starts after it ("vitamin D. It …");
  // a lone letter is never a sentence of its own ("Q. Did you meet him?")
  if (w.length === 1 && isUpper(w.charCodeAt(0))) return i - 1 > floor && (SENTENCE_STARTERS.has(nextWord) || opensQuote);
  // "c. 1871", "b. 1912", "d. 1975": a lone lower-case letter before a number
  if (w.length === 1 && isDigit(nc)) return false;
  if (NON_FINAL_ABBREVIATIONS.has(lw)) return false;
  if (NUMBER_ABBREVIATIONS.has(lw)) return !isDigit(nc);
  // a clock time is followed by a day, a month or a time zone, or else the sentence ends
  if (lw === 'a.m' || lw === 'p.m' || lw === 'am' || lw === 'pm') {
    // "At 5 a.m. Mr. Smith went…": a sentence that has only its opening time phrase goes on
    if (OPENING_TIME.test(text.slice(floor, i + 1))) return false;
    return !TIME_FOLLOWERS.has(nextWord) && !isDigit(nc);
  }
  // a unit after a number ("2 hrs.", "$1.2 bn.") is followed by lower case unless the sentence ends
  if (UNITS.has(lw) && isDigit(text.charCodeAt(Math.max(floor, i - w.length - 2)))) return isUpper(nc) || opensQuote;
  // "Miss." and "Ill." are states; "you should not miss." and "he fell ill." end sentences
  if (MAYBE_FINAL_ABBREVIATIONS.has(lw) && isLower(w.charCodeAt(0)) && !LOWER_CASE_ABBREVIATIONS.has(lw)) return true;
  if (MAYBE_FINAL_ABBREVIATIONS.has(lw) || isDottedAbbreviation(w)) return SENTENCE_STARTERS.has(nextWord) || opensQuote;
  return true;
}

/**
 * Split `text[start..end)` (one block of running prose) into sentence spans, untrimmed.
 * Parentheses opened in the middle of a sentence hold their periods ("(formerly Acme Inc.) said");
 * quotations do not: a multi-sentence quote is several sentences, joined again by attribution.
 */
export function splitSentences(text: string, start: number, end: number, emit: (s: number, e: number) => void): void {
  let sentStart = start;
  const parens: number[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) {
      parens.push(i);
      i++;
      continue;
    }
    if (c === 41 || c === 93) {
      parens.pop();
      i++;
      continue;
    }
    // inlined isTerminator: this loop visits every character of the article
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026 && c !== 0x203d && c !== 0xff01 && c !== 0xff1f) {
      i++;
      continue;
    }
    // "…compounds. . . . The practice…": the period ends the sentence, the spaced ellipsis opens the next
    if (c === 46 && i > start && isLower(text.charCodeAt(i - 1)) && text.startsWith(' . . .', i + 1)) {
      let q = i + 7;
      while (text.startsWith(' .', q)) q += 2;
      if (q < end && isSpace(text.charCodeAt(q)) && isUpper(text.charCodeAt(q + 1)) && parens.length === 0) {
        emit(sentStart, i + 1);
        sentStart = i + 2;
        i = q;
        continue;
      }
    }
    let runEnd = i + 1;
    while (runEnd < end && (isTerminator(text.charCodeAt(runEnd)) || text.charCodeAt(runEnd) === 32 && text.charCodeAt(runEnd + 1) === 46 && text.charCodeAt(runEnd - 1) === 46)) runEnd++;
    // a period inside a parenthesis opened mid-sentence never ends it: "(D-Va.) Chairman"
    const inMidParen = parens.length > 0 && !onlyOpenersBetween(text, sentStart, parens[0]) && i - parens[parens.length - 1] <= 400;
    let j = runEnd;
    while (j < end) {
      const cj = text.charCodeAt(j);
      if (isCloser(cj) || (cj === 0x201c && (j + 1 >= end || isSpace(text.charCodeAt(j + 1))))) {
        // “ used as a closing quote ("…leave.“ The reporter…") closes like ”
        if (cj === 41 || cj === 93) parens.pop();
        j++;
      } else if (cj === 60) {
        const t = tagEnd(text, j, end);
        if (t < 0) break;
        j = t;
      } else if (cj === 91) {
        // a reference mark belongs to the sentence it follows: "…in 2009.[2][3] Fillmore received…"
        const t = citationEnd(text, j, end);
        if (t < 0) break;
        j = t;
      } else break;
    }
    if (j < end && !isSpace(text.charCodeAt(j))) {
      // "Hello world.Today is Tuesday.": a lower-case word, a period, a capitalised word, no space
      if (j === runEnd && c === 46 && joinedSentences(text, i, j, end, sentStart)) {
        emit(sentStart, j);
        sentStart = j;
        parens.length = 0;
      }
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k < end && text.charCodeAt(k) === 91 && text.charCodeAt(k - 1) !== 10) {
      // "…in 1971. [1] Fillmore was…": the spaced reference mark still belongs to the sentence before
      const t = citationEnd(text, k, end);
      if (t > 0) {
        j = t;
        k = t;
        while (k < end && isSpace(text.charCodeAt(k))) k++;
      }
    }
    if (k >= end) break;
    // drop parentheses left open for too long (a stray "(" must not swallow the paragraph)
    while (parens.length > 0 && i - parens[parens.length - 1] > 400) parens.pop();
    if (inMidParen || (parens.length > 0 && !onlyOpenersBetween(text, sentStart, parens[0]))) {
      i = j;
      continue;
    }
    if (isBoundary(text, i, runEnd, j, k, end, sentStart)) {
      emit(sentStart, j);
      sentStart = k;
      parens.length = 0;
    }
    i = j;
  }
  if (sentStart < end) emit(sentStart, end);
}

/** Abbreviations of MAYBE_FINAL_ABBREVIATIONS written in lower case; the others are capitalised. */
const LOWER_CASE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'al', 'bn', 'mn', 'tn', 'trn', 'km', 'kg', 'lb', 'lbs', 'oz', 'ft', 'yd', 'mi', 'mph', 'hr', 'hrs', 'min', 'mins', 'm', 'b', 'k',
  'est', 'dept', 'univ', 'govt', 'intl', 'natl', 'co', 'inc', 'corp', 'ltd', 'st', 'ave', 'rd', 'jr', 'sr',
]);

/** A word starting lower case with a capital inside ("iPhone", "eBay", "wikiHow"). */
function camelWord(text: string, m: number, end: number): boolean {
  for (let p = m + 1; p < end && p < m + 20; p++) {
    const c = text.charCodeAt(p);
    if (isUpper(c)) return true;
    if (!isLower(c)) return false;
  }
  return false;
}

/** After "(" at `m`: the parenthesis closes within 80 characters and the sentence goes on after it. */
function parenthesisContinues(text: string, m: number, end: number): boolean {
  const limit = Math.min(end, m + 80);
  let p = m;
  while (p < limit && text.charCodeAt(p) !== 41) p++;
  if (p >= limit) return false;
  if (isDigit(text.charCodeAt(m))) return true;
  p++;
  while (p < end && text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  return isLower(c) || c === 44 || c === 59;
}

/** End of a run of reference marks ("[2]", "[7][9]", "[note 1]", "[citation needed]") at `p`, or -1. */
function citationEnd(text: string, p: number, end: number): number {
  let q = p;
  let last = -1;
  while (q < end && text.charCodeAt(q) === 91) {
    let r = q + 1;
    while (r < end && r - q <= 24 && text.charCodeAt(r) !== 93 && text.charCodeAt(r) !== 91 && text.charCodeAt(r) !== 10) r++;
    if (r >= end || text.charCodeAt(r) !== 93) break;
    const inner = text.slice(q + 1, r);
    if (!/^(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|clarification needed|who\?|when\?)$/i.test(inner)) break;
    q = r + 1;
    last = q;
    while (q < end && text.charCodeAt(q) === 32) q++;
  }
  return last;
}

const OPENING_TIME = /^\W*(?:(?:At|By|Before|After|Until|From|Around|Since|Shortly after|Just before|Just after) +)?(?:about +|around +)?\d{1,2}(?:[:.]\d{2})? *[ap]\.?m\.?$/i;

/** "world.Today": the period at `i` ends a sentence although no space follows it. */
function joinedSentences(text: string, i: number, j: number, end: number, floor: number): boolean {
  if (!isUpper(text.charCodeAt(j)) || !isLower(text.charCodeAt(j + 1))) return false;
  const w = wordBefore(text, i, floor);
  if (w.length < 2) return false;
  for (let p = 0; p < w.length; p++) if (!isLower(w.charCodeAt(p))) return false;
  if (NON_FINAL_ABBREVIATIONS.has(w) || MAYBE_FINAL_ABBREVIATIONS.has(w) || TLDS.has(w)) return false;
  let p = j + 1;
  while (p < end && isLower(text.charCodeAt(p))) p++;
  return p >= end || text.charCodeAt(p) === 32 || text.charCodeAt(p) === 44;
}

const TAG_AT = /<\/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,200}>/y;

/** End of an HTML tag starting at `p`, or -1. */
export function tagEnd(text: string, p: number, end: number): number {
  TAG_AT.lastIndex = p;
  if (!TAG_AT.test(text) || TAG_AT.lastIndex > end) return -1;
  return TAG_AT.lastIndex;
}

function onlyOpenersBetween(text: string, s: number, e: number): boolean {
  // a parenthesis that opens a sentence has at most a few quotes or markers before it
  if (e - s > 8) return false;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (!isOpener(c) && !isSpace(c)) return false;
  }
  return true;
}
