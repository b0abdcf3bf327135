import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { COMMON_SUBJECTS, FIRST_NAMES, isJoinedParticle, NAME_CONNECTORS, NAME_SUFFIXES, NOT_NAMES, NOT_SURNAMES, ORG_WORDS, PARTICLES, SPEECH_VERBS, TITLE_MODIFIER, TITLES } from './names';
import { tokenize, type Token } from './tokenize';
import type { Entity, EntityType } from './types';

/** An entity mention with what attribution needs: its token range and the title it came with. */
export interface Mention extends Entity {
  /** Token range [ti, tj) in the sentence's tokens. */
  ti: number;
  tj: number;
  title: string | null;
  /** A lone capitalised word kept until the document shows whether it is a known surname. */
  candidate?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Alias spellings ending here (dots removed), each with its entry. */
  ends?: { tokens: string[]; entry: GazetteerEntry | null }[];
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, phrase: string, entry: GazetteerEntry | null): void {
  const toks = tokenize(phrase);
  if (toks.length === 0) return;
  let node = root;
  for (const t of toks) {
    let n = node.next.get(t.norm);
    if (!n) {
      n = newNode();
      node.next.set(t.norm, n);
    }
    node = n;
  }
  (node.ends ??= []).push({ tokens: toks.map((t) => t.raw.replace(/\./g, '')), entry });
}

const GAZ = newNode();
const BY_CANONICAL = new Map<string, GazetteerEntry>();
for (const e of GAZETTEER) {
  if (!BY_CANONICAL.has(e.canonical)) BY_CANONICAL.set(e.canonical, e);
  for (const a of e.aliases) insert(GAZ, a, e);
}
const TITLE_TRIE = newNode();
for (const t of TITLES) insert(TITLE_TRIE, t, null);

function countUpper(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

/** Does the text token match one token of an alias, respecting the alias's capitalisation? */
function tokenMatches(alias: string, tok: Token, loose: boolean): boolean {
  if (countUpper(alias) >= 2) {
    let raw = tok.raw.replace(/\./g, '');
    if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
    return raw === alias || raw === alias.toUpperCase();
  }
  if (loose) return true;
  const c = alias.charCodeAt(0);
  if (c >= 65 && c <= 90) return tok.cap;
  return true;
}

function gapOk(sentence: string, a: Token, b: Token): boolean {
  for (let p = a.e; p < b.s; p++) {
    const c = sentence.charCodeAt(p);
    if (c !== 32 && c !== 44 && c !== 10 && c !== 160) return false;
  }
  return b.s > a.e;
}

/** Tokens [i, j) separated by single spaces only (no comma, no line break inside a name). */
function tightGap(sentence: string, a: Token, b: Token): boolean {
  for (let p = a.e; p < b.s; p++) {
    const c = sentence.charCodeAt(p);
    if (c !== 32 && c !== 160) return false;
  }
  return b.s > a.e;
}

/** Longest trie match at token i; returns [length, entry] or null. */
function matchTrie(root: TrieNode, sentence: string, tokens: Token[], i: number, loose: boolean): [number, GazetteerEntry | null] | null {
  let node: TrieNode | undefined = root;
  let best: [number, GazetteerEntry | null] | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    if (j > i && !gapOk(sentence, tokens[j - 1], tokens[j])) break;
    node = node.next.get(tokens[j].norm);
    if (!node) break;
    if (node.ends) {
      for (const end of node.ends) {
        let ok = true;
        for (let k = 0; k < end.tokens.length && ok; k++) ok = tokenMatches(end.tokens[k], tokens[i + k], loose && k === end.tokens.length - 1);
        if (ok) {
          best = [j - i + 1, end.entry];
          break;
        }
      }
    }
  }
  return best;
}

function spanEnd(tok: Token): number {
  const r = tok.raw;
  if (r.endsWith("'s") || r.endsWith('’s')) return tok.e - 2;
  if (r.endsWith("'") || r.endsWith('’')) return tok.e - 1;
  return tok.e;
}

const INVERTED = new Set(['said', 'says', 'asked', 'added', 'wrote', 'told', 'according']);

function isPossessive(t: Token): boolean {
  return t.raw.endsWith("'s") || t.raw.endsWith('’s');
}

/** "Hegseth": a capital then a lower-case letter (not "NATO", not "3M"). */
function isNameShaped(t: Token): boolean {
  if (!t.cap || t.raw.length < 2) return false;
  const c = t.raw.charCodeAt(1);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

function titleLength(sentence: string, tokens: Token[], j: number): number {
  const m = matchTrie(TITLE_TRIE, sentence, tokens, j, true);
  return m ? m[0] : 0;
}

/** "PHS", "AFL-CIO": two to six capitals. */
function isAcronym(t: Token): boolean {
  const r = t.raw;
  if (r.length < 2 || r.length > 8) return false;
  let caps = 0;
  for (let k = 0; k < r.length; k++) {
    const c = r.charCodeAt(k);
    if (c >= 65 && c <= 90) caps++;
    else if (c !== 45 && c !== 38) return false;
  }
  return caps >= 2;
}

function allNameTokens(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!isNameToken(tokens[k])) return false;
  return true;
}

function isNameToken(t: Token): boolean {
  if (!t.cap) return PARTICLES.has(t.norm) || isJoinedParticle(t.raw);
  if (NOT_NAMES.has(t.norm) || ORG_WORDS.has(t.norm)) return false;
  return t.cap;
}

/** Words allowed between a subject and its verb of saying ("Wexler later admitted"). */
const SUBJECT_GAP = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'previously', 'repeatedly', 'publicly', 'privately', 'again', 'once', 'recently', 'earlier', 'initially', 'first', 'himself', 'herself', 'flatly', 'openly', 'quickly', 'now', 'still', 'always', 'never', 'often', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'is', 'was']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'every', 'each', 'no', 'any', 'another']);
/** Present-tense verbs of saying whose subject is plural: "Skeptics deny", "Bourbons say". */
const PLURAL_PRESENT = new Set(['say', 'deny', 'believe', 'argue', 'claim', 'insist', 'think', 'warn', 'agree', 'note', 'contend', 'suggest', 'maintain', 'admit', 'concede', 'assert', 'tell', 'write', 'add', 'explain', 'acknowledge', 'report', 'predict', 'fear']);
const PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'for', 'to', 'with', 'by', 'on', 'near', 'into', 'about', 'than', 'like']);

/** A verb of saying follows token i (after at most two adverbs or auxiliaries: "Galois himself famously exclaimed"). */
function speechFollows(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 3; k++) {
    if (SPEECH_VERBS.has(tokens[k].norm)) return !tokens[k].cap;
    if (!SUBJECT_GAP.has(tokens[k].norm) && !(tokens[k].norm.endsWith('ly') && !tokens[k].cap && tokens[k].norm.length > 4)) return false;
  }
  return false;
}

/** "Suleiman al-Amr, 34, told …", "Walter Reuther, leader of the union, says …": saying after a comma-enclosed aside. */
function speechAfterApposition(sentence: string, tokens: Token[], end: number): boolean {
  if (end === 0 || end >= tokens.length || sentence.slice(tokens[end - 1].e, tokens[end].s) !== ', ') return false;
  for (let k = end + 1; k < tokens.length && k <= end + 12; k++) {
    const gap = sentence.slice(tokens[k - 1].e, tokens[k].s);
    if (gap === ', ') return speechFollows(tokens, k);
    if (/[.;:!?()"“”]/.test(gap)) return false;
  }
  return false;
}

function speechWithin(tokens: Token[], from: number, count: number): boolean {
  for (let k = from; k < tokens.length && k < from + count; k++) if (SPEECH_VERBS.has(tokens[k].norm)) return true;
  return false;
}

/** Token k continues a name: a capitalised word, a joined particle ("al-Amr"), or particles before one ("van der Leyen"). */
function nameContinues(tokens: Token[], k: number): number {
  const u = tokens[k];
  if (!u) return 0;
  if (u.cap || isJoinedParticle(u.raw)) return 1;
  if (!PARTICLES.has(u.norm)) return 0;
  const v = tokens[k + 1];
  if (v && (v.cap || isJoinedParticle(v.raw))) return 2;
  if (v && PARTICLES.has(v.norm) && tokens[k + 2]?.cap) return 3;
  return 0;
}

/**
 * Recognises people, organisations and places sentence by sentence, and unifies them across the
 * document: "Defense Secretary Pete Hegseth" … "Secretary Hegseth" … "Hegseth" are one person.
 * Call `recognize` for every sentence in order, then `finish` once.
 */
export class EntityRecognizer {
  private surnames = new Map<string, string>();
  private titles = new Map<string, string>();
  private candidates: Mention[] = [];
  private provisional: Mention[] = [];
  /** "northline" → "Northline Properties Inc": an organisation named by its first word later on. */
  private orgHeads = new Map<string, string>();
  /** "koolhaas" → "Rem Koolhaas": capitalised runs that look like full names, for surnames used alone as speakers. */
  private maybeNames = new Map<string, string>();
  private nearSpeech = new Set<Mention>();
  /** The first full name seen for each last word, person or not yet known to be one. */
  private firstSeen = new Map<string, string>();

  /** Short form for plain wordings: "DoD" for the Department of Defense, the surname for a person. */
  shortName(canonical: string, type: EntityType): string {
    const e = BY_CANONICAL.get(canonical);
    if (e?.short) return e.short;
    if (type === 'person') return canonical;
    return canonical;
  }

  titleOf(canonical: string): string | null {
    return this.titles.get(canonical) ?? null;
  }

  recognize(sentence: string, offset: number, tokens: Token[] = tokenize(sentence)): Mention[] {
    const out: Mention[] = [];
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      const t = tokens[i];
      if (!t.cap) {
        // "al-Amr said": a surname that starts with a particle
        if (isJoinedParticle(t.raw) && this.isSpeakingSubject(sentence, tokens, i)) out.push(this.person(sentence, offset, tokens, i, i + 1, null));
        i++;
        continue;
      }
      // title (optionally after a modifier such as "Ukrainian" or "US") followed by a name
      const ts = i;
      let title = TITLE_TRIE.next.has(t.norm) ? matchTrie(TITLE_TRIE, sentence, tokens, i, true) : null;
      if (!title && !NOT_NAMES.has(t.norm)) title = this.modifiedTitle(sentence, tokens, i);
      const gaz = GAZ.next.has(t.norm) ? matchTrie(GAZ, sentence, tokens, i, false) : null;
      if (title && (!gaz || gaz[0] <= title[0])) {
        const ns = ts + title[0];
        let ne = ns;
        while (ne < n && ne - ns < 5) {
          const u = tokens[ne];
          if (!isNameToken(u) || !tightGap(sentence, tokens[ne - 1], u)) break;
          // a particle ("von") only inside a name
          const step = ne > ns ? nameContinues(tokens, ne) : u.cap ? 1 : 0;
          if (step === 0) break;
          ne += step;
          if (isPossessive(tokens[ne - 1])) break;
        }
        if (ne > ns && NAME_SUFFIXES.has(tokens[ns].norm)) ne = ns;
        if (ne > ns) {
          ne = this.withSuffix(sentence, tokens, ne);
          const titleText = sentence.slice(tokens[ts].s, tokens[ns - 1].e);
          out.push(this.person(sentence, offset, tokens, ns, ne, titleText));
          i = ne;
          continue;
        }
      }
      if (gaz && gaz[1] && gaz[1].type === 'place') {
        // "Maine Department of Transportation", "Texas Supreme Court": a place that names a body
        const orgEnd = this.orgRunEnd(sentence, tokens, i + gaz[0]);
        if (orgEnd > 0 && !isPossessive(tokens[i + gaz[0] - 1])) {
          const m = this.mention(sentence, offset, tokens, i, orgEnd, 'org');
          out.push(m);
          i = orgEnd;
          continue;
        }
      }
      if (gaz && gaz[1]) {
        const e = gaz[1];
        const last = tokens[i + gaz[0] - 1];
        const m: Mention = {
          text: sentence.slice(t.s, spanEnd(last)),
          start: offset + t.s,
          end: offset + spanEnd(last),
          canonical: e.canonical,
          type: e.type,
          ti: i,
          tj: i + gaz[0],
          title: null,
        };
        if (e.type === 'person') {
          const full = e.canonical.split(' ');
          this.surnames.set(full[full.length - 1].toLowerCase(), e.canonical);
          m.title = this.titles.get(e.canonical) ?? null;
        }
        out.push(m);
        i += gaz[0];
        continue;
      }
      if (NOT_NAMES.has(t.norm)) {
        i++;
        continue;
      }
      // a run of capitalised words, possibly joined by "of", "for", "and", "the"
      let j = i + 1;
      let lastCap = i;
      while (j < n && j - i < 7) {
        const u = tokens[j];
        if (!tightGap(sentence, tokens[j - 1], u)) break;
        if (u.cap) {
          if (!ORG_WORDS.has(u.norm) && ((TITLE_TRIE.next.has(u.norm) && !(FIRST_NAMES.has(t.norm) && j - i <= 2 && titleLength(sentence, tokens, j) === 1) && matchTrie(TITLE_TRIE, sentence, tokens, j, true)) || (GAZ.next.has(u.norm) && matchTrie(GAZ, sentence, tokens, j, false)))) break;
          lastCap = j;
          j++;
          if (isPossessive(u)) break;
        } else if (isJoinedParticle(u.raw)) {
          lastCap = j;
          j++;
          if (isPossessive(u)) break;
        } else if (PARTICLES.has(u.norm) && nameContinues(tokens, j) > 1) {
          // "van der Leyen": the particles, then the capitalised word they lead to
          j += nameContinues(tokens, j) - 1;
        } else if (NAME_CONNECTORS.has(u.norm) && j + 1 < n && tokens[j + 1].cap) {
          j++;
        } else break;
      }
      let end = lastCap + 1;
      let len = end - i;
      let orgWord = false;
      for (let k = i; k < end; k++) if (ORG_WORDS.has(tokens[k].norm)) orgWord = true;
      if (!orgWord) {
        // "Suleiman al-Amr and Jaap de Hoop Scheffer": without an organisation word, "of"/"and" end a name
        for (let k = i + 1; k < end; k++) {
          if (NAME_CONNECTORS.has(tokens[k].norm) && !tokens[k].cap) {
            end = k;
            len = end - i;
            break;
          }
        }
      }
      const next = tokens[end];
      const before = i > 0 ? tokens[i - 1] : undefined;
      // "Jane Doe said" / "said Jane Doe"
      const speaks = (next !== undefined && (speechFollows(tokens, end) || speechAfterApposition(sentence, tokens, end))) || (before !== undefined && INVERTED.has(before.norm));
      if (len >= 2 && orgWord) {
        const m = this.mention(sentence, offset, tokens, i, end, 'org');
        if (!ORG_WORDS.has(t.norm) && !NAME_CONNECTORS.has(t.norm)) this.orgHeads.set(t.norm, m.canonical);
        out.push(m);
      } else if (len >= 2 && len <= 5 && (FIRST_NAMES.has(t.norm) || speaks) && !orgWord && allNameTokens(tokens, i, end)) {
        end = this.withSuffix(sentence, tokens, end);
        len = end - i;
        const m = this.person(sentence, offset, tokens, i, end, null);
        const app = this.appositiveTitle(sentence, tokens, end, m.canonical);
        if (app) {
          // the mention reaches over its title for attribution ("Bolden, NASA Administrator, said"),
          // while the title's own words ("NASA") are still recognised
          m.title = m.title ?? app[0];
          m.tj = app[1];
        }
        out.push(m);
      } else if (len >= 2 && len <= 5 && !orgWord && allNameTokens(tokens, i, end)) {
        // "Rem Koolhaas", "Elia Zenghelis": remembered so that "Koolhaas said" later names the full person
        const last = tokens[end - 1];
        if ((isNameShaped(last) || isJoinedParticle(last.raw)) && !NOT_SURNAMES.has(last.norm) && !this.surnames.has(last.norm)) {
          const full = sentence.slice(t.s, spanEnd(last)).replace(/\s+/g, ' ');
          if (!this.maybeNames.has(last.norm)) this.maybeNames.set(last.norm, full);
          if (!this.firstSeen.has(last.norm)) this.firstSeen.set(last.norm, full);
        }
      } else if (len === 1 && isAcronym(t) && this.isSpeakingSubject(sentence, tokens, i)) {
        // "the PHS conceded": an unknown body by its initials
        out.push(this.mention(sentence, offset, tokens, i, end, 'org'));
      } else if (len === 1 && isNameShaped(t) && !COMMON_SUBJECTS.has(t.norm) && (this.isTagSpeaker(sentence, tokens, i) || this.isSpeakingSubject(sentence, tokens, i))) {
        // a quote tag names its speaker even if we have never seen the full name: '…," Alvarez said.'
        out.push(this.person(sentence, offset, tokens, i, end, null));
      } else if (len === 1 && isNameShaped(t) && (i > 0 || this.knows(t.norm))) {
        // a lone capitalised word; at the start of a sentence only if it already names someone
        const m = this.mention(sentence, offset, tokens, i, end, 'person');
        m.candidate = true;
        // a word near a verb of saying may be a surname from a capitalised run ("Nida begins by asserting")
        if (speechWithin(tokens, i + 1, 4)) this.nearSpeech.add(m);
        this.candidates.push(m);
        out.push(m);
      }
      i = end;
    }
    for (const m of out) if (m.candidate) this.tryResolve(m);
    return out;
  }

  /**
   * A title after capitalised modifiers, followed by a name: "NASA Administrator Charles Bolden",
   * "Former British Prime Minister Attlee", "State Party Chairman James Gray". Returns [tokens, null].
   */
  private modifiedTitle(sentence: string, tokens: Token[], i: number): [number, null] | null {
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const prev = tokens[k - 1];
      if (!prev.cap || isPossessive(prev) || !tightGap(sentence, prev, tokens[k])) return null;
      if (k - 1 > i && !TITLE_MODIFIER.test(prev.raw) && (NOT_NAMES.has(prev.norm) || FIRST_NAMES.has(prev.norm))) return null;
      if (!TITLE_TRIE.next.has(tokens[k].norm) || !tokens[k].cap) continue;
      const after = matchTrie(TITLE_TRIE, sentence, tokens, k, true);
      if (!after) continue;
      const ns = k + after[0];
      // only when a name follows, and the modifiers are not themselves a person's name
      if (ns >= tokens.length || !tokens[ns].cap || !tightGap(sentence, tokens[ns - 1], tokens[ns])) return null;
      if (k - i === 1 || TITLE_MODIFIER.test(tokens[i].raw) || !FIRST_NAMES.has(tokens[i].norm)) return [ns - i, null];
      return null;
    }
    return null;
  }

  /** Extend a name over "Jr." / ", Jr." / "III". */
  private withSuffix(sentence: string, tokens: Token[], end: number): number {
    const u = tokens[end];
    if (!u || !NAME_SUFFIXES.has(u.norm) || !gapOk(sentence, tokens[end - 1], u)) return end;
    if (u.norm === 'ii' || u.norm === 'iii' || u.norm === 'iv' ? u.raw === u.raw.toUpperCase() : u.cap) return end + 1;
    return end;
  }

  /** "Charles Bolden, NASA Administrator": a title in apposition after the name, or null. */
  private appositiveTitle(sentence: string, tokens: Token[], end: number, canonical: string): [string, number] | null {
    const first = tokens[end];
    if (!first || !first.cap || sentence.slice(tokens[end - 1].e, first.s).replace(/\s+/g, ' ') !== ', ') return null;
    let k = end;
    while (k < tokens.length && k - end < 5 && tokens[k].cap && (k === end || tightGap(sentence, tokens[k - 1], tokens[k]))) k++;
    // the run must end on a title word ("Administrator", "Chairman") and be followed by a comma, the end, or saying
    for (let t = end; t < k; t++) {
      if (!TITLE_TRIE.next.has(tokens[t].norm)) continue;
      const m = matchTrie(TITLE_TRIE, sentence, tokens, t, true);
      if (!m || t + m[0] !== k) continue;
      const rest = sentence.slice(tokens[k - 1].e).replace(/^\s+/, '');
      if (rest === '' || /^[,.;:)\u2014-]/.test(rest) || (k < tokens.length && speechFollows(tokens, k))) {
        const title = sentence.slice(first.s, tokens[k - 1].e);
        if (!this.titles.has(canonical)) this.titles.set(canonical, title);
        return [title, k];
      }
    }
    return null;
  }

  /** "Salinger said", "Wexler later admitted", ", Koolhaas, described": a lone surname as the subject of saying. */
  private isSpeakingSubject(sentence: string, tokens: Token[], i: number): boolean {
    const next = tokens[i + 1];
    if (!next || isPossessive(tokens[i])) return false;
    // "The Postmaster General reported": a title word alone names a role, not a surname
    if (TITLE_TRIE.next.has(tokens[i].norm) && tokens[i].norm !== 'king') return false;
    // "James Gray of Albany said": the place after a preposition is not who speaks; nor is "the Britisher"
    if (i > 0 && (PREPOSITIONS.has(tokens[i - 1].norm) || (DETERMINERS.has(tokens[i - 1].norm) && !isAcronym(tokens[i])))) return false;
    const gap = sentence.slice(tokens[i].e, next.s);
    if (gap !== ' ' && gap !== ', ') return false;
    if (gap === ', ' && !(i > 0 && /,\s*$/.test(sentence.slice(tokens[i - 1].e, tokens[i].s)))) return false;
    if (!speechFollows(tokens, i + 1)) return false;
    // "Skeptics deny", "Critics say": a plural subject, not a surname
    for (let k = i + 1; k < tokens.length && k < i + 4; k++) if (SPEECH_VERBS.has(tokens[k].norm)) return !PLURAL_PRESENT.has(tokens[k].norm);
    return true;
  }

  private knows(norm: string): boolean {
    return this.surnames.has(norm) || this.orgHeads.has(norm);
  }

  /** Resolve a lone word against the full names seen so far; true when it names a person. */
  private tryResolve(m: Mention): boolean {
    const org = this.orgHeads.get(m.text.toLowerCase());
    if (org) {
      m.canonical = org;
      m.type = 'org';
      m.candidate = undefined;
      return true;
    }
    // a run such as "Space Shuttle Endeavour" is no person's name unless its last word speaks
    const full = this.surnames.get(m.text.toLowerCase()) ?? (this.nearSpeech.has(m) ? this.maybeNames.get(m.text.toLowerCase()) : undefined);
    if (!full) return false;
    m.canonical = full;
    m.candidate = undefined;
    m.title = m.title ?? this.titles.get(full) ?? null;
    return true;
  }

  /** End of a run of capitalised words from `j` that names an organisation, or -1. */
  private orgRunEnd(sentence: string, tokens: Token[], j: number): number {
    let k = j;
    let lastCap = -1;
    let org = false;
    while (k < tokens.length && k - j < 6) {
      const u = tokens[k];
      if (!tightGap(sentence, tokens[k - 1], u)) break;
      if (u.cap) {
        if (ORG_WORDS.has(u.norm)) org = true;
        lastCap = k;
        k++;
        if (isPossessive(u)) break;
      } else if (NAME_CONNECTORS.has(u.norm) && k + 1 < tokens.length && tokens[k + 1].cap) k++;
      else break;
    }
    return org && lastCap >= j ? lastCap + 1 : -1;
  }

  private isTagSpeaker(sentence: string, tokens: Token[], i: number): boolean {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    let p = tokens[i].s - 1;
    while (p >= 0 && sentence.charCodeAt(p) === 32) p--;
    const before = p >= 0 ? sentence.charCodeAt(p) : -1;
    const afterQuote = before === 34 || before === 0x201d || before === 0x2019 || before === 39;
    if (afterQuote && next && SPEECH_VERBS.has(next.norm)) return true;
    // '…," said Alvarez.'
    if (prev && INVERTED.has(prev.norm) && prev.norm !== 'according') {
      const after = sentence.charCodeAt(tokens[i].e);
      return Number.isNaN(after) || after === 46 || after === 44;
    }
    return false;
  }

  private mention(sentence: string, offset: number, tokens: Token[], i: number, j: number, type: EntityType): Mention {
    const s = tokens[i].s;
    const e = spanEnd(tokens[j - 1]);
    const text = sentence.slice(s, e);
    const canonical = text.indexOf('\n') >= 0 || text.indexOf('  ') >= 0 ? text.replace(/\s+/g, ' ') : text;
    return { text, start: offset + s, end: offset + e, canonical, type, ti: i, tj: j, title: null };
  }

  private person(sentence: string, offset: number, tokens: Token[], i: number, j: number, title: string | null): Mention {
    const m = this.mention(sentence, offset, tokens, i, j, 'person');
    const known = GAZ.next.has(tokens[i].norm) ? matchTrie(GAZ, sentence, tokens, i, false) : null;
    if (known && known[0] === j - i && known[1]?.type === 'person') {
      m.canonical = known[1].canonical;
    } else if (j - i === 1) {
      // "Secretary Smith": a person even before the full name is known; upgraded by finish()
      const full = this.firstSeen.get(tokens[i].norm) ?? this.surnames.get(tokens[i].norm) ?? this.maybeNames.get(tokens[i].norm);
      if (full) m.canonical = full;
      else this.provisional.push(m);
    }
    if (j - i >= 2 || m.canonical.includes(' ')) {
      const parts = m.canonical.split(' ');
      let last = parts.length - 1;
      while (last > 0 && NAME_SUFFIXES.has(parts[last].replace(/[.,]/g, '').toLowerCase())) last--;
      const key = parts[last].replace(/[,]$/, '').toLowerCase();
      // the first person of a surname keeps it: "Jeanne Moreau" … her father "Anatole-Désiré Moreau" … "Moreau said"
      if (!this.surnames.has(key)) this.surnames.set(key, m.canonical);
      if (!this.firstSeen.has(key)) this.firstSeen.set(key, m.canonical);
      // "al-Amr": also known as "Amr"
      const dash = key.search(/['’-]/);
      if (dash > 0 && isJoinedParticle(parts[last])) this.surnames.set(key.slice(dash + 1), m.canonical);
      this.maybeNames.delete(key);
    }
    if (title) {
      if (!this.titles.has(m.canonical)) this.titles.set(m.canonical, title);
      m.title = title;
    } else {
      m.title = this.titles.get(m.canonical) ?? null;
    }
    return m;
  }

  /**
   * Resolve lone capitalised words against the surnames seen anywhere in the document (a surname
   * may come before the full name). A word that names nobody stays `candidate`: drop it.
   */
  finish(): void {
    for (const m of this.candidates) if (m.candidate) this.tryResolve(m);
    for (const m of this.provisional) {
      const full = this.surnames.get(m.text.toLowerCase()) ?? this.maybeNames.get(m.text.toLowerCase());
      if (full && full !== m.canonical) {
        m.canonical = full;
        m.title = m.title ?? this.titles.get(full) ?? null;
      }
    }
    this.candidates = [];
    this.provisional = [];
    this.nearSpeech.clear();
  }
}

/** Public shape of a mention (offsets into the input). */
export function toEntity(m: Mention): Entity {
  return { text: m.text, start: m.start, end: m.end, canonical: m.canonical, type: m.type };
}
