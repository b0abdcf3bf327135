/**
 * Is "Sen. Warren" the same speaker as "Elizabeth Warren"? Titles are dropped, gazetteer aliases
 * resolved ("TRUMP" → Donald Trump, "the Pentagon" → Department of Defense), and two names agree when
 * their last names agree and their first names, where both are given, agree too (an initial agrees
 * with the name it starts: "H. Clinton" = "Hillary Clinton" ≠ "Bill Clinton").
 */
import { TITLES } from '@/lib/claims/names';
import { analyzeClaim, fold } from './analyze';

const TITLE_WORDS: ReadonlySet<string> = new Set(
  TITLES.flatMap((t) => fold(t).replace(/\./g, '').split(/\s+/)).concat(['president', 'senator', 'sen', 'rep', 'the', 'former', 'then', 'us', 'vice', 'of', 'state']),
);

export interface SpeakerName {
  first: string | null;
  last: string;
  display: string;
}

const cache = new Map<string, SpeakerName | null>();

export function parseSpeaker(raw: string | null | undefined): SpeakerName | null {
  if (!raw || !raw.trim()) return null;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  let name = raw.trim();
  // a body or a public figure known to the gazetteer, by any alias
  const known = analyzeClaim(name).entities.find((e) => e.type !== 'name');
  if (known && known.e - known.s >= name.replace(/^(?:the|The)\s+/, '').length - 1) name = known.canonical;
  const words = fold(name).replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const kept = words.filter((w, k) => !(TITLE_WORDS.has(w) && k < words.length - 1));
  const parts = kept.length ? kept : words;
  const out: SpeakerName = { first: parts.length > 1 ? parts[0] : null, last: parts[parts.length - 1], display: raw.trim() };
  if (cache.size > 10_000) cache.clear();
  cache.set(raw, out);
  return out;
}

/** Both named and not the same person or body; null when either is unknown. */
export function sameSpeaker(a: SpeakerName | null, b: SpeakerName | null): boolean | null {
  if (!a || !b) return null;
  if (a.last !== b.last) return false;
  if (!a.first || !b.first) return true;
  if (a.first === b.first) return true;
  const short = a.first.length <= b.first.length ? a.first : b.first;
  const long = short === a.first ? b.first : a.first;
  return short.length === 1 && long.startsWith(short);
}
