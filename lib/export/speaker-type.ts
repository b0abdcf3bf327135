export type SpeakerType = 'Person' | 'Organization';

// Words that name an institution rather than a human being. A guess: claims only store the speaker's name.
const ORGANISATION_WORDS = [
  'department', 'dept', 'ministry', 'command', 'agency', 'office', 'party', 'committee', 'council',
  'commission', 'bureau', 'administration', 'authority', 'government', 'parliament', 'senate', 'congress',
  'assembly', 'cabinet', 'embassy', 'secretariat', 'court', 'tribunal', 'police', 'army', 'navy',
  'military', 'forces', 'service', 'services', 'board', 'inc', 'incorporated', 'ltd', 'limited', 'llc',
  'llp', 'plc', 'gmbh', 'corp', 'corporation', 'company', 'group', 'holdings', 'bank', 'association',
  'federation', 'union', 'foundation', 'institute', 'institution', 'university', 'college', 'school',
  'hospital', 'centre', 'center', 'society', 'trust', 'fund', 'campaign', 'coalition', 'alliance',
  'organisation', 'organization', 'network', 'news', 'media', 'press', 'pentagon', 'kremlin', 'nations',
  'movement', 'ngo', 'laboratory', 'laboratories',
];
const ORGANISATION_PATTERN = new RegExp(`\\b(?:${ORGANISATION_WORDS.join('|')})\\b`, 'i');
const WHITE_HOUSE = /\bwhite house\b/i;
// "a Pentagon spokesperson", "Department of Defense official": a person speaking for an institution.
const PERSON_ROLE_PATTERN = /\b(?:spokes(?:person|man|woman)|official|officer)s?\b/i;

/**
 * Guesses whether a claim's speaker is a person or an organisation, for schema.org's `author`.
 * Organisation when the name contains an institutional word (Department, Ministry, Command, Agency,
 * Office, Party, Committee, Inc, …) or is an acronym such as "DoD" or "FBI"; otherwise a person.
 */
export function guessSpeakerType(name: string): SpeakerType {
  const trimmed = name.trim();
  if (PERSON_ROLE_PATTERN.test(trimmed)) return 'Person';
  if (ORGANISATION_PATTERN.test(trimmed) || WHITE_HOUSE.test(trimmed)) return 'Organization';
  return isAcronym(trimmed) ? 'Organization' : 'Person';
}

function isAcronym(name: string): boolean {
  if (!/^[A-Z][A-Za-z.&]{1,9}$/.test(name)) return false;
  const letters = name.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && capitals * 2 >= letters.length;
}
