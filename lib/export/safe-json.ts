/**
 * JSON that is safe to paste inside an HTML `<script>` element (ClaimReview is meant to go into
 * `<script type="application/ld+json">` on a publisher's page): `<`, `>` and `&` become `\u003c`,
 * `\u003e` and `\u0026`, so no `</script>` or `<!--` can close or confuse the element, and U+2028 and
 * U+2029 are escaped for JavaScript parsers older than ES2019. These characters only occur inside JSON
 * strings, where the escapes mean the same characters, so any JSON parser reads the same value.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Escapes the characters above in JSON text. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(UNSAFE, (char) => ESCAPES[char]!);
}

/** `JSON.stringify`, safe to embed in a `<script>` element. */
export function safeJsonStringify(value: unknown, space?: number): string {
  return escapeJsonForHtml(JSON.stringify(value, null, space));
}
