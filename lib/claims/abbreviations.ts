/**
 * Word lists the segmenter needs to decide whether a period ends a sentence.
 * All keys are lower case and without the trailing period.
 */

/** Abbreviations that are (almost) never the last word of a sentence: titles, "vs.", "e.g.". */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen',
  'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'pres', 'supt',
  'insp', 'det', 'rev', 'hon', 'fr', 'mt', 'atty', 'amb', 'gens', 'lieut', 'vs', 'v', 'e.g', 'i.e', 'cf',
  'viz', 'approx', 'ca', 'ed', 'eds', 'drs', 'profs', 'mssrs', 'sgts', 'cols', 'supts',
]);

/** Abbreviations that take a number after them ("No. 1", "p. 5"); final otherwise ("He said no."). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'n°', 'nº', 'p', 'pp', 'op', 'tel', 'ext', 'vol', 'vols', 'fig', 'figs', 'para', 'sec', 'ch', 'art', 'ref',
  'refs', 'eq', 'eqs', 'chap', 'pt', 'pts',
]);

/**
 * Abbreviations that may end a sentence ("in the U.S. The …") or not ("U.S. Senate"): a boundary
 * only when the next word is a typical sentence opener.
 */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'jr', 'sr', 'bros', 'etc', 'al', 'bn', 'mn', 'tn', 'trn',
  'km', 'kg', 'lb', 'lbs', 'oz', 'ft', 'yd', 'mi', 'mph', 'hr', 'hrs', 'min', 'mins', 'st', 'ave', 'blvd',
  'rd', 'hwy', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'dept', 'univ', 'assn',
  'intl', 'natl', 'govt', 'est', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga',
  'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
  'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'm', 'b', 'k',
]);

/** Capitalised words that typically open a sentence; used after an ambiguous abbreviation. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'There', 'Here', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'Nor',
  'In', 'On', 'At', 'For', 'With', 'By', 'From', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since',
  'Although', 'Though', 'Because', 'However', 'Meanwhile', 'Still', 'Instead', 'Also', 'Other', 'Some',
  'Many', 'Most', 'Several', 'Both', 'Each', 'Every', 'All', 'No', 'None', 'Neither', 'What', 'Who',
  'Why', 'How', 'Where', 'Which', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next',
  'According', 'Such', 'One', 'Two', 'Three', 'Asked', 'Despite', 'Under', 'During', 'Over', 'About',
  'Among', 'Earlier', 'Later', 'Officials', 'Critics', 'Analysts', 'Experts', 'Police', 'Sources',
  'Even', 'Only', 'Not', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Will',
  'Would', 'Can', 'Could', 'Should', 'Let', 'Please', 'Thus', 'Therefore', 'Moreover', 'Furthermore',
  'Indeed', 'Overall', 'Separately', 'Elsewhere', 'Further', 'Similarly', 'Likewise', 'Yes',
]);

/** Verbs of a speech tag after a closing quote: `"…?" Schumer asked.` does not start a sentence. */
export const SPEECH_TAG_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'noted', 'notes',
  'explained', 'replied', 'stated', 'continued', 'tweeted', 'posted', 'exclaimed', 'shouted', 'insisted',
  'recalled', 'joked', 'quipped', 'warned', 'declared', 'answered', 'responded',
]);

/** Pronouns that may stand as the subject of a speech tag. */
export const TAG_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Function words: a line ending in one of these continues on the next line. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as',
  'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'than', 'into', 'over',
  'about', 'after', 'before', 'not', 'if', 'when', 'while', 'because', 'since', 'can',
  'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'so', 'nor', 'yet', 'between', 'among',
]);
