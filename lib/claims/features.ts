import { textSignal, type TextSignal } from './model/model';
import type { Token } from './tokenize';

/**
 * Lexical signals of one sentence, computed once and shared by classification, scoring and
 * attribution. Word cues come from one pass over the tokens with a lexicon lookup per token (a
 * dozen alternation regexes per sentence were the slowest part of the pipeline); only numbers and
 * sentence-initial rhetoric use regexes. Each signal holds the first cue found, for the reasons.
 */
export interface Features {
  /** The sentence itself (for training the model on exactly what the pipeline saw). */
  sentence: string;
  /** What the learned model reads in the words (hashed word and character n-grams). */
  text: TextSignal;
  /** A photo credit, caption label, byline or bare dateline ("Image: NASA Bill Ingalls."): never a claim. */
  credit: string | null;
  words: number;
  question: boolean;
  exclamation: boolean;
  /** A number that is not only a year (digits or number words; "three years ago" is a time, not a quantity). */
  number: string | null;
  /** Percentages, money, "million", "rate"… next to a number. */
  statistic: string | null;
  /** A year, a weekday or a month. */
  date: string | null;
  comparison: string | null;
  causal: string | null;
  /** Future or forecast ("will", "expected to", "by 2030"). */
  prediction: string | null;
  /** Conditional or reported future ("would"): a weak prediction. */
  conditional: string | null;
  law: string | null;
  personal: string | null;
  opinion: string | null;
  hedge: string | null;
  rhetoric: string | null;
  /** An action verb: something happened that can be verified. */
  event: string | null;
  /** A weaker factual predicate: is, was, has been… */
  state: string | null;
  /** A negated statement of fact ("does not cover", "is not a program"): a denial that can be checked. */
  negation: string | null;
  /** Vague actors or amounts ("many", "some", "prominent figures"). */
  vague: string | null;
  /** First-person plural or imperative call to action ("We must…", "Let's…"). */
  exhortation: string | null;
  /** Cue words that tell attribution which (slower) patterns are worth trying. */
  cues: number;
}

export const CUE_REFUSAL = 1;
export const CUE_UNNAMED = 2;
export const CUE_HEARSAY = 4;
export const CUE_ACCORDING = 8;

type Slot = 'comparison' | 'causal' | 'prediction' | 'conditional' | 'law' | 'personal' | 'opinion' | 'hedge' | 'event' | 'state' | 'vague' | 'date' | 'numword' | 'statword';

/** Everything known about a word, so that each token costs one Map lookup. */
interface LexEntry {
  slots?: Slot[];
  phrases?: { slot: Slot; rest: string[] }[];
  cue?: number;
}

const LEX = new Map<string, LexEntry>();

function entry(w: string): LexEntry {
  let e = LEX.get(w);
  if (!e) {
    e = {};
    LEX.set(w, e);
  }
  return e;
}

function words(slot: Slot, list: string): void {
  for (const w of list.trim().split(/\s+/)) {
    if (w.includes('_')) {
      const parts = w.split('_');
      (entry(parts[0]).phrases ??= []).push({ slot, rest: parts.slice(1) });
    } else {
      const e = entry(w);
      e.slots ??= [];
      if (!e.slots.includes(slot)) e.slots.push(slot);
    }
  }
}

function cue(list: string[], flag: number): void {
  for (const w of list) {
    const e = entry(w);
    e.cue = (e.cue ?? 0) | flag;
  }
}

words('comparison', `more less fewer higher lower larger smaller bigger greater largest smallest biggest greatest highest lowest most
  least record increase increased increases decrease decreased decreases rose risen rise rises fell fallen fall falls grew grown
  dropped drop drops doubled tripled halved than outnumber outnumbered outnumbers surge surged surges soared soaring soars plunge
  plunged plunges slumped slump worse better best worst compared_with compared_to`);
words('causal', `because caused cause causes causing blamed blame triggered trigger drove impact impacts impacted impacting affect affects
  affected affecting therefore consequently correlated correlates correlation boost boosts boosted boosting undermine undermined
  undermines undermining thwart thwarted thwarts prevent prevented prevents preventing enable enabled enables hamper hampered hampers
  fuel fueled fuelled fuels fueling due_to led_to leads_to lead_to leading_to result_in resulted_in results_in as_a_result thanks_to
  linked_to responsible_for contributed_to contributes_to contributing_to driven_by so_that associated_with`);
words('prediction', `will won't shall forecast forecasts predict predicts predicted prediction predictions projected projection projections
  expects expect going_to expected_to likely_to set_to on_track_to poised_to next_year next_month next_week in_the_coming in_the_future`);
words('conditional', `would`);
words('law', `law laws legal illegal unlawful lawful legislation legislative statute statutes statutory regulation regulations regulatory
  rule rules ruled constitution constitutional unconstitutional banned ban bans prohibit prohibited prohibits prohibition mandatory treaty
  treaties bill ordinance court judge lawsuit sued eligible permitted license licence licensed required_by executive_order act_of
  entitled_to allowed_to`);
words('personal', `i me my mine i'm i've`);
words('opinion', `should shameful disgraceful outrageous ridiculous absurd appalling unacceptable terrible wonderful brilliant awful
  fantastic tremendous great beautiful disaster disastrous pathetic stupid horrible incredible amazing sad evil heroic wrong deserve
  deserves hopefully frankly clearly obviously undoubtedly arguably so-called i_think i_believe i_feel we_believe we_think in_my_view
  in_my_opinion ought_to need_to needs_to it_is_time it's_time right_thing of_course questions_about raises_questions`);
words('hedge', `could may might appear appears appeared seem seems seemed possibly perhaps uncertain unclear suggest suggests likely
  unlikely probably allegedly apparently potentially reportedly rumored rumoured unknown it_is_thought believed_to remains_undisclosed
  is_not_known`);
words('event', `halt halted halts halting paused pauses pausing suspended suspends suspending issued signed announced launched voted
  approved rejected vetoed passed killed arrested fired dismissed resigned appointed elected won lost cut raised spent paid sold bought
  closed opened attacked invaded invasion struck ordered deployed withdrew withdrawn imposed lifted charged convicted sentenced released
  published confirmed denied rebuffed met visited faced originated sparked began ended introduced banned blocked hacked sanctioned agreed
  accused sued fined recorded reached hit doubled tripled fell rose grew dropped increased decreased surged plunged
  abstained vetoed backed opposed peaked proposed`);
words('state', `is are was were has have had does did doesn't didn't isn't wasn't ongoing since remain remains took taken made came show shows showed shown`);
words('vague', `many some several various numerous critics others countless prominent_figures a_number_of plenty_of`);
words('date', `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december yesterday last_week last_month last_year this_week this_month this_year`);
words('numword', `two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty
  ninety hundred hundreds thousand thousands dozen dozens million millions billion billions trillion half twice double triple quadrupled
  two-thirds a_third a_quarter second third fourth fifth sixth seventh eighth ninth tenth`);
words('statword', `million billion trillion average median rate gdp inflation unemployment percentage majority fraction percent per_cent
  per_capita bn tn euros euro dollars pounds yen yuan rubles roubles rupees pence cents a_day per_day a_year per_year a_week per_week a_month per_month annually each_year every_year an_hour per_hour`);

cue(['declined', 'refused', 'opted', 'chose', 'decided', 'respond', 'responded', 'reply', 'replied', 'return', 'returned', 'reached', 'comment'], CUE_REFUSAL);
cue(['official', 'officials', 'source', 'sources', 'aide', 'aides', 'diplomat', 'diplomats', 'insider', 'insiders', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'analysts', 'experts', 'observers', 'people', 'person'], CUE_UNNAMED);
cue(['reportedly', 'allegedly', 'said', 'understood', 'reported', 'reports', 'rumored', 'rumoured'], CUE_HEARSAY);
cue(['according'], CUE_ACCORDING);

const MONTHS_AND_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades', 'century', 'centuries']);

const RHETORIC =
  /^\W*(?:imagine|consider|think about|let's|let us|make no mistake|here's the thing|the question is|who knows|what if|why not)\b|^\W*(?:so|well|yes|no|oh|look|listen|now)\s*,|!\W*$/i;
const EXHORTATION = /^\W*(?:let's|let us|we must|we need to|we should|we have to|don't|do not|please|join|stop)\b/i;
/**
 * Lines that credit or place rather than state: "Image: NASA/Bill Ingalls", "Photo by …", "(AP Photo/…)",
 * "Reporting by …", "By Jane Doe", "WASHINGTON (Reuters) —", "Wednesday, April 13, 2011". A safety net
 * for when segmentation leaves such a line as a sentence; tried only on short units.
 */
const CREDIT = [
  /^\W*(?:images?|photos?|photographs?|pictures?|credits?|illustrations?|graphics?|videos?|footage|caption|source|file photo)(?:\s+(?:credit|courtesy(?: of)?|by))?\s*[:|]/i,
  /^\W*(?:photo(?:graph)?s?|pictures?|images?|illustrations?|videos?)\s+(?:by|courtesy of|credit)\b/i,
  /^\W*(?:(?:additional\s+)?reporting|writing|editing|compiled|written|produced|edited)\s+by\b/i,
  /^\W*[Bb]y\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|de|van|von|al-\w+)){0,5}(?:\s*[,|/–—-]\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?\.?\s*$/,
  /\((?:AP|AFP|EPA|Reuters|Getty Images|Bloomberg|NASA)\b[^)]*\)\W*$/,
  /(?:Getty Images|Shutterstock|AP Photo|Reuters\/[A-Z]|AFP via Getty|Alamy|\/ ?NASA|NASA ?\/)[^.!?]*\W*$/,
  /^\W*(?:©|\(c\)|copyright\b)/i,
  /^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.]*)*\s*\((?:AP|AFP|Reuters|CNN|UPI|dpa)\)\s*[-–—:]*\s*$/,
  /^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},?\s+\d{4}\W*$/i,
];

/** First words that can open a credit or dateline line (the patterns above are tried only after one of these). */
const CREDIT_START = new Set(
  `image images photo photos photograph photographs picture pictures credit credits illustration illustrations graphic graphics video
   videos footage caption source file by reporting writing editing compiled written produced edited additional c copyright monday
   tuesday wednesday thursday friday saturday sunday jan january feb february mar march apr april may jun june jul july aug august sep
   sept september oct october nov november dec december`.split(/\s+/),
);

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function creditLine(sentence: string, tokens: Token[]): string | null {
  if (tokens.length > 14 || sentence.length > 140) return null;
  const first = tokens[0];
  const likely =
    (first !== undefined && (CREDIT_START.has(first.norm) || (first.cap && first.raw.length >= 3 && isUpperAscii(first.raw.charCodeAt(1)) && isUpperAscii(first.raw.charCodeAt(2))))) ||
    sentence.indexOf('/') >= 0 ||
    sentence.indexOf('(') >= 0 ||
    sentence.indexOf('©') >= 0 ||
    sentence.indexOf('Getty') >= 0 ||
    sentence.indexOf('Shutterstock') >= 0 ||
    sentence.indexOf('Alamy') >= 0;
  if (!likely) return null;
  for (const re of CREDIT) {
    const m = re.exec(sentence);
    if (m) return m[0].trim();
  }
  return null;
}

const STATISTIC_NEAR = /[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:%|per ?cent\b|percent\b|percentage points?\b|bn\b|tn\b|m\b)/i;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "not", "never", or a word ending in "n't" / "n’t". */
function isNegation(norm: string): boolean {
  const n = norm.length;
  if (n === 5 && norm === 'never') return true;
  if (n < 3 || norm.charCodeAt(n - 1) !== 116) return false;
  if (n === 3) return norm === 'not';
  const q = norm.charCodeAt(n - 2);
  return (q === 39 || q === 0x2019) && norm.charCodeAt(n - 3) === 110;
}

function lastSignificant(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019 && c !== 41 && c !== 93 && c !== 42 && c !== 95 && c !== 0xbb && c !== 32 && c !== 10) return c;
  }
  return -1;
}

/** Compute the lexical features of a sentence (quoted material included). */
export function computeFeatures(sentence: string, tokens: Token[]): Features {
  const end = lastSignificant(sentence);
  const f: Features = {
    sentence,
    text: textSignal(tokens),
    credit: creditLine(sentence, tokens),
    words: tokens.length,
    question: end === 63,
    exclamation: end === 33,
    number: null,
    statistic: null,
    date: null,
    comparison: null,
    causal: null,
    prediction: null,
    conditional: null,
    law: null,
    personal: null,
    opinion: null,
    hedge: null,
    rhetoric: null,
    event: null,
    state: null,
    vague: null,
    negation: null,
    exhortation: null,
    cues: 0,
  };
  let numword: string | null = null;
  let statword: string | null = null;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const norm = t.norm;
    const c0 = norm.charCodeAt(0);
    if (isDigitCode(c0) || ((c0 === 36 || c0 === 163 || c0 === 8364) && norm.length > 1)) {
      // a number; but years (1800–2099), clock times ("4 p.m.", "10:30") and days of a month
      // ("Feb. 15", "3 March") are dates, not quantities
      if (!f.number) {
        const next = tokens[i + 1]?.norm;
        const prev = tokens[i - 1]?.norm;
        const isYear = norm.length === 4 && /^(?:1[89]|20)\d\d$/.test(norm);
        const isTime = norm.indexOf(':') > 0 || next === 'am' || next === 'pm' || next === 'gmt' || next === 'bst' || next === 'et';
        const isDay = norm.length <= 2 && ((prev !== undefined && MONTHS.has(prev)) || (next !== undefined && MONTHS.has(next)));
        if (isYear || isTime || isDay) f.date ??= t.raw;
        else f.number = t.raw;
      }
      continue;
    }
    if (f.negation === null && isNegation(norm) && (f.state !== null || f.event !== null || norm.length > 3)) {
      f.negation = i > 0 && norm.length <= 5 ? sentence.slice(tokens[i - 1].s, t.e) : t.raw;
    }
    const lex = LEX.get(norm);
    if (lex === undefined) {
      if (norm === 'by' && i + 1 < n && /^20\d\d$/.test(tokens[i + 1].norm)) f.prediction ??= `by ${tokens[i + 1].raw}`;
      continue;
    }
    if (lex.cue) f.cues |= lex.cue;
    const slots = lex.slots;
    if (slots) {
      for (const slot of slots) {
        if (slot === 'date') {
          // "May" the month, not "may" the modal
          if (MONTHS_AND_DAYS.has(norm) && !t.cap) continue;
          f.date ??= t.raw;
        } else if (slot === 'numword') {
          const u = tokens[i + 1];
          const v = tokens[i + 2];
          if (u && TIME_UNITS.has(u.norm) && v && v.norm === 'ago') continue;
          numword ??= t.raw;
        } else if (slot === 'statword') statword ??= t.raw;
        else if (slot === 'personal') {
          if (norm === 'i' && t.raw !== 'I') continue;
          f.personal ??= t.raw;
        } else if (slot === 'hedge' && norm === 'may' && t.cap && i > 0) continue;
        else f[slot] ??= t.raw;
      }
    }
    const phrases = lex.phrases;
    if (phrases) {
      for (const p of phrases) {
        let ok = i + p.rest.length < n;
        for (let k = 0; ok && k < p.rest.length; k++) ok = tokens[i + 1 + k].norm === p.rest[k];
        if (!ok) continue;
        const text = sentence.slice(t.s, tokens[i + p.rest.length].e);
        if (p.slot === 'numword') numword ??= text;
        else if (p.slot === 'statword') statword ??= text;
        else if (p.slot === 'date') f.date ??= text;
        else f[p.slot] ??= text;
      }
    }
  }
  f.number ??= numword;
  if (f.number) {
    const near = STATISTIC_NEAR.exec(sentence);
    f.statistic = near ? near[0] : statword;
  }
  const r = RHETORIC.exec(sentence);
  if (r) f.rhetoric = r[0].trim() || '!';
  const x = EXHORTATION.exec(sentence);
  if (x) f.exhortation = x[0].trim();
  return f;
}
