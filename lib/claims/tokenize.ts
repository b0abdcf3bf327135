/** Word tokens of one sentence, with offsets relative to the sentence. */
export interface Token {
  /** Offsets inside the sentence string. */
  s: number;
  e: number;
  raw: string;
  /** Lower case, dots and a possessive 's removed: "U.S." → "us", "Russia's" → "russia". */
  norm: string;
  /** First character is an upper-case letter. */
  cap: boolean;
}

const TITLE_ABBR = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Adm', 'St', 'Jr', 'Sr', 'Prof', 'Capt', 'Sgt', 'Maj', 'Rev', 'Sens', 'Reps']);

// Hand-written scanner: this runs on every word of every article, so no regex and no per-char strings.
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true; // Latin-1 and Latin Extended letters
  if (c >= 0x370 && c <= 0x52f) return true; // Greek, Cyrillic
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c > 0x24f && c !== 0xfeff && c !== 0xa0;
}

/** Characters allowed inside a word: & ' ’ . - (e.g. "AT&T", "Russia's", "U.S", "Ocasio-Cortez"). */
function isInner(c: number): boolean {
  return c === 38 || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    let e = i + 1;
    // extend over word chars and inner punctuation followed by a word char
    while (e < n) {
      const d = sentence.charCodeAt(e);
      if (isWordChar(d)) e++;
      else if (isInner(d) && e + 1 < n && isWordChar(sentence.charCodeAt(e + 1))) e += 2;
      else break;
    }
    // a trailing period belongs to dotted abbreviations ("U.S.") and titles ("Sen.")
    let hasDot = false;
    for (let k = s + 1; k < e; k++) {
      if (sentence.charCodeAt(k) === 46) {
        hasDot = true;
        break;
      }
    }
    let raw = sentence.slice(s, e);
    if (e < n && sentence.charCodeAt(e) === 46) {
      const initial = e - s === 1 && isUpperCode(c);
      if ((hasDot && e - s <= 6 && sentence.charCodeAt(e - 2) === 46) || initial || TITLE_ABBR.has(raw)) {
        e++;
        raw = sentence.slice(s, e);
        hasDot = true;
      }
    }
    let norm = raw.toLowerCase();
    if (hasDot) norm = norm.replace(/\./g, '');
    const last = norm.charCodeAt(norm.length - 1);
    if (last === 115 && norm.length > 2) {
      const q = norm.charCodeAt(norm.length - 2);
      if (q === 39 || q === 0x2019) norm = norm.slice(0, -2);
    }
    out.push({ s, e, raw, norm, cap: isUpperCode(c) });
    i = e;
  }
  return out;
}
