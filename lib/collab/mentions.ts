/**
 * @mentions in plain-text comments.
 *
 * Syntax: `@` followed by a teammate's full name (`@Rita Reviewer`, any case), or by a single
 * handle: their first name (`@rita`) when exactly one active teammate has it, or their name with
 * dots for spaces (`@rita.reviewer`). The longest full name wins, so `@Rita Reviewer` never
 * mentions a teammate called plain "Rita". An `@` inside a word (an email address) is not a mention.
 */
export type TeamMember = { id: string; name: string };
export type MentionMatch = { userId: string; name: string; start: number; end: number };

const WORD = /[\p{L}\p{N}_]/u;
const HANDLE = /^[\p{L}\p{N}_][\p{L}\p{N}_.'-]*/u;

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en');

/** Every mention in `body`, in order, resolved against `team`; unknown names are left as text. */
export function findMentions(body: string, team: readonly TeamMember[]): MentionMatch[] {
  const byLength = [...team].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const handles = new Map<string, TeamMember[]>();
  for (const m of team) {
    const full = fold(m.name.trim());
    const keys = new Set([full.split(/\s+/)[0], full.replace(/\s+/g, '.')]);
    for (const key of keys) handles.set(key, [...(handles.get(key) ?? []), m]);
  }
  const folded = fold(body);
  const found: MentionMatch[] = [];
  for (let i = body.indexOf('@'); i >= 0; i = body.indexOf('@', i + 1)) {
    if (i > 0 && WORD.test(body[i - 1])) continue;
    const rest = folded.slice(i + 1);
    const byName = byLength.find((m) => {
      const name = fold(m.name.trim());
      return rest.startsWith(name) && !WORD.test(rest.charAt(name.length));
    });
    if (byName) {
      const end = i + 1 + byName.name.trim().length;
      found.push({ userId: byName.id, name: byName.name, start: i, end });
      i = end - 1;
      continue;
    }
    const handle = HANDLE.exec(rest)?.[0].replace(/[.'-]+$/, '');
    const candidates = handle ? handles.get(handle) : undefined;
    if (handle && candidates?.length === 1) {
      found.push({ userId: candidates[0].id, name: candidates[0].name, start: i, end: i + 1 + handle.length });
      i += handle.length;
    }
  }
  return found;
}

/** The distinct users mentioned in `body`. */
export function mentionedUserIds(body: string, team: readonly TeamMember[]): string[] {
  return [...new Set(findMentions(body, team).map((m) => m.userId))];
}

/** Splits `body` into plain-text pieces and mention pieces, for rendering without HTML. */
export function splitMentions(body: string, team: readonly TeamMember[]): { text: string; mention?: MentionMatch }[] {
  const parts: { text: string; mention?: MentionMatch }[] = [];
  let at = 0;
  for (const m of findMentions(body, team)) {
    if (m.start > at) parts.push({ text: body.slice(at, m.start) });
    parts.push({ text: body.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}

/** The partial name being typed after an `@` right before the caret, for autocomplete, or null. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && WORD.test(before[at - 1]))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /\n/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}
