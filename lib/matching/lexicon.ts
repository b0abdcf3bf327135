/**
 * Word lists of the matcher: function words to leave out, words that negate, pairs of opposites and
 * the common synonyms of claim language. Small on purpose: each entry is something claims are
 * reworded with (a fact-checker's summary of a politician's sentence), not a thesaurus.
 */

/** Function words and hedges that carry no checkable content ("about", "almost", "some"). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then than so as of to in on at by for from with into onto over under about above below up down
  out off again further once here there when where why how all any both each few many most other some such own same too
  very just also only even still yet ever already really actually basically literally simply quite rather
  i me my myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
  they them their theirs themselves what which who whom whose this that these those am is are was were be been being
  have has had having do does did doing will would shall should can could may might must ought
  let lets get got gets getting go goes going gone went come came
  approximately roughly around nearly almost about some estimated least minimum maximum just
  mr mrs ms dr sen rep gov uh um well oh okay ok yes frankly fact matter course
  because while although though since until unless whether also then now today currently
  like look see know think believe want mean`.split(/\s+/),
);

/** Words that negate what follows (checked before the function words); `NEGATING_VERBS` negate before "to". */
export const NEGATIONS: ReadonlySet<string> = new Set(
  'not no never nobody nothing none neither nor without cannot nowhere deny denies denied denying reject rejects rejected rejecting rebuff rebuffs rebuffed'.split(' '),
);

export const NEGATING_VERBS: ReadonlySet<string> = new Set(
  'decline declines declined declining refuse refuses refused refusing fail fails failed failing'.split(' '),
);

/** Lemma (after irregular forms) → the canonical word of its synonym group. */
export const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const groups: string[] = [
    'rise increase grow climb jump soar surge raise',
    'fall decrease decline drop plunge sink shrink reduce lower slash cut',
    'halt pause stop suspend freeze',
    'kill die dead death',
    'big large great huge massive',
    'small little tiny',
    'country nation',
    'people person individual',
    'child kid children',
    'buy purchase',
    'begin start launch',
    'give provide grant',
    'receive obtain',
    'help assist',
    'earn make',
    'doctor physician',
    'soldier troop',
    'law legislation',
    'cost price',
    'job employment',
    'percent pct per_cent',
    'dollar buck usd',
    'pound sterling gbp',
    'illegal undocumented',
    'good fine',
    'many numerous',
  ];
  const m = new Map<string, string>();
  for (const g of groups) {
    const words = g.split(' ');
    for (const w of words) m.set(w, words[0]);
  }
  return m;
})();

/**
 * Opposites: each word's scale and side. Two claims that place the same thing on opposite sides
 * ("fell" / "rose", "highest" / "lowest") are not the same claim.
 */
export const OPPOSITES: ReadonlyMap<string, [scale: string, side: 1 | -1]> = (() => {
  const pairs: [string, string, string][] = [
    ['change', 'rise increase grow climb jump soar surge raise up gain expand', 'fall decrease decline drop plunge sink shrink reduce lower slash down cut lose'],
    ['level', 'high higher highest', 'low lower lowest'],
    ['amount', 'more', 'less fewer'],
    ['quality', 'best good better', 'worst bad worse'],
    ['open', 'open', 'close shut'],
    ['win', 'win', 'lose'],
    ['support', 'support favor favour back', 'oppose against'],
    ['legal', 'legal constitutional effective', 'illegal unconstitutional ineffective'],
  ];
  const m = new Map<string, [string, 1 | -1]>();
  for (const [scale, up, down] of pairs) {
    for (const w of up.split(' ')) m.set(w, [scale, 1]);
    for (const w of down.split(' ')) m.set(w, [scale, -1]);
  }
  return m;
})();

/** Adjectives whose comparative and superlative forms fold into the plain form ("biggest" → "big"). */
export const GRADABLE: ReadonlySet<string> = new Set(
  `big large great high low small long short strong weak fast slow rich poor old young hard tough safe cheap deep wide close
  late heavy easy tall fine new few`.split(/\s+/),
);

export const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
