import type { Mention } from './entities';
import { CUE_ACCORDING, CUE_HEARSAY, CUE_REFUSAL, CUE_UNNAMED } from './features';
import { SPEECH_VERBS } from './names';
import type { Token } from './tokenize';
import type { Attribution } from './types';

export const NO_ATTRIBUTION: Attribution = { kind: 'none', cue: null, speaker: null, speakerTitle: null };

/** Where quotation marks put words in a sentence. */
export interface QuoteInfo {
  /** The sentence begins inside a quotation opened in an earlier sentence. */
  startsInside: boolean;
  /** The sentence ends with a quotation still open. */
  endsInside: boolean;
  /** Words inside quotation marks. */
  quotedWords: number;
  /** Longest quoted stretch, in words. */
  longestQuote: number;
  /** The whole sentence is quoted material. */
  allQuoted: boolean;
  /** Character ranges [s, e) inside quotation marks (sentence-relative). */
  ranges: [number, number][];
}

export const NO_QUOTES: QuoteInfo = Object.freeze({ startsInside: false, endsInside: false, quotedWords: 0, longestQuote: 0, allQuoted: false, ranges: [] as [number, number][] });

/** Track straight and curly double quotes; `open` says whether a quote is open at the start. */
export function scanQuotes(sentence: string, open: boolean): QuoteInfo {
  const single = sentence.indexOf('‘') >= 0;
  if (!open && !single && sentence.indexOf('"') < 0 && sentence.indexOf('“') < 0 && sentence.indexOf('”') < 0 && sentence.indexOf('«') < 0 && sentence.indexOf('„') < 0) {
    return NO_QUOTES;
  }
  const ranges: [number, number][] = [];
  let inside = open;
  let startsInside = open;
  let from = 0;
  let outsideChars = 0;
  // British single quotes: ‘ opens at the start of a word; ’ closes unless a letter follows (don’t)
  let singleFrom = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (single && c === 0x2018 && !inside && singleFrom < 0) {
      singleFrom = i + 1;
    } else if (single && c === 0x2019 && singleFrom >= 0 && !isLetterCode(sentence.charCodeAt(i + 1))) {
      ranges.push([singleFrom, i]);
      singleFrom = -1;
    } else if (singleFrom >= 0) {
      // inside a single-quoted stretch: not outside text
    } else if (c === 0x201c || c === 0x201e || c === 0xab) {
      if (!inside) {
        inside = true;
        from = i + 1;
      } else if (c === 0x201c && closerShaped(sentence, i)) {
        // “ typed as a closer: “We will.“ He left.
        ranges.push([from, i]);
        inside = false;
      }
    } else if (c === 0x201d || c === 0xbb) {
      if (inside) {
        ranges.push([from, i]);
        inside = false;
      } else if (c === 0x201d && openerShaped(sentence, i)) {
        inside = true;
        from = i + 1;
      }
    } else if (c === 34) {
      if (inside && i === firstQuoteChar(sentence) && startsInside && ranges.length === 0 && openerShaped(sentence, i)) {
        // the quotation "still open" from the sentence before was never opened there: this one opens
        startsInside = false;
        from = i + 1;
      } else if (inside) {
        ranges.push([from, i]);
        inside = false;
      } else if (closerShaped(sentence, i) && !openerShaped(sentence, i) && ranges.length === 0 && quotesAfter(sentence, i) === 0) {
        // a lone closing mark: the sentence began inside a quotation opened before it
        ranges.push([0, i]);
        outsideChars = 0;
      } else {
        from = i + 1;
        inside = true;
      }
    } else if (!inside && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)) {
      outsideChars++;
    }
  }
  if (inside) ranges.push([from, sentence.length]);
  if (singleFrom >= 0) ranges.push([singleFrom, sentence.length]);
  let quotedWords = 0;
  let longest = 0;
  for (const [s, e] of ranges) {
    const w = countWords(sentence, s, e);
    quotedWords += w;
    if (w > longest) longest = w;
  }
  return { startsInside, endsInside: inside, quotedWords, longestQuote: longest, allQuoted: ranges.length > 0 && outsideChars === 0, ranges };
}

function isSpaceCode(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** A quotation mark after a word or punctuation and before a space, punctuation or the end. */
function closerShaped(s: string, i: number): boolean {
  const before = s.charCodeAt(i - 1);
  const after = s.charCodeAt(i + 1);
  return i > 0 && !isSpaceCode(before) && !isLetterCode(after) && !(after >= 48 && after <= 57);
}

/** A quotation mark at the start or after a space/bracket, before a word. */
function openerShaped(s: string, i: number): boolean {
  const before = i > 0 ? s.charCodeAt(i - 1) : NaN;
  const after = s.charCodeAt(i + 1);
  return (isSpaceCode(before) || before === 40 || before === 91 || before === 0x2014) && !isSpaceCode(after);
}

function firstQuoteChar(s: string): number {
  return s.indexOf('"');
}

function quotesAfter(s: string, i: number): number {
  return s.indexOf('"', i + 1) >= 0 ? 1 : 0;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000);
}

function countWords(s: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    const sp = c === 32 || c === 10 || c === 9;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

const UNNAMED =
  /\b(?:(?:a|an|one|two|three|four|several|some|many|other|the|multiple|senior|former|current|top|high-ranking|unnamed|anonymous|US|U\.S\.|American|Western|European|Russian|Ukrainian|Israeli|British|Chinese|defen[cs]e|administration|White House|government|intelligence|military|security|congressional|state|police|diplomatic|party|industry|company|campaign|Pentagon|Kremlin|Democratic|Republican|cyber|law enforcement|federal|local|regional|department|ministry|agency|company|[A-Z][a-z]+(?= (?:[A-Z][a-z]+ )?spokes))\s+)*(?:officials?|sources?|aides?|diplomats?|insiders?|advisers?|advisors?|spokes(?:man|woman|person)|analysts|experts|observers|scientists|researchers|critics|economists|witnesses|residents|investigators|prosecutors|doctors|lawyers|historians|scholars|people familiar with (?:the |this |these |his |her )?\w+|(?:a )?person familiar with (?:the |this |these |his |her )?\w+|people with knowledge of (?:the |this )?\w+|people close to \w+)\b/gi;

const REFUSAL =
  /\b(?:(?:declined|refused|opted not|chose not|decided not)\s+to\s+(comment|respond|elaborate|answer|say|discuss|confirm|provide(?: (?:additional|further|more|any))? (?:detail|details|comment|information))|(?:did not|didn't|has not|hasn't|have not|haven't|had not)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond|reply|replied|responded|return(?:ed)?)(?:\s+to\s+(?:a\s+|multiple\s+|repeated\s+|several\s+)?(?:requests?|calls?|messages?|emails?)(?:\s+for\s+comment)?)?|could not (?:immediately )?be reached(?: for comment)?|(?:would|will) not comment|(?:was|were) not (?:immediately )?available for comment|no comment)\b/i;

const HEARSAY =
  /\b(?:reportedly|allegedly|(?:is|are|was|were) said to|it is understood|it was reported|(?:media )?reports (?:say|said|suggest(?:ed)?|indicate[ds]?)|according to (?:media )?reports|rumou?red)\b/i;

const ACCORDING = /\baccording to\s+/gi;

const PRONOUNS = new Set(['he', 'she', 'they']);
const AUX_ADVERB = new Set(['also', 'later', 'then', 'previously', 'repeatedly', 'publicly', 'privately', 'again', 'reportedly', 'recently', 'earlier', 'never', 'often', 'not', 'first', 'once', 'widely']);
const AUX = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'previously', 'repeatedly', 'publicly', 'privately', 'again', 'reportedly', 'has', 'was', 'were', 'is', 'are', 'had', 'who', 'recently', 'earlier', 'separately', 'both']);
// not "told": the one named after "told" is the person told ("…," told Reuters is rare; "X told Y" is common)
const INVERTED_TAG = new Set(['said', 'says', 'asked', 'added', 'wrote', 'replied', 'explained', 'insisted', 'noted', 'continued', 'declared', 'recalled', 'remarked', 'observed', 'answered', 'admitted', 'conceded', 'warned']);
/** Forms of "be" that make the verb after them passive: "X was told", "she was described by …". */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** The quoted person is the subject of a passive "quoted": "he was quoted by The Canadian Press". */
const PASSIVE_SPEAKER = new Set(['quoted', 'cited']);

/** People named by role rather than name: "said the writer", "the young man noted". */
const ROLE_NOUNS = new Set(
  `writer reporter author official spokesman spokeswoman spokesperson man woman driver minister teacher doctor lawyer
  attorney witness resident manager coach player cadet student scientist researcher professor economist analyst expert
  president chairman chairwoman chair judge officer soldier mother father wife husband son daughter owner worker
  farmer nurse priest rector pastor agent negotiator mayor governor senator translator interpreter critic survey study
  poll report statement letter editorial study spokesmen scientists researchers critics economists experts witnesses
  residents investigators prosecutors doctors lawyers officers historians scholars biographers`.split(/\s+/),
);
const ROLE_PHRASE = /\b(?:the|a|an|one|another|his|her|their|top|leading|some|many|several|two|three)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?([a-z]+)\b/gy;

/** What attribution needs to know about the document so far. */
export interface AttributionContext {
  /** Canonical name of the last person mentioned in earlier sentences. */
  lastPerson: string | null;
  lastPersonTitle: string | null;
  titleOf: (canonical: string) => string | null;
}

export interface AttributionResult {
  attribution: Attribution;
  /** A refusal: who refused and the plain wording ("DoD declined to comment"). */
  refusal: { subject: Mention | null; phrase: string; wording: string } | null;
  /** The refusal is coordinated with the main speaker ("… remarked that … but declined to …"). */
  secondaryRefusal: boolean;
}

interface Subject {
  name: string;
  title: string | null;
  unnamed: boolean;
  mention: Mention | null;
}

/** Groups that speak unnamed but are not among the score's cue words ("top scientists have warned"). */
const GROUP_NOUNS = new Set(['scientists', 'researchers', 'critics', 'economists', 'witnesses', 'residents', 'investigators', 'prosecutors', 'doctors', 'lawyers', 'historians', 'scholars']);

function hasGroupNoun(tokens: Token[]): boolean {
  for (const t of tokens) if (GROUP_NOUNS.has(t.norm)) return true;
  return false;
}

function unnamedMatches(sentence: string): { s: number; e: number; text: string }[] {
  const out: { s: number; e: number; text: string }[] = [];
  UNNAMED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNNAMED.exec(sentence)) !== null) {
    let text = m[0];
    let s = m.index;
    // "the officials" keeps its article, "the US officials" too; drop a leading "the" only before a capital
    if (/^the\s/i.test(text) && /^the\s+[A-Z]/.test(text)) {
      s += 4;
      text = text.slice(4);
    }
    out.push({ s, e: m.index + m[0].length, text });
  }
  return out;
}

const SPOKES = /\b(?:spokes(?:man|woman|person)|press secretary)$/i;
const DETERMINER = /^(?:a|an|the|one|two|three|four|several|some|many|other|multiple)\s/i;

/**
 * An unnamed source as a speaker: "a senior defense official" as written (article lower-cased);
 * but a spokesperson speaks for a body on the record: "a Pentagon spokesman" → Department of Defense.
 */
function unnamedSubject(u: { s: number; e: number; text: string }, mentions: Mention[], tokens: Token[]): Subject {
  const spokes = SPOKES.exec(u.text);
  if (spokes) {
    for (const m of mentions) {
      if (m.type !== 'org') continue;
      const ms = tokens[m.ti].s;
      const me = tokens[m.tj - 1].e;
      if (ms >= u.s && me <= u.e) return { name: m.canonical, title: spokes[0].toLowerCase(), unnamed: false, mention: m };
    }
  }
  const text = u.text.replace(/\s+/g, ' ');
  const name = DETERMINER.test(text) || /^(?:Sources?|Officials?|Aides?|Diplomats?|Analysts|Experts|Observers|People|Insiders?|Senior|Former|Current|Top|Scientists|Researchers|Critics|Economists|Witnesses|Residents|Investigators|Prosecutors|Doctors|Lawyers|Historians|Scholars|Leading|Several|Some|Many)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return { name, title: null, unnamed: true, mention: null };
}

/** The verb alone in quotation marks: 'Seaborg "admitted" to a news conference'. */
function scareQuoted(info: QuoteInfo, t: Token): boolean {
  for (const [s, e] of info.ranges) if (s === t.s && e === t.e) return true;
  return false;
}

function inQuote(info: QuoteInfo, pos: number): boolean {
  for (const [s, e] of info.ranges) if (pos >= s && pos < e) return true;
  return false;
}

const RELATIVE = /,\s+(?:who|which|whose|whom)\b/g;

/** The span of a relative clause closed by a comma before `end`, or [-1, -1]. */
function relativeClause(sentence: string, end: number): [number, number] {
  RELATIVE.lastIndex = Math.max(0, end - 300);
  let from = -1;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(sentence)) !== null && m.index < end) from = m.index;
  if (from < 0) return [-1, -1];
  const close = sentence.lastIndexOf(',', end);
  return close > from ? [from, close] : [-1, -1];
}

function onlyAuxBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!AUX.has(tokens[k].norm)) return false;
  return true;
}

/** The speaker of the verb at token v: nearest actor before it in the clause, else right after it. */
function subjectOf(sentence: string, tokens: Token[], v: number, mentions: Mention[], unnamed: { s: number; e: number; text: string }[], ctx: AttributionContext, quotes: QuoteInfo): Subject | null {
  const vs = tokens[v].s;
  // passive: "Judge Parsons was told …" names the person told; "described by The Guardian" names the speaker
  let b = v - 1;
  while (b >= 0 && b >= v - 3 && AUX_ADVERB.has(tokens[b].norm)) b--;
  const passive = b >= 0 && BE.has(tokens[b].norm);
  if (PASSIVE_SPEAKER.has(tokens[v].norm) && !passive) return null;
  if (passive && !PASSIVE_SPEAKER.has(tokens[v].norm) && tokens[v].norm.length > 3) {
    const by = tokens[v + 1]?.norm === 'by' ? v + 2 : -1;
    if (by < 0 || by >= tokens.length) return null;
    const at = tokens[by].s;
    for (const m of mentions) if (tokens[m.ti].s === at || (m.ti === by + 1 && tokens[by].norm === 'the')) return actor(m, ctx);
    for (const u of unnamed) if (u.s >= at && u.s - at <= 4) return unnamedSubject(u, mentions, tokens);
    // a name the recogniser did not take: the capitalised words right after "by"
    let e = by;
    while (e < tokens.length && e - by < 4 && tokens[e].cap && (e === by || sentence.slice(tokens[e - 1].e, tokens[e].s) === ' ')) e++;
    return e > by ? { name: sentence.slice(at, tokens[e - 1].e), title: null, unnamed: false, mention: null } : null;
  }
  // "-ing" forms ("…, saying", "by asserting") take the clause's subject: the first actor, further back
  const ing = tokens[v].norm.endsWith('ing');
  const reach = ing ? 28 : 12;
  let best: Subject | null = null;
  let bestEnd = -1;
  let bestTok = -1;
  // an actor inside a relative clause is not the subject: "X, who chairs the committee, said …"
  const [relFrom, relTo] = relativeClause(sentence, vs);
  for (const m of mentions) {
    if (m.tj > v || v - m.tj > reach) continue;
    if (tokens[m.ti].s > relFrom && tokens[m.ti].s < relTo) continue;
    if (inQuote(quotes, tokens[m.ti].s)) continue;
    if (m.type === 'place' && v - m.tj > 1) continue;
    if (/[;:!?]/.test(sentence.slice(tokens[m.tj - 1].e, vs))) continue;
    // an organisation inside the aside after a person's name is not the subject: "Mr. Richard Preston,
    // executive director of the … Commission, in his remarks …, warned"
    if (m.type !== 'person' && insideAside(sentence, tokens, mentions, m)) continue;
    // a clause of its own in between ("X, who …, said" is fine; "X. Y said" is not) is checked above
    if (ing ? best === null : tokens[m.tj - 1].e > bestEnd) {
      bestEnd = tokens[m.tj - 1].e;
      bestTok = m.tj - 1;
      best = actor(m, ctx);
    }
  }
  for (const u of unnamed) {
    if (u.e > vs || vs - u.e > 24) continue;
    if (inQuote(quotes, u.s)) continue;
    const gap = sentence.slice(u.e, vs);
    if (!/^\s+(?:(?:have|has|had|also|were|was|who|are|is|privately|publicly)\s+)*$/i.test(gap)) continue;
    if (u.e > bestEnd) {
      bestEnd = u.e;
      bestTok = -1;
      for (let k = 0; k < tokens.length && tokens[k].s < u.e; k++) bestTok = k;
      best = unnamedSubject(u, mentions, tokens);
    }
  }
  // a pronoun right before the verb is its subject, even after another name: "Triandos …, but he says";
  // it names the last person before it in the sentence, else the last person of the text so far
  for (let k = v - 1; k >= 0 && k >= v - 3 && k > bestTok; k--) {
    if (PRONOUNS.has(tokens[k].norm) && onlyAuxBetween(tokens, k + 1, v) && !inQuote(quotes, tokens[k].s)) {
      if (tokens[k].norm === 'they') return null;
      let person: Mention | null = null;
      // only a person who is a clause's subject: "Triandos …, but he says"; not "After meeting Smith, he said"
      for (const m of mentions) if (m.type === 'person' && m.tj <= k && !inQuote(quotes, tokens[m.ti].s) && opensClause(sentence, tokens, m.ti, m.title)) person = m;
      if (person) return actor(person, ctx);
      if (ctx.lastPerson) return { name: ctx.lastPerson, title: ctx.lastPersonTitle, unnamed: false, mention: null };
      return null;
    }
  }
  if (best) return best;
  // inverted tag: "…," said Schumer / asked Sen. Mark Warner — only right after a quote or a comma
  if (INVERTED_TAG.has(tokens[v].norm) && /(?:^|[,"”’'])\s*$/.test(sentence.slice(Math.max(0, vs - 4), vs))) {
    for (const m of mentions) {
      if (m.ti > v && m.ti - v <= 3 && (m.type === 'person' || m.type === 'org')) {
        return { name: m.canonical, title: m.title ?? ctx.titleOf(m.canonical), unnamed: false, mention: m };
      }
    }
    for (const u of unnamed) {
      if (u.s > vs && u.s - tokens[v].e <= 8) return unnamedSubject(u, mentions, tokens);
    }
    // "…," said the writer
    const role = rolePhrase(sentence, tokens[v].e);
    if (role) return { name: role, title: null, unnamed: true, mention: null };
  }
  return null;
}

/** Mention m sits in a comma-enclosed aside that follows a person's name. */
function insideAside(sentence: string, tokens: Token[], mentions: Mention[], m: Mention): boolean {
  for (const p of mentions) {
    if (p.type !== 'person' || p.tj > m.ti || m.ti - p.tj > 10) continue;
    const between = sentence.slice(tokens[p.tj - 1].e, tokens[m.ti].s);
    if (/^,/.test(between) && between.indexOf(',', 1) < 0 && /^[^;:.!?]*$/.test(between)) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(['after', 'when', 'as', 'while', 'although', 'though', 'because', 'since', 'but', 'and', 'if', 'once', 'before', 'until', 'whereas', 'so', 'yet']);

/** Token ti starts the sentence or a clause (after a comma, a semicolon or a subordinating word). */
function opensClause(sentence: string, tokens: Token[], ti: number, title: string | null): boolean {
  // "Gov. John M. Dalton …": the clause starts at the title
  if (title) {
    const at = sentence.lastIndexOf(title, tokens[ti].s);
    if (at >= 0 && tokens[ti].s - at - title.length <= 1) {
      while (ti > 0 && tokens[ti - 1].s >= at) ti--;
    }
  }
  if (ti === 0) return true;
  if (CLAUSE_OPENERS.has(tokens[ti - 1].norm)) return true;
  return /[,;:]\s*$/.test(sentence.slice(tokens[ti - 1].e, tokens[ti].s));
}

function actor(m: Mention, ctx: AttributionContext): Subject {
  return { name: m.canonical, title: m.title ?? (m.type === 'person' ? ctx.titleOf(m.canonical) : null), unnamed: false, mention: m };
}

/** "the writer", "the young man" right at `at` (after spaces), or null. */
function rolePhrase(sentence: string, at: number): string | null {
  let p = at;
  while (sentence.charCodeAt(p) === 32) p++;
  ROLE_PHRASE.lastIndex = p;
  const m = ROLE_PHRASE.exec(sentence);
  if (!m || !ROLE_NOUNS.has(m[1])) return null;
  return m[0].replace(/\s+/g, ' ');
}

function refusalWording(cue: string, object: string | undefined): string {
  const c = cue.toLowerCase();
  if (/respond|reply|return/.test(c)) return 'did not respond to a request for comment';
  if (/reached/.test(c)) return 'could not be reached for comment';
  if (/available/.test(c)) return 'was not available for comment';
  if (object && !/^(?:comment|respond)$/i.test(object)) return `declined to ${object.toLowerCase()}`;
  return 'declined to comment';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Who makes the claim in this sentence: a quoted speaker, a reported speaker, "according to",
 * an unnamed source, a refusal to comment, or hearsay ("reportedly").
 */
export function attribute(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
  quotes: QuoteInfo,
  ctx: AttributionContext,
  shortName: (m: Mention) => string,
  cues: number,
): AttributionResult {
  const unnamed = cues & CUE_UNNAMED || hasGroupNoun(tokens) ? unnamedMatches(sentence) : [];

  // the main speaker: the first verb of saying outside quotation marks that has a subject
  let main: Subject | null = null;
  let mainCue: string | null = null;
  // "declined to say" is a refusal, not a statement
  const rm = cues & CUE_REFUSAL ? REFUSAL.exec(sentence) : null;
  const refusalFrom = rm ? rm.index : -1;
  const refusalTo = rm ? rm.index + rm[0].length : -1;
  let tried = 0;
  for (let v = 0; v < tokens.length && tried < 8; v++) {
    const t = tokens[v];
    if (!SPEECH_VERBS.has(t.norm) && !PASSIVE_SPEAKER.has(t.norm)) continue;
    // a capitalised "States" or "Reports" inside a sentence is a name, not a verb
    if (t.cap && v > 0) continue;
    tried++;
    if (inQuote(quotes, t.s) && !scareQuoted(quotes, t)) continue;
    if (t.s >= refusalFrom && t.s < refusalTo) continue;
    const subj = subjectOf(sentence, tokens, v, mentions, unnamed, ctx, quotes);
    if (subj) {
      main = subj;
      mainCue = t.raw;
      break;
    }
  }

  // "according to X"
  let according: Subject | null = null;
  ACCORDING.lastIndex = 0;
  const acc = cues & CUE_ACCORDING ? ACCORDING.exec(sentence) : null;
  if (acc) {
    const after = acc.index + acc[0].length;
    const u = unnamed.find((x) => x.s >= after && x.s - after <= 12);
    const m = mentions.find((x) => tokens[x.ti].s >= after && tokens[x.ti].s - after <= 12 && x.type !== 'place');
    if (m && (!u || tokens[m.ti].s <= u.s)) according = { name: m.canonical, title: m.title, unnamed: false, mention: m };
    else if (u) according = unnamedSubject(u, mentions, tokens);
    else {
      const phrase = /^[^,.;:()"“”]{2,60}/.exec(sentence.slice(after));
      if (phrase) according = { name: phrase[0].trim(), title: null, unnamed: false, mention: null };
    }
  }

  // refusals
  let refusal: AttributionResult['refusal'] = null;
  let secondaryRefusal = false;
  if (rm) {
    const cueAt = rm.index;
    const before = sentence.slice(0, cueAt);
    const clauseStart = Math.max(before.lastIndexOf(';'), lastClauseWord(before), 0);
    const clause = sentence.slice(clauseStart, cueAt);
    const coordinated = /^\s*(?:,\s*)?(?:but|and)?\s*(?:(?:has|have|had|also|later|then)\s+)*$/i.test(clause) || /\b(?:but|and)\s+(?:(?:has|have|had|also|later|then)\s+)*$/i.test(clause);
    let subject: Subject | null = null;
    if (!coordinated) {
      let bestEnd = -1;
      for (const m of mentions) {
        const ms = tokens[m.ti].s;
        const me = tokens[m.tj - 1].e;
        if (ms >= clauseStart && me <= cueAt && me > bestEnd && m.type !== 'place') {
          bestEnd = me;
          subject = { name: m.canonical, title: m.title, unnamed: false, mention: m };
        }
      }
      for (const u of unnamed) {
        if (u.s >= clauseStart && u.e <= cueAt && u.e > bestEnd) {
          bestEnd = u.e;
          subject = unnamedSubject(u, mentions, tokens);
        }
      }
      if (!subject && /\b(?:he|she)\s+(?:(?:has|have|had|also)\s+)*$/i.test(clause) && ctx.lastPerson) {
        subject = { name: ctx.lastPerson, title: ctx.lastPersonTitle, unnamed: false, mention: null };
      }
    }
    if (coordinated || !subject) {
      secondaryRefusal = coordinated && main !== null;
      if (!coordinated && !main) {
        // a refusal by nobody recognisable: still a refusal, worded as written
        refusal = { subject: null, phrase: rm[0], wording: sentence.replace(/\s+/g, ' ') };
      }
    } else {
      const short = subject.mention ? shortName(subject.mention) : capitalize(subject.name);
      const wording = `${short} ${refusalWording(rm[0], rm[1])}`;
      refusal = { subject: subject.mention, phrase: rm[0], wording };
      // a sentence with its own speaker keeps that speaker; the refusal becomes a reason
      secondaryRefusal = main !== null;
      if (!main) {
        return {
          attribution: { kind: 'refusal', cue: rm[0], speaker: subject.name, speakerTitle: subject.title },
          refusal,
          secondaryRefusal: false,
        };
      }
    }
  }

  const quoted = quotes.longestQuote >= 2 || (quotes.quotedWords >= 1 && quotes.allQuoted) || quotes.startsInside;
  if (quoted && main) {
    return { attribution: { kind: 'direct_quote', cue: mainCue, speaker: main.name, speakerTitle: main.title }, refusal, secondaryRefusal };
  }
  if (according) {
    return {
      attribution: { kind: according.unnamed ? 'unnamed_source' : 'according_to', cue: acc ? acc[0].trim() : 'according to', speaker: according.name, speakerTitle: according.title },
      refusal,
      secondaryRefusal,
    };
  }
  if (main) {
    return { attribution: { kind: main.unnamed ? 'unnamed_source' : 'reported', cue: mainCue, speaker: main.name, speakerTitle: main.title }, refusal, secondaryRefusal };
  }
  if (refusal) {
    return { attribution: { kind: 'refusal', cue: refusal.phrase, speaker: null, speakerTitle: null }, refusal, secondaryRefusal };
  }
  if (quoted && quotes.longestQuote >= 4) {
    return { attribution: { kind: 'direct_quote', cue: null, speaker: null, speakerTitle: null }, refusal, secondaryRefusal };
  }
  const hs = cues & CUE_HEARSAY ? HEARSAY.exec(sentence) : null;
  if (hs) {
    return { attribution: { kind: 'reported', cue: hs[0], speaker: null, speakerTitle: null }, refusal, secondaryRefusal };
  }
  if (quoted) {
    return { attribution: { kind: 'direct_quote', cue: null, speaker: null, speakerTitle: null }, refusal, secondaryRefusal };
  }
  return { attribution: NO_ATTRIBUTION, refusal, secondaryRefusal };
}

const CLAUSE_WORD = /(?:[;,]\s*|\s)(?:as|while|although|though|since|because|after|when|but|and|whereas)\s/gi;

function lastClauseWord(before: string): number {
  let last = -1;
  CLAUSE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_WORD.exec(before)) !== null) last = m.index + m[0].length - 1;
  return last;
}

/**
 * The person a later "he"/"she" most likely means: the person the sentence is about, i.e. one
 * the first opening a clause outside quotation marks ("Gov. John M. Dalton …", "…, but Triandos says"),
 * or null.
 */
export function subjectPerson(sentence: string, tokens: Token[], mentions: Mention[], quotes: QuoteInfo): Mention | null {
  for (const m of mentions) if (m.type === 'person' && !inQuote(quotes, tokens[m.ti].s) && opensClause(sentence, tokens, m.ti, m.title)) return m;
  return null;
}
