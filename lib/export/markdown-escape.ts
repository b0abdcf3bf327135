// Characters that open inline Markdown anywhere: emphasis, code, links, HTML, entities, tables,
// strikethrough, maths. `(`, `)` and `!` are harmless once `[` and `]` are escaped.
const INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&$@]/g;
// At the start of a line: lists, setext underlines, ordered lists ("1." / "1)").
const LINE_START_SPECIAL = /^([-+=]|\d+[.)])/;
// GFM turns bare "https://…" and "www.…" into links; escaping ":" or "." breaks the pattern.
const SCHEME = /([a-z][a-z0-9+.-]*):(?=\/\/)/gi;
const WWW = /\b(www)\./gi;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Fast paths (exports escape several fields per claim): skip a pass when its pattern cannot match.
const NEEDS_FLATTEN = /[\u0000-\u001F\u007F]|[^\S ]| {2}|^ | $/;
const HAS_INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&$@]/;
const HAS_WWW = /www\./i;

/**
 * Escapes user text for one line of Markdown (a heading, a list item, a table cell): whitespace and
 * line breaks collapse to single spaces, and every character that could start a link, image, HTML tag,
 * autolink, emphasis, code span or block construct is backslash-escaped, so it renders as typed.
 */
export function escapeMarkdownInline(text: string): string {
  const flat = NEEDS_FLATTEN.test(text) ? text.replace(CONTROL, '').replace(/\s+/g, ' ').trim() : text;
  return escapeLine(flat);
}

/**
 * Escapes multi-line user text (a rationale) for a Markdown paragraph: each line is escaped like
 * `escapeMarkdownInline` and has its indentation removed (no accidental code blocks); runs of blank
 * lines become one paragraph break.
 */
export function escapeMarkdownBlock(text: string): string {
  const lines = text.replace(CONTROL, '').split(/\r\n|\r|\n/).map((line) => escapeLine(line.replace(/\s+/g, ' ').trim()));
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function escapeLine(line: string): string {
  let out = HAS_INLINE_SPECIAL.test(line) ? line.replace(INLINE_SPECIAL, '\\$&') : line;
  if (out.includes('://')) out = out.replace(SCHEME, '$1\\:');
  if (HAS_WWW.test(out)) out = out.replace(WWW, '$1\\.');
  return LINE_START_SPECIAL.test(out) ? out.replace(LINE_START_SPECIAL, (match) => `${match.slice(0, -1)}\\${match.slice(-1)}`) : out;
}

/**
 * A Markdown link destination for `url`, or null when it is not an http(s) URL (no `javascript:`,
 * `data:` or relative links). Wrapped in angle brackets, with the characters that could close them
 * percent-encoded.
 */
export function markdownLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replace(/[<>\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `<${href}>`;
}

/** A safe Markdown link, or the escaped text and URL when the URL is not http(s). */
export function markdownLink(text: string, url: string): string {
  const label = escapeMarkdownInline(text) || escapeMarkdownInline(url);
  const target = markdownLinkTarget(url);
  return target ? `[${label}](${target})` : `${label} (${escapeMarkdownInline(url)})`;
}
