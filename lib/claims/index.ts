import { attribute, NO_ATTRIBUTION, NO_QUOTES, scanQuotes, subjectPerson, type AttributionContext, type AttributionResult, type QuoteInfo } from './attribute';
import { classify } from './classify';
import { EntityRecognizer, toEntity, type Mention } from './entities';
import { computeFeatures, type Features } from './features';
import { RepeatFinder } from './repeats';
import { scoreSentence } from './score';
import { segment, type Segment } from './segment';
import { tokenize, type Token } from './tokenize';
import type { ClaimUnit, ExtractOptions, Reason } from './types';

export * from './types';

/** The span a claim quotes: the unit's wording without list marker or emphasis markup. */
export function wordingSpan(u: ClaimUnit): { start: number; end: number; text: string } {
  const start = u.wordingStart ?? u.start;
  const end = u.wordingEnd ?? u.end;
  return { start, end, text: u.text.slice(start - u.start, end - u.start) };
}
export { segment, type Segment } from './segment';

/** What a sentence with quotation marks keeps until the quotation's speaker is settled. */
interface QuotedSentence {
  unit: ClaimUnit;
  /** Position among the document's units: two sentences are adjacent when these differ by one. */
  at: number;
  wording: string;
  block: number;
  quotes: QuoteInfo;
  features: Features;
  mentions: Mention[];
  att: AttributionResult;
}

/** The unit's wording on one line (native indexOf scans: cheaper than a regex test per unit). */
function plainText(s: string): string {
  if (s.indexOf('\n') < 0 && s.indexOf('  ') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0 && s.indexOf('\u00a0') < 0) return s;
  return s.replace(/\s+/g, ' ');
}

const HEADING_REASON: Reason = { code: 'heading', label: 'heading, byline, dateline or caption: not a claim', weight: 0 };

function isPending(m: Mention): boolean {
  return m.candidate === true || (m.type === 'person' && m.text.indexOf(' ') < 0);
}

/**
 * Split an article into sentences and headings with exact offsets (`text.slice(start, end)` is the
 * unit's text), then type, score and attribute every sentence. Repeated units (a headline printed
 * twice, a pull quote) carry `duplicateOf` (left out only with `includeDuplicates: false`).
 * Pure and deterministic: no network, no model.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ClaimUnit[] {
  const recognizer = new EntityRecognizer();
  const repeats = new RepeatFinder();
  const units: ClaimUnit[] = [];
  // sentences in order that have quotation marks or a named speaker; the others are left out
  const sentences: QuotedSentence[] = [];
  // units whose entities may change once the whole document is read ("Hegseth" before "Pete Hegseth")
  const pending: { unit: ClaimUnit; mentions: Mention[] }[] = [];
  const ctx: AttributionContext = { lastPerson: null, lastPersonTitle: null, titleOf: (c) => recognizer.titleOf(c) };
  const shortName = (m: Mention): string => recognizer.shortName(m.canonical, m.type);
  let open = false;
  let block = -1;

  // One streaming pass; nothing per token outlives its sentence (keeping tokens for a second pass
  // made a 1 MB document three times slower per byte than a 10 KB one, all in the garbage collector).
  for (const seg of segment(text)) {
    // the analysers read the wording without markup (list marker, `#`, emphasis, edge tags)
    const unitText = text.slice(seg.cs, seg.ce);
    const dup = repeats.check(unitText, units.length);
    if (dup !== undefined && options.includeDuplicates === false) continue;
    const tokens = tokenize(unitText);
    const mentions = recognizer.recognize(unitText, seg.cs, tokens);
    const known = mentions.filter((m) => !m.candidate);
    const unit = newUnit(seg, text.slice(seg.start, seg.end), unitText, units.length, known, dup);
    units.push(unit);
    if (mentions.some(isPending)) pending.push({ unit, mentions });
    if (seg.kind === 'heading') continue;
    if (seg.block !== block) {
      open = false;
      block = seg.block;
    }
    const quotes = scanQuotes(unitText, open);
    open = quotes.endsInside;
    const features = computeFeatures(unitText, tokens);
    const att = attribute(unitText, tokens, known, quotes, ctx, shortName, features.cues);
    const focus = personInFocus(unitText, tokens, known, quotes, att);
    if (focus) {
      ctx.lastPerson = focus.canonical;
      ctx.lastPersonTitle = focus.title ?? recognizer.titleOf(focus.canonical);
    }
    assess(unit, unitText, features, att, quotes, known);
    if (quotes !== NO_QUOTES || introducesQuote(att)) sentences.push({ unit, at: units.length - 1, wording: unitText, block: seg.block, quotes, features, mentions: known, att });
  }
  markPullQuotes(text, units);
  recognizer.finish();
  for (const p of pending) p.unit.entities = p.mentions.filter((m) => !m.candidate).map(toEntity);
  propagateQuoteSpeakers(sentences);
  return units;
}

/** Letters and digits of a span, lower-cased: the wording a pull quote shares with the body. */
function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A pull quote repeats a sentence of the body, in quotation marks on a line of its own, with the
 * speaker's credit line under it. It gets `duplicateOf` the body sentence holding its wording.
 * Only standalone quotations followed by a heading are candidates, so the scan stays linear.
 */
function markPullQuotes(text: string, units: ClaimUnit[]): void {
  let checked = 0;
  let wordings: string[] | null = null;
  for (let k = 0; k + 1 < units.length && checked < 20; k++) {
    const u = units[k];
    if (u.kind !== 'sentence' || u.duplicateOf !== undefined || units[k + 1].kind !== 'heading') continue;
    const first = u.text.charCodeAt(0);
    const last = u.text.charCodeAt(u.text.length - 1);
    if (!(first === 34 || first === 0x201c) || !(last === 34 || last === 0x201d)) continue;
    if ((k > 0 && text.slice(units[k - 1].end, u.start).indexOf('\n') < 0) || text.slice(u.end, units[k + 1].start).indexOf('\n') < 0) continue;
    checked++;
    const w = letters(u.text);
    if (w.length < 20) continue;
    wordings ??= units.map((v) => (v.kind === 'sentence' ? letters(v.text) : ''));
    for (const v of units) {
      if (v === u || v.kind !== 'sentence' || v.duplicateOf !== undefined || v.text.length < u.text.length - 4) continue;
      if (wordings[v.index].includes(w)) {
        u.duplicateOf = v.index;
        break;
      }
    }
  }
}

function newUnit(seg: Segment, text: string, wording: string, index: number, mentions: Mention[], duplicateOf: number | undefined): ClaimUnit {
  const unit: ClaimUnit = {
    index,
    start: seg.start,
    end: seg.end,
    text,
    wordingStart: seg.cs,
    wordingEnd: seg.ce,
    kind: seg.kind,
    claimType: 'not_claim',
    checkworthiness: 0,
    reasons: [HEADING_REASON],
    speaker: null,
    attribution: NO_ATTRIBUTION,
    entities: mentions.map(toEntity),
    claimText: plainText(wording),
  };
  if (seg.listItem) unit.listItem = true;
  if (duplicateOf !== undefined) unit.duplicateOf = duplicateOf;
  return unit;
}

/** Type, score and attribute a sentence unit. */
function assess(unit: ClaimUnit, wording: string, features: Features, att: AttributionResult, quotes: QuoteInfo, mentions: Mention[]): void {
  let people = 0;
  let orgs = 0;
  let places = 0;
  const distinct = new Set<string>();
  for (const m of mentions) {
    if (distinct.has(m.canonical)) continue;
    distinct.add(m.canonical);
    if (m.type === 'person') people++;
    else if (m.type === 'org') orgs++;
    else places++;
  }
  const quoted = att.attribution.kind === 'direct_quote' || quotes.longestQuote >= 2;
  unit.attribution = att.attribution;
  unit.speaker = att.attribution.speaker;
  unit.claimType = classify({ features, attribution: att.attribution, quoted, namedEntities: people + orgs, places });
  const scored = scoreSentence({ kind: unit.kind, features, claimType: unit.claimType, attribution: att.attribution, quoted, people, orgs, places, secondaryRefusal: att.secondaryRefusal });
  unit.checkworthiness = scored.score;
  unit.reasons = scored.reasons;
  unit.claimText = att.attribution.kind === 'refusal' && att.refusal ? att.refusal.wording : plainText(wording);
}

const PRONOUN_SUBJECT = /^(?:(?:but|and|then|later|still|yet|so)\s+)?(?:he|she)\b/i;

/**
 * The person a later "he" or "she" means, from this sentence: its speaker, else the person opening a
 * clause ("Lord Henry Alden met a choirboy, Thomas Wren, …" → Alden, not the choirboy), else, unless the
 * sentence's subject is itself a pronoun ("She hired Tom Berger"), the last person it names; null
 * leaves the previous one in place.
 */
function personInFocus(sentence: string, tokens: Token[], mentions: Mention[], quotes: QuoteInfo, att: AttributionResult): Mention | null {
  const sp = att.attribution.speaker;
  if (sp && att.attribution.kind !== 'unnamed_source') {
    const m = mentions.find((x) => x.type === 'person' && x.canonical === sp);
    if (m) return m;
  }
  const subject = subjectPerson(sentence, tokens, mentions, quotes);
  if (subject || PRONOUN_SUBJECT.test(sentence)) return subject;
  let last: Mention | null = null;
  for (const m of mentions) if (m.type === 'person') last = m;
  return last;
}

function giveSpeaker(s: QuotedSentence, from: AttributionResult): void {
  s.att = { ...s.att, attribution: { ...from.attribution, kind: 'direct_quote' } };
  assess(s.unit, s.wording, s.features, s.att, s.quotes, s.mentions);
}

function hasQuoteSpeaker(s: QuotedSentence | undefined): s is QuotedSentence {
  return !!s && !!s.att.attribution.speaker && (s.att.attribution.kind === 'direct_quote' || s.att.attribution.kind === 'reported' || s.att.attribution.kind === 'unnamed_source');
}

/** A sentence without quotation marks kept for the quotation after it: it names who speaks. */
function introducesQuote(att: AttributionResult): boolean {
  return !!att.attribution.speaker && att.attribution.kind !== 'refusal';
}

/** The sentence opens with a quotation of its own (not a scare-quoted word inside the reporter's sentence). */
function opensWithQuote(s: QuotedSentence): boolean {
  const q = s.quotes;
  if (q.startsInside) return true;
  return q.ranges.length > 0 && q.ranges[0][0] <= 1 && (q.allQuoted || q.longestQuote >= 3);
}

/**
 * `cur` goes on with the quotation of `prev`, the sentence just before it: in the same paragraph, or
 * opening the next paragraph when `prev` left its quotation open (a quotation over several paragraphs
 * leaves out the closing mark at each paragraph's end).
 */
function continuesQuote(prev: QuotedSentence, cur: QuotedSentence): boolean {
  if (prev.at !== cur.at - 1) return false;
  if (cur.block === prev.block) return cur.quotes.startsInside;
  return prev.quotes.endsInside && opensWithQuote(cur);
}

/**
 * The sentence just before a quotation introduces it: "Jespersen wrote:" or, in the paragraph before,
 * "Zenghelis described her as the most outstanding pupil he ever taught." (a verb of saying, no
 * quotation of its own). In the same paragraph any named speaker does ("Smith criticised the plan.
 * "It is a disaster.""), unless it is a refusal.
 */
function introduces(p: QuotedSentence | undefined, first: QuotedSentence): p is QuotedSentence {
  if (!p || p.at !== first.at - 1 || !introducesQuote(p.att)) return false;
  if (p.block === first.block) return true;
  if (/:\s*$/.test(p.wording)) return true;
  return p.quotes === NO_QUOTES && p.att.attribution.kind === 'reported';
}

/**
 * A quotation that runs over several sentences has one speaker: give every sentence of it the
 * speaker found in any of them, and give a sentence that is nothing but a quotation the speaker of
 * the quotation just before (or just after) it: "…," the official said. "We will review it."
 * A quotation still without a speaker takes the speaker of the sentence that introduces it.
 * Only quotations receive a speaker here: the reporter's own sentence after a quotation never does.
 */
function propagateQuoteSpeakers(sentences: QuotedSentence[]): void {
  const groups: [number, number][] = [];
  let groupStart = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i < sentences.length && continuesQuote(sentences[i - 1], sentences[i])) continue;
    groups.push([groupStart, i]);
    groupStart = i;
  }
  for (const [a, b] of groups) {
    if (b - a < 2) continue;
    let source: QuotedSentence | null = null;
    for (let k = a; k < b && !source; k++) if (hasQuoteSpeaker(sentences[k])) source = sentences[k];
    if (source) for (let k = a; k < b; k++) if (!sentences[k].att.attribution.speaker) giveSpeaker(sentences[k], source.att);
  }
  for (const [a, b] of groups) {
    const first = sentences[a];
    const p = sentences[a - 1];
    if (!opensWithQuote(first) || !introduces(p, first)) continue;
    let spoken = false;
    for (let k = a; k < b && !spoken; k++) spoken = !!sentences[k].att.attribution.speaker;
    if (!spoken) for (let k = a; k < b; k++) giveSpeaker(sentences[k], p.att);
  }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.att.attribution.speaker || !s.quotes.allQuoted) continue;
    const prev = sentences[i - 1];
    const next = sentences[i + 1];
    if (prev && prev.at === s.at - 1 && prev.att.attribution.kind === 'direct_quote' && prev.att.attribution.speaker && prev.block === s.block) giveSpeaker(s, prev.att);
    else if (next && next.at === s.at + 1 && next.att.attribution.kind === 'direct_quote' && next.att.attribution.speaker && next.block === s.block) giveSpeaker(s, next.att);
  }
}
