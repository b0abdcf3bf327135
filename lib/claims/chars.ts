/** Character classes shared by the segmenter and the analysers (char codes, no regex per char). */

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0xfeff;
}

export function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x2009 || c === 0x202f || c === 0xfeff || c === 0x200b;
}

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** . ! ? and the ellipsis character. */
export function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203d || c === 0xff01 || c === 0xff1f;
}

/** Straight and curly quotes. */
export function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e;
}

/** What may follow a terminator and still belong to the sentence: quotes, brackets, emphasis. */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 125 || c === 42 || c === 95;
}

/** What may precede the first word of a sentence: quotes, brackets, emphasis. */
export function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e || c === 40 || c === 91 || c === 123 || c === 42 || c === 95 || c === 0xbf || c === 0xa1;
}
