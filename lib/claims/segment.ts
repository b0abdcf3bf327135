import { FUNCTION_WORDS, SENTENCE_STARTERS } from './abbreviations';
import { splitSentences } from './boundaries';
import { isHorizontalSpace, isLower, isSpace, isUpper } from './chars';
import type { UnitKind } from './types';

/** Longest unit, in characters; longer runs without a boundary are cut at spaces. */
const MAX_UNIT = 4000;

/**
 * A unit found by the segmenter: an exact, trimmed span of the input. `start`/`end` cover the unit
 * with its markup (list marker, `#`, `>`, emphasis, edge HTML tags, a dateline's dash), so that
 * every non-whitespace character of the input lies in exactly one unit; `cs`/`ce` is the wording
 * without that markup, which the analysers read.
 */
export interface Segment {
  start: number;
  end: number;
  cs: number;
  ce: number;
  kind: UnitKind;
  listItem: boolean;
  /** Paragraph (block) number; quotation state does not carry across blocks. */
  block: number;
}

type LineType = 'blank' | 'heading' | 'list' | 'bold' | 'text';

interface Line {
  /** Content span, markup prefix (list marker, #, >, tags) and trailing space removed. */
  cs: number;
  ce: number;
  type: LineType;
  /** Ends with . ! ? … or : (before closing quotes, brackets, emphasis). */
  final: boolean;
  colon: boolean;
  /** A credit or caption label line ("Image: NASA.", "Photo: …", "Reporting by …"). */
  credit?: boolean;
  indent: number;
  /** Start of the line in the input. */
  ls: number;
  /** Start of the list marker (= cs when there is none). */
  ms: number;
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,200}>[ \t]*/y;
const BULLET =
  /(?:[•⁃‣◦▪][ \t]*(?:\d{1,3}\.?\)?[ \t]+)?|(?:[-*+·–]|\d{1,3}(?:\.\)|[.)])|[a-z][.)]|[A-Z]\)|[ivx]{1,4}[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\))[ \t]+)/y;
/** A list marker taken apart: bullet, number or letter, and what follows it ("1.)", "• 9.", "b."). */
const MARKER_PARTS = /^([•⁃‣◦▪*+·–-]?)\s*(?:(\d{1,3})|([a-z]))?(\.\)|[.)])?\s*$/;
const HASHES = /#{1,6}[ \t]+/y;
/**
 * Dateline at the start of a paragraph: "WASHINGTON (Reuters) - ", "NEW YORK, March 3 (AP) — ",
 * "KYIV — ". The place must be in capitals.
 */
const DATELINE =
  /[A-Z][A-Z'’.-]{2,}(?:[ ,]+[A-Z][A-Z'’.-]+){0,3}(?:, +[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?(?=[ ,]*(?:\(|--|[—–-])))?(?:,? +[A-Z][a-z]{2,8}\.? +\d{1,2})?(?: *\([A-Za-z .&/]{1,40}\))? *(?:--|[—–-]) +(?=\S)/y;

/** Captions, credits and labelled pull quotes are headings even with a final period: "Photo: …", "Reporting by …", "Pull quote: …". */
const CAPTION =
  /\(?(?:(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Produced) by\b|(?:(?:File )?Photo(?:graph)?s?|Images?|Pictures?|Pictured|Caption|Pull[- ]?quote|Credits?|Illustration|Graphic|Video|Watch|Source|Sources|Main image|Top image|Contact the writer|Related|Read more|Advertisement|Sign up|Subscribe)\b\s*(?:\([^)]{0,40}\))?\s*(?::|by\b|—|\|)|©|\(c\) \d{4}|Copyright\b|All rights reserved)/y;

function analyzeLine(text: string, s: number, e: number): Line {
  let i = s;
  while (i < e && isHorizontalSpace(text.charCodeAt(i))) i++;
  const indent = i - s;
  let ce = e;
  while (ce > i && isSpace(text.charCodeAt(ce - 1))) ce--;
  let type: LineType = 'text';
  let credit = false;
  let ms = -1;
  // leading HTML remnants
  while (i < ce && text.charCodeAt(i) === 60) {
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    if (!m || TAG.lastIndex > ce + 1) break;
    const name = m[1].toLowerCase();
    if (/^h[1-6]$/.test(name) && m[0][1] !== '/') type = 'heading';
    else if (name === 'li' && m[0][1] !== '/') type = 'list';
    i = Math.min(TAG.lastIndex, ce);
  }
  // trailing HTML remnants
  while (ce > i && text.charCodeAt(ce - 1) === 62) {
    const lt = lastIndexWithin(text, '<', ce - 1, i);
    if (lt < i) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m || lt + m[0].trimEnd().length !== ce) break;
    ce = lt;
    while (ce > i && isSpace(text.charCodeAt(ce - 1))) ce--;
  }
  // blockquote markers
  while (i < ce && text.charCodeAt(i) === 62) {
    i++;
    while (i < ce && isHorizontalSpace(text.charCodeAt(i))) i++;
  }
  if (i >= ce) return { cs: i, ce: i, type: 'blank', final: false, colon: false, indent, ls: s, ms: i };
  if (text.charCodeAt(i) === 35) {
    HASHES.lastIndex = i;
    if (HASHES.test(text)) {
      type = 'heading';
      i = HASHES.lastIndex;
      while (ce > i && text.charCodeAt(ce - 1) === 35) ce--;
      while (ce > i && isSpace(text.charCodeAt(ce - 1))) ce--;
    }
  }
  if (type === 'text') {
    ms = i;
    BULLET.lastIndex = i;
    // "**bold**" is not a bullet: the bullet needs whitespace after it, which the regex demands
    if (BULLET.test(text) && BULLET.lastIndex < ce) {
      type = 'list';
      i = BULLET.lastIndex;
    }
  }
  if (type === 'text' && ce - i > 4) {
    const a = text.charCodeAt(i);
    if ((a === 42 || a === 95) && text.charCodeAt(i + 1) === a && text.charCodeAt(ce - 1) === a && text.charCodeAt(ce - 2) === a) {
      const marker = a === 42 ? '**' : '__';
      const inner = indexWithin(text, marker, i + 2, ce);
      if (inner === ce - 2) {
        type = 'bold';
        i += 2;
        ce -= 2;
        while (i < ce && isSpace(text.charCodeAt(i))) i++;
        while (ce > i && isSpace(text.charCodeAt(ce - 1))) ce--;
      }
    }
  }
  if (type === 'text' && (text.charCodeAt(i) === 40 || text.charCodeAt(i) === 0xa9 || isUpper(text.charCodeAt(i)))) {
    CAPTION.lastIndex = i;
    if (CAPTION.test(text)) {
      type = 'heading';
      // "Caption: …" and "Pull quote: …" label the line itself; only a credit makes the line above it a caption
      credit = !/^\(?(?:Caption|Pull[- ]?quote)\b/.test(text.slice(i, i + 12));
    }
  }
  const last = lastMeaningfulChar(text, i, ce);
  const final = last === 46 || last === 33 || last === 63 || last === 0x2026 || last === 58;
  return { cs: i, ce, type, final, colon: last === 58, indent, ls: s, credit, ms: type === 'list' ? ms : i };
}

/**
 * indexOf / lastIndexOf bounded to a span. The unbounded built-ins would search the rest of the
 * article when the needle is absent, making long documents quadratic.
 */
function indexWithin(text: string, needle: string, from: number, to: number): number {
  const last = to - needle.length;
  for (let p = from; p <= last; p++) if (text.startsWith(needle, p)) return p;
  return -1;
}

function lastIndexWithin(text: string, needle: string, from: number, floor: number): number {
  for (let p = Math.min(from, text.length - needle.length); p >= floor; p--) if (text.startsWith(needle, p)) return p;
  return -1;
}

function lastMeaningfulChar(text: string, s: number, e: number): number {
  let p = e - 1;
  while (p >= s) {
    const c = text.charCodeAt(p);
    if (c === 93) {
      // a reference mark "[12]" after the final period
      let q = p - 1;
      while (q >= s && q > p - 5 && isDigitCode(text.charCodeAt(q))) q--;
      p = q < p - 1 && q >= s && text.charCodeAt(q) === 91 ? q - 1 : p - 1;
    } else if (c === 34 || c === 39 || c === 0x201d || c === 0x201c || c === 0x2019 || c === 41 || c === 42 || c === 95 || c === 0xbb) p--;
    else return c;
  }
  return -1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function firstWord(text: string, s: number, e: number): string {
  let a = s;
  while (a < e && !isUpper(text.charCodeAt(a)) && !isLower(text.charCodeAt(a))) a++;
  let b = a;
  while (b < e && (isUpper(text.charCodeAt(b)) || isLower(text.charCodeAt(b)))) b++;
  return text.slice(a, b);
}

function lastWord(text: string, s: number, e: number): string {
  let b = e;
  while (b > s && !isUpper(text.charCodeAt(b - 1)) && !isLower(text.charCodeAt(b - 1))) b--;
  let a = b;
  while (a > s && (isUpper(text.charCodeAt(a - 1)) || isLower(text.charCodeAt(a - 1)))) a--;
  return text.slice(a, b);
}

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'vs', 'from', 'amid', 'over', 'into', 'after', 'but', 'is', 'are']);

/** "US Cyber-Offensive Against Russia Paused Amid Diplomatic Push": most words capitalised. */
export function isTitleCase(s: string): boolean {
  let words = 0;
  let caps = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && !isWordStart(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const a = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    const first = s.charCodeAt(a);
    if (i - a <= 4 && MINOR.has(s.slice(a, i).toLowerCase().replace(/[^a-z]/g, ''))) continue;
    words++;
    if (!isLower(first)) caps++;
  }
  return words >= 2 && caps / words >= 0.75;
}

function isWordStart(c: number): boolean {
  return (c >= 48 && c <= 57) || isUpper(c) || isLower(c);
}

function wordCount(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let p = s; p < e; p++) {
    const sp = isSpace(text.charCodeAt(p));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Does `prev` (a line without final punctuation) run on into `cur` (hard-wrapped prose)? */
function continues(text: string, prev: Line, cur: Line, prevStartsBlock: boolean, width: number): boolean {
  if (prev.type === 'list') return cur.indent > prev.indent || (cur.indent > 0 && prev.indent === 0);
  // an address on a line of its own (a signature's e-mail or web address) is never running text
  if (tokenLength(text, cur.cs, cur.ce) === cur.ce - cur.cs && /@|:\/\/|^www\./.test(text.slice(cur.cs, cur.ce))) return false;
  const first = text.charCodeAt(firstLetterIndex(text, cur.cs, cur.ce));
  if (isLower(first)) return true;
  // "…retired shuttles⏎Wednesday, April 13, 2011": a date on its own line is the headline's date
  if (DATE_LINE.test(text.slice(cur.cs, cur.ce))) return false;
  // hard-wrapped at `width`: a line continues when the next line's first word did not fit on it;
  // a shorter line ("Thanks,", a signature) ends where it ends
  if (width > 0) return fills(text, prev, cur.cs, cur.ce, width);
  // a title-case line on its own is a headline, whatever word it ends with ("…, City Says")
  if (prevStartsBlock && isTitleCase(text.slice(prev.cs, prev.ce))) return false;
  const lastC = text.charCodeAt(prev.ce - 1);
  // a closing on its own line ("Thanks,", "Best regards,") is followed by a name, not by more text
  if (lastC === 44 && prevStartsBlock && wordCount(text, prev.cs, prev.ce) <= 2) return false;
  if (lastC === 44 || lastC === 59 || lastC === 45 || lastC === 0x2013 || lastC === 0x2014 || lastC === 40) return true;
  if (FUNCTION_WORDS.has(lastWord(text, prev.cs, prev.ce).toLowerCase())) return true;
  if (prev.ce - prev.cs >= 60 && !isTitleCase(text.slice(prev.cs, prev.ce)) && !SENTENCE_STARTERS.has(firstWord(text, cur.cs, cur.ce))) return true;
  return false;
}

/** A line that is only a date: "Wednesday, April 13, 2011", "March 3, 2025". */
const DATE_LINE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)?(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? +\d{1,2}(?:st|nd|rd|th)?,? +\d{4}|\d{1,2} +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* +\d{4}|May +\d{1,2},? +\d{4})$/;

/** The first word of the next line (at `cs`) would not have fitted on `prev` at `width`. */
function fills(text: string, prev: Line, cs: number, ce: number, width: number): boolean {
  return prev.ce - prev.ls + 1 + tokenLength(text, cs, ce) > width;
}

const TRAILING_DATE =
  / +(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;

function tokenLength(text: string, s: number, e: number): number {
  let p = s;
  while (p < e && !isSpace(text.charCodeAt(p))) p++;
  return p - s;
}

/**
 * The width hard-wrapped text is wrapped at: the longest line that is not a long paragraph line,
 * when at least three lines come within 12 characters of it; 0 when the lines show no such width.
 */
function wrapWidth(text: string): number {
  const lengths: number[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let e = nl;
    while (e > pos && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > pos && e - pos <= LONG_LINE) lengths.push(e - pos);
    pos = nl + 1;
  }
  let w = 0;
  for (const l of lengths) if (l > w) w = l;
  let near = 0;
  for (const l of lengths) if (l >= w - 12) near++;
  return near >= 3 && w >= 40 ? w : 0;
}

function firstLetterIndex(text: string, s: number, e: number): number {
  let p = s;
  while (p < e && !isUpper(text.charCodeAt(p)) && !isLower(text.charCodeAt(p)) && !(text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57)) p++;
  return p;
}

/** Trim whitespace, edge emphasis markers and edge HTML tags; returns [s, e] or null when empty. */
function trimSpan(text: string, s: number, e: number): [number, number] | null {
  for (let guard = 0; guard < 4; guard++) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const before = s + e;
    // a blockquote marker at the start of a line
    if (text.charCodeAt(s) === 62 && (s === 0 || text.charCodeAt(s - 1) === 10 || isHorizontalSpace(text.charCodeAt(s - 1)))) s++;
    // emphasis markers at both edges, or at one edge when not used inside the span
    const a = text.charCodeAt(s);
    if (a === 42 || a === 95) {
      let r = s;
      while (r < e && text.charCodeAt(r) === a) r++;
      const run = text.slice(s, r);
      const inner = indexWithin(text, run, r, e);
      if (inner < 0 || inner >= e - run.length) s = r;
    }
    const z = text.charCodeAt(e - 1);
    if (e > s && (z === 42 || z === 95)) {
      let r = e;
      while (r > s && text.charCodeAt(r - 1) === z) r--;
      const run = text.slice(r, e);
      const inner = lastIndexWithin(text, run, r - 1, s);
      if (inner < s) e = r;
    }
    if (text.charCodeAt(s) === 60) {
      TAG.lastIndex = s;
      if (TAG.test(text) && TAG.lastIndex <= e) s = TAG.lastIndex;
    }
    if (e > s && text.charCodeAt(e - 1) === 62) {
      const lt = lastIndexWithin(text, '<', e - 1, s);
      if (lt >= s) {
        TAG.lastIndex = lt;
        const m = TAG.exec(text);
        if (m && lt + m[0].trimEnd().length === e) e = lt;
      }
    }
    if (s + e === before) break;
  }
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? [s, e] : null;
}

/**
 * Segment an article (plain text, markdown or HTML remnants) into sentences and headings with exact
 * offsets. Headings are lines without final punctuation (headlines, bylines, datelines, captions),
 * markdown headings and bold title lines; list items are sentences flagged `listItem`.
 */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let block = 0;
  let blockLines: Line[] = [];

  const push = (s: number, e: number, kind: UnitKind, listItem: boolean): void => {
    out.push({ start: s, end: e, cs: s, ce: e, kind, listItem, block });
  };
  const emit = (s: number, e: number, kind: UnitKind, listItem: boolean): void => {
    const t = trimSpan(text, s, e);
    if (t) push(t[0], t[1], kind, listItem);
  };
  const web = isParagraphPerLine(text);
  const docWidth = web ? 0 : wrapWidth(text);
  // in a paragraph-per-line document, runs of lines that are plainly hard-wrapped (a quoted e-mail)
  const runs = web ? wrappedRuns(text) : null;
  // the last flushed block, when it was one text line: a caption if a credit line follows it
  let lastBlockFirst = -1;
  let lastBlockLineEnd = -1;

  const flush = (): void => {
    if (blockLines.length === 0) return;
    const first = blockLines[0];
    const lastLine = blockLines[blockLines.length - 1];
    const listItem = first.type === 'list';
    const firstOut = out.length;
    let bs = first.cs;
    const be = lastLine.ce;
    if (first.type === 'text') {
      DATELINE.lastIndex = bs;
      const m = DATELINE.exec(text);
      if (m && DATELINE.lastIndex < be && DATELINE.lastIndex <= first.ce) {
        let de = bs + m[0].length;
        while (de > bs && (isSpace(text.charCodeAt(de - 1)) || text.charCodeAt(de - 1) === 45 || text.charCodeAt(de - 1) === 0x2014 || text.charCodeAt(de - 1) === 0x2013)) de--;
        emit(bs, de, 'heading', false);
        bs = DATELINE.lastIndex;
      }
    }
    // "Frank Messina: An Interview … Wednesday, October 3, 2007": a title with its date on one line
    let dateAt = -1;
    if (blockLines.length === 1 && first.type === 'text' && be - bs < 300) {
      const m = TRAILING_DATE.exec(text.slice(bs, be));
      if (m && m.index > 0) {
        const c = lastMeaningfulChar(text, bs, bs + m.index);
        if (c !== 46 && c !== 33 && c !== 63 && c !== 44 && c !== 58) dateAt = bs + m.index + (m[0].length - m[0].trimStart().length);
      }
    }
    const ranges = listItem && blockLines.length === 1 ? inlineItems(text, first.ms, bs, be) : [[bs, bs, dateAt > 0 ? dateAt : be]];
    for (const [ms, cs, ce] of ranges) {
      const before = out.length;
      splitInto(cs, ce);
      if (out.length > before && ms < out[before].start) out[before].start = ms;
    }
    if (dateAt > 0) emit(dateAt, be, 'heading', false);
    lastBlockFirst = blockLines.length === 1 && first.type === 'text' ? firstOut : -1;
    lastBlockLineEnd = lastLine.ce;
    blockLines = [];
    block++;
  };

  const splitInto = (bs: number, be: number): void => {
    const lastLine = blockLines[blockLines.length - 1];
    const listItem = blockLines[0].type === 'list';
    splitSentences(text, bs, be, (s0, e0) => {
      // a "sentence" of thousands of characters is a blob without punctuation: cut it into pieces
      // at spaces so that every later step stays linear
      let s = s0;
      while (e0 - s > MAX_UNIT) {
        let cut = s + MAX_UNIT;
        while (cut > s + MAX_UNIT / 2 && !isSpace(text.charCodeAt(cut))) cut--;
        if (cut <= s + MAX_UNIT / 2) cut = s + MAX_UNIT;
        const t = trimSpan(text, s, cut);
        if (t) push(t[0], t[1], 'sentence', listItem);
        s = cut;
      }
      const e = e0;
      const t = trimSpan(text, s, e);
      if (!t) return;
      let kind: UnitKind = 'sentence';
      if (!listItem && t[0] >= lastLine.cs && t[0] <= lastLine.cs + 2 && !lastLine.final) {
        const last = lastMeaningfulChar(text, t[0], t[1]);
        const terminated = last === 46 || last === 33 || last === 63 || last === 0x2026 || last === 58;
        if (!terminated && (wordCount(text, t[0], t[1]) <= 20 || isTitleCase(text.slice(t[0], t[1])))) kind = 'heading';
      }
      push(t[0], t[1], kind, listItem);
    });
  };

  let pos = 0;
  const n = text.length;
  let prev: Line | null = null;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const line = analyzeLine(text, pos, nl);
    pos = nl + 1;
    const runWidth = runs?.get(line.ls) ?? 0;
    const lineWeb = web && runWidth === 0;
    const width = web ? runWidth : docWidth;
    // "…the dates as Dec. 4 thru⏎10. Later…": in hard-wrapped prose a number that opens a line after
    // a full line is the wrapped sentence going on, not a list
    if (line.type === 'list' && !lineWeb && width > 0 && prev !== null && prev.type === 'text' && !(prev.final && !prev.colon) && fills(text, prev, line.ms, line.ce, width)) {
      line.type = 'text';
      line.cs = line.ms;
    }
    switch (line.type) {
      case 'blank':
        flush();
        prev = null;
        break;
      case 'heading':
        flush();
        // "Looking back: Columbia lifts off in 1981." above "Image: NASA.": the line over a credit is a caption
        if (line.credit && lastBlockFirst >= 0 && lastBlockFirst < out.length && lineStartBefore(text, line.cs) <= lastBlockLineEnd + 2) {
          if (wordCount(text, out[lastBlockFirst].start, out[out.length - 1].end) <= 45) for (let k = lastBlockFirst; k < out.length; k++) out[k].kind = 'heading';
        }
        lastBlockFirst = -1;
        emit(line.cs, line.ce, 'heading', false);
        block++;
        prev = null;
        break;
      case 'bold':
        flush();
        if (line.final) {
          blockLines = [line];
          flush();
        } else {
          emit(line.cs, line.ce, 'heading', false);
          block++;
        }
        prev = null;
        break;
      case 'list':
        flush();
        blockLines = [line];
        prev = line;
        break;
      default: {
        const joined =
          prev !== null &&
          (lineWeb
            ? softWrapped(text, prev, line)
            : (prev.final && !prev.colon && (prev.type !== 'list' || line.indent > 0)) ||
              (!prev.final && continues(text, prev, line, blockLines.length === 1, width)) ||
              // a colon at the wrap width ("…without accusation:⏎“You never…”") runs on
              (prev.colon && prev.type === 'text' && width > 0 && fills(text, prev, line.cs, line.ce, width)));
        if (!joined) flush();
        blockLines.push(line);
        prev = line;
      }
    }
    if (nl >= n) break;
  }
  flush();
  coverMarkup(text, out);
  return out;
}

/**
 * A list written on one line ("1) The first item. 2) The second item.", "a. one b. two"): the
 * following markers of the same sequence, each after a space, start new items. Returns
 * [marker start, content start, end] per item.
 */
function inlineItems(text: string, ms: number, cs: number, end: number): [number, number, number][] {
  const m = MARKER_PARTS.exec(text.slice(ms, cs));
  if (!m) return [[ms, cs, end]];
  const bullet = m[1];
  let num = m[2] ? Number(m[2]) : -1;
  let letter = m[3] ? m[3].charCodeAt(0) : -1;
  const suffix = m[4] ?? '';
  if (num < 0 && letter < 0 && !bullet) return [[ms, cs, end]];
  const out: [number, number, number][] = [];
  let itemMs = ms;
  let itemCs = cs;
  let from = cs;
  // a form of marker not found once is not searched again: the scan stays linear
  const dead = [false, false];
  for (;;) {
    if (num >= 0) num++;
    if (letter >= 0) letter++;
    const core = num >= 0 ? String(num) : letter >= 0 ? String.fromCharCode(letter) : '';
    const candidates = bullet ? [`${bullet} ${core}${suffix}`, `${bullet}${core}${suffix}`] : [`${core}${suffix}`];
    let at = -1;
    let len = 0;
    for (let f = 0; f < candidates.length; f++) {
      if (dead[f]) continue;
      const needle = ` ${candidates[f].trimEnd()} `;
      const p = indexWithin(text, needle, from, end);
      if (p < 0) dead[f] = true;
      if (p >= 0 && (at < 0 || p < at)) {
        at = p;
        len = needle.length;
      }
    }
    if (at < 0) break;
    out.push([itemMs, itemCs, at]);
    itemMs = at + 1;
    itemCs = at + len;
    from = itemCs;
  }
  out.push([itemMs, itemCs, end]);
  return out;
}

/**
 * Hard-wrapped paragraphs inside a paragraph-per-line document (a quoted e-mail): at least three
 * consecutive lines of 40–100 characters that stop on a lower-case word or a comma, within 15 characters
 * of the longest, and the line that ends the paragraph. Maps each of their line starts to the width.
 */
function wrappedRuns(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const n = text.length;
  let pos = 0;
  let run: [number, number][] = []; // [line start, length] of open lines
  const close = (lastStart: number, lastLen: number): void => {
    if (run.length >= 2 + (lastStart < 0 ? 1 : 0)) {
      let w = lastLen;
      let min = Infinity;
      for (const r of run) {
        w = Math.max(w, r[1]);
        min = Math.min(min, r[1]);
      }
      if (min >= w - 15) {
        for (const r of run) out.set(r[0], w);
        if (lastStart >= 0) out.set(lastStart, w);
      }
    }
    run = [];
  };
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let e = nl;
    while (e > pos && isSpace(text.charCodeAt(e - 1))) e--;
    const len = e - pos;
    const c = len > 0 ? text.charCodeAt(e - 1) : 0;
    const open = len > 0 && c !== 46 && c !== 33 && c !== 63 && c !== 58 && c !== 34 && c !== 0x201d && c !== 0x2026;
    // a wrapped line stops mid-phrase: on a lower-case word or a comma (not on "(solo)" or a name)
    if (open && len >= 40 && len <= 100 && (isLower(c) || c === 44)) run.push([pos, len]);
    else if (len > 0 && len <= 100 && !open && run.length > 0) close(pos, len);
    else close(-1, 0);
    pos = nl + 1;
  }
  close(-1, 0);
  return out;
}

/** Start of the line holding position `p`. */
function lineStartBefore(text: string, p: number): number {
  let q = p;
  while (q > 0 && text.charCodeAt(q - 1) !== 10) q--;
  return q;
}

/** Lines longer than this (with spaces in them) are not hard-wrapped prose. */
const LONG_LINE = 110;

/**
 * Text copied from a web page has one paragraph per line: a single newline is a paragraph break.
 * Hard-wrapped text (e-mail, plain-text files, most markdown) never has long lines of prose. The
 * document is read as paragraph-per-line when at least two lines, or a quarter of its non-blank
 * lines, are long lines of words, or when at least three lines are followed by another line and
 * none of them stops mid-phrase (nothing is wrapped).
 */
export function isParagraphPerLine(text: string): boolean {
  let lines = 0;
  let long = 0;
  let followed = 0;
  let open = 0;
  let prevOpen = false;
  let prevNonBlank = false;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let spaces = 0;
    let nonBlank = false;
    for (let p = pos; p < nl; p++) {
      const c = text.charCodeAt(p);
      if (c === 32) spaces++;
      else if (!nonBlank && !isSpace(c)) nonBlank = true;
    }
    if (nonBlank) {
      lines++;
      if (nl - pos > LONG_LINE && spaces >= 8) long++;
      // a line followed by another that stops mid-phrase (on a lower-case word, a comma, a hyphen)
      if (prevNonBlank) {
        followed++;
        if (prevOpen) open++;
      }
      let e = nl;
      while (e > pos && isSpace(text.charCodeAt(e - 1))) e--;
      const c = text.charCodeAt(e - 1);
      prevOpen = c === 44 || c === 45 || (isLower(c) && isLower(text.charCodeAt(wordStart(text, pos, e))));
    }
    prevNonBlank = nonBlank;
    pos = nl + 1;
  }
  if (long >= 2 || (long > 0 && long * 4 >= lines)) return true;
  // short lines, but none of them wrapped: every line ends a sentence or is a headline, date, credit
  return open === 0 && followed >= 3;
}

function wordStart(text: string, s: number, e: number): number {
  let p = e;
  while (p > s && !isSpace(text.charCodeAt(p - 1))) p--;
  while (p < e && !isUpper(text.charCodeAt(p)) && !isLower(text.charCodeAt(p))) p++;
  return p;
}

/**
 * In a paragraph-per-line document a line still runs on into the next when it stops mid-sentence at
 * a wrapping width and the next line goes on in lower case (a hard-wrapped quotation pasted inside).
 */
function softWrapped(text: string, prev: Line, cur: Line): boolean {
  if (prev.type === 'list') return cur.indent > prev.indent;
  if (prev.final || prev.type !== 'text') return false;
  const len = prev.ce - prev.cs;
  if (len < 30 || len > 100) return false;
  const c = text.charCodeAt(cur.cs);
  return isLower(c) && !isUpper(text.charCodeAt(cur.cs + 1)) && !isUpper(text.charCodeAt(cur.cs + 2));
}

/**
 * Give every non-whitespace character between units to a unit: markup on the line where a unit
 * ends (closing tags, `**`, a dateline's dash) to that unit, markup on the line where a unit starts
 * (a list marker, `## `, `> `, `<p>`) to that unit; markup-only lines in between to the next unit.
 */
function coverMarkup(text: string, out: Segment[]): void {
  const n = text.length;
  for (let k = 0; k <= out.length; k++) {
    const prev = k > 0 ? out[k - 1] : null;
    const next = k < out.length ? out[k] : null;
    const gs = prev ? prev.end : 0;
    const ge = next ? next.start : n;
    let markup = false;
    for (let p = gs; p < ge && !markup; p++) markup = !isSpace(text.charCodeAt(p));
    if (!markup) continue;
    // the first newline of the gap splits it: before it to the previous unit, after it to the next
    let nl = gs;
    while (nl < ge && text.charCodeAt(nl) !== 10) nl++;
    if (prev) {
      let e = next ? nl : ge;
      while (e > prev.end && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > prev.end) prev.end = e;
    }
    if (next) {
      let s = prev ? nl : gs;
      while (s < next.start && isSpace(text.charCodeAt(s))) s++;
      if (s < next.start) next.start = s;
    }
  }
}
