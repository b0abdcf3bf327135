/**
 * The headline of a text or Markdown article: its first line, when that line reads as a headline
 * (a Markdown heading or bold line, or a short line without a sentence's final full stop).
 * Null when the text starts straight with a sentence.
 */
export function headlineOf(body: string): string | null {
  const line = body
    .replace(/^\uFEFF/, '')
    .split('\n')
    .find((l) => l.trim());
  if (!line) return null;
  const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
  const bold = /^\s*(\*\*|__)(.+)\1\s*$/.exec(line);
  const text = (heading?.[1] ?? bold?.[2] ?? line).trim();
  if (!text || text.length > 200) return null;
  const words = text.split(/\s+/).length;
  if (heading || bold) return text;
  return words <= 20 && !/[.:;,]$/.test(text) ? text : null;
}

/** Pasted text that is HTML markup rather than an article's words (copied page source, an editor's HTML view). */
export function looksLikeHtml(text: string): boolean {
  const t = text.trimStart();
  if (!t.startsWith('<')) return false;
  return /<(?:!doctype html|html|body|article|main|p|div|h[1-6]|ul|ol|li|section|blockquote|figure)[\s>]/i.test(t.slice(0, 5000));
}
