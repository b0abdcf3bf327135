/**
 * The matcher's promises, one rewording or difference at a time (issue 10): rewordings stay `same`,
 * a changed number, date, negation, speaker, place or name makes two claims `related` with the
 * differing words named on each side; plus the match key, and properties on random pairs.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { compareClaims, matchKey, type ClaimForMatch, type MatchDifference } from './index';

const c = (text: string, speaker?: string): ClaimForMatch => ({ text, speaker: speaker ?? null });

function expectSame(a: ClaimForMatch, b: ClaimForMatch): void {
  const r = compareClaims(a, b);
  expect(r.kind, `${a.text} / ${b.text}: ${r.reasons.join('; ')}`).toBe('same');
  expect(r.differences).toEqual([]);
  expect(compareClaims(b, a).kind).toBe('same');
}

function expectDifference(a: ClaimForMatch, b: ClaimForMatch, diff: MatchDifference): void {
  const r = compareClaims(a, b);
  expect(r.kind, `${a.text} / ${b.text}: ${r.reasons.join('; ')}`).toBe('related');
  expect(r.differences).toContainEqual(diff);
  const back = compareClaims(b, a);
  expect(back.kind).toBe('related');
  expect(back.differences).toContainEqual({ ...diff, a: diff.b, b: diff.a });
}

describe('rewordings that stay the same claim', () => {
  it('other word order', () => {
    expectSame(c('Vaccines cause autism.'), c('Autism is caused by vaccines.'));
    expectSame(c('Crime in Germany is up 10 percent since migrants were accepted.'), c('Since migrants were accepted, crime in Germany is up 10 percent.'));
  });

  it('inflections', () => {
    expectSame(c('The storm killed 107 people in the city.'), c('The storms are killing 107 people in the cities.'));
    expectSame(c('Mexico will pay for the wall.'), c('The wall will be paid for by Mexico.'));
  });

  it('common synonyms', () => {
    expectSame(c('The Pentagon paused cyber operations against Russia.'), c('The Pentagon halted cyber operations against Russia.'));
    expectSame(c('Unemployment fell to 3.9 percent in April.'), c('The unemployment rate dropped to 3.9 percent in April.'));
    expectSame(c('The country spends the biggest share on defense.'), c('The nation spends the largest share on defense.'));
  });

  it('numbers in words or digits, percent signs and currency words', () => {
    expectSame(c("A storm caused a crane to fall into Mecca's Grand Mosque, killing 107 people."), c("A storm caused a crane to fall into Mecca's Grand Mosque, killing one hundred and seven people."));
    expectSame(c('Unemployment fell to 3.9 % in April.'), c('Unemployment fell to 3.9 percent in April.'));
    expectSame(c('He voted against alternative fuels 23 times.'), c('He voted against alternative fuels twenty-three times.'));
    expectSame(c('He proposed $2.2 trillion of new spending.'), c('He proposed 2.2 trillion dollars of new spending.'));
    expectSame(c('They employ 16,500 agents.'), c('They employ sixteen thousand five hundred agents.'));
  });

  it('aliases of the extraction gazetteer', () => {
    expectSame(c('The DoD declined to comment on the pause.'), c('The Pentagon declined to comment on the pause.'));
    expectSame(c('The US Department of Defense halted cyber operations against Russia.'), c('The Pentagon halted cyber operations against Russia.'));
    expectSame(c('We send the EU £350 million a week.'), c('We send the European Union £350 million a week.'));
  });

  it('a speaker named differently', () => {
    expectSame(c('A minimum wage worker cannot afford a two-bedroom apartment anywhere.', 'Sen. Warren'), c('A minimum wage worker cannot afford a two-bedroom apartment anywhere.', 'Elizabeth Warren'));
    expectSame(c('Our trade deficit is nearly $800 billion.', 'TRUMP'), c('Our trade deficit is nearly $800 billion.', 'President Donald J. Trump'));
    const r = compareClaims(c('Inflation was 9% when I took office.', 'Joe Biden'), c('Inflation was 9% when I took office.', 'President Biden'));
    expect(r.reasons.join(' ')).toContain('same speaker');
  });

  it('refusals written two ways are one negation', () => {
    expectSame(c('The Department of Defense opted not to comment on the pause.'), c('The Pentagon declined to comment on the pause.'));
  });
});

describe('differences that make two close claims related, named on each side', () => {
  it('a number (the issue example)', () => {
    expectDifference(c('Unemployment fell to 3.9 % in April.'), c('Unemployment fell to 4.9 % in April.'), { kind: 'number', a: '3.9 %', b: '4.9 %' });
    expectDifference(c('He voted against it 126 times.'), c('He voted against it one hundred and twenty-seven times.'), { kind: 'number', a: '126', b: 'one hundred and twenty-seven' });
  });

  it('a number on one side only, the other giving none', () => {
    expectDifference(c('Unemployment fell in April.'), c('Unemployment fell to 3.9 percent in April.'), { kind: 'number', a: '', b: '3.9 percent' });
  });

  it('a negation', () => {
    expectDifference(c('5G networks spread the coronavirus.'), c("5G networks don't spread the coronavirus."), { kind: 'negation', a: '', b: "don't" });
    expectDifference(c('We have often been asked to send troops to the West Bank.'), c('We have never been asked to send troops to the West Bank.'), { kind: 'negation', a: '', b: 'never' });
  });

  it('words on opposite sides of a scale', () => {
    expectDifference(c('Unemployment rose to 3.9 percent in April.'), c('Unemployment fell to 3.9 percent in April.'), { kind: 'negation', a: 'rose', b: 'fell', note: 'opposite' });
    expectDifference(c('The murder rate is the highest in 47 years.'), c('The murder rate is the lowest in 47 years.'), { kind: 'negation', a: 'highest', b: 'lowest', note: 'opposite' });
  });

  it('the speaker', () => {
    expectDifference(c('The top 0.1 percent owns as much wealth as the bottom 90 percent.', 'Bernie Sanders'), c('The top 0.1 percent owns as much wealth as the bottom 90 percent.', 'Elizabeth Warren'), { kind: 'speaker', a: 'Bernie Sanders', b: 'Elizabeth Warren' });
    expectDifference(c('He borrowed $14 million from his father.', 'Hillary Clinton'), c('He borrowed $14 million from his father.', 'Bill Clinton'), { kind: 'speaker', a: 'Hillary Clinton', b: 'Bill Clinton' });
  });

  it('the place', () => {
    expectDifference(c('Unemployment in Texas fell to 3.9 percent.'), c('Unemployment in Florida fell to 3.9 percent.'), { kind: 'place', a: 'Texas', b: 'Florida' });
    expectDifference(c('The Pentagon paused cyber operations against Russia.'), c('The Pentagon paused cyber operations against China.'), { kind: 'place', a: 'Russia', b: 'China' });
  });

  it('a date', () => {
    expectDifference(c('Three million illegal immigrants voted in the 2016 election.'), c('Three million illegal immigrants voted in the 2012 election.'), { kind: 'date', a: '2016', b: '2012' });
    expectDifference(c('Unemployment fell to 3.9 percent in April.'), c('Unemployment fell to 3.9 percent in October.'), { kind: 'date', a: 'April', b: 'October' });
  });

  it('another person or body', () => {
    expectDifference(c('I supported that effort; John McCain opposed it.'), c('I supported that effort; John Kerry opposed it.'), { kind: 'entity', a: 'John McCain', b: 'John Kerry' });
    expectDifference(c('The FBI opened an investigation into the campaign.'), c('The CIA opened an investigation into the campaign.'), { kind: 'entity', a: 'FBI', b: 'CIA' });
    expectDifference(c('It is a $139 billion windfall profit to the drug companies.'), c('It is a $139 billion windfall profit to the oil companies.'), { kind: 'entity', a: 'drug', b: 'oil' });
  });

  it('topically close claims are not the same, different topics are unrelated', () => {
    expect(compareClaims(c('Vaccines cause autism.'), c('Covid-19 vaccines contain microchips.')).kind).not.toBe('same');
    expect(compareClaims(c('We send the EU £350 million a week.'), c('Unemployment fell to 3.9 percent in April.')).kind).toBe('unrelated');
  });
});

describe('matchKey', () => {
  it('is lower case, unaccented, with numbers as digits and aliases by their canonical name', () => {
    const key = matchKey('The DoD paid Médecins Sans Frontières one hundred and seven million dollars, 3.9 % of it');
    expect(key).toBe(key.toLowerCase());
    expect(key).not.toMatch(/[^\x00-\x7f]/);
    expect(key).toContain('department of defense');
    expect(key).toContain('doctors without borders');
    expect(key).toContain('107000000 dollar');
    expect(key).toContain('3.9 percent');
  });

  it('gives rewordings the same key and keeps a negation', () => {
    expect(matchKey('The Pentagon paused cyber operations against Russia')).toBe(matchKey('the DoD paused cyber-operations against Russia.'));
    expect(matchKey('killing 107 people')).toBe(matchKey('killing one hundred and seven people'));
    expect(matchKey('The Pentagon did not pause operations')).toContain('not');
  });
});

// ---------------------------------------------------------------- properties on random pairs

const BASES = [
  'Unemployment fell to 3.9 percent in April.',
  'The Border Patrol agents, 16,500, just recently endorsed me.',
  'We added 1.9 million new jobs over the last 13 months.',
  'He voted to increase taxes 98 times and to bust the budget 277 times.',
  'Hillary Clinton gave away 20 percent of the uranium in the United States.',
  'We spend $4.7 billion a year on the uninsured in the State of Texas.',
  'There are 3.5 million more women living in poverty today than when the president took office.',
  "A storm caused a crane to fall into Mecca's Grand Mosque, killing 107 people.",
  'The top 5 percent of taxpayers will continue to pay 60 percent of the income tax.',
  'Our trade deficit in goods with the world last year was nearly $800 billion.',
  'In a recent 30-day period, 37 terrorist acts in 20 countries have been committed.',
  'A family of four making $40,000 received about $1,700 in tax relief.',
];
const WORDS = 'the Pentagon Russia fell rose not never 3.9 percent jobs taxes one hundred and seven million people voted against cyber operations Warren said budget'.split(' ');
const SPEAKERS = [null, 'Donald Trump', 'TRUMP', 'Hillary Clinton', 'Sen. Warren', 'Elizabeth Warren', 'Bernie Sanders'];

function randomClaim(rnd: () => number): ClaimForMatch {
  const base = BASES[Math.floor(rnd() * BASES.length)].split(' ');
  // shuffle a few words in, drop a few, swap neighbours: random rewordings and damage
  const out: string[] = [];
  for (const w of base) {
    const r = rnd();
    if (r < 0.08) continue;
    if (r < 0.16) out.push(WORDS[Math.floor(rnd() * WORDS.length)]);
    out.push(w);
  }
  if (out.length > 2 && rnd() < 0.3) {
    const k = Math.floor(rnd() * (out.length - 1));
    [out[k], out[k + 1]] = [out[k + 1], out[k]];
  }
  return { text: out.join(' '), speaker: SPEAKERS[Math.floor(rnd() * SPEAKERS.length)] };
}

/** The claim with one of its numbers (in digits) changed to another value. */
function changeNumber(claim: ClaimForMatch, rnd: () => number): ClaimForMatch | null {
  const numbers = [...claim.text.matchAll(/\d+(?:[.,]\d+)*/g)];
  if (!numbers.length) return null;
  const m = numbers[Math.floor(rnd() * numbers.length)];
  const old = Number(m[0].replace(/,/g, ''));
  let next = old;
  while (next === old) next = Math.max(0, Math.round(old * (0.2 + rnd() * 3) + (rnd() < 0.5 ? 1 : -1)));
  return { ...claim, text: claim.text.slice(0, m.index) + String(next) + claim.text.slice(m.index! + m[0].length) };
}

describe('properties on random pairs', () => {
  const seed = Number(process.env.MATCH_SEED ?? Date.now() % 1_000_000);

  it('is symmetric in kind, score and the number of differences', () => {
    const rnd = seededRandom(seed);
    for (let k = 0; k < 400; k++) {
      const a = randomClaim(rnd);
      const b = rnd() < 0.5 ? randomClaim(rnd) : { ...a, text: randomClaim(rnd).text.split(' ').slice(0, 4).join(' ') + ' ' + a.text };
      const ab = compareClaims(a, b);
      const ba = compareClaims(b, a);
      const msg = `seed ${seed} (MATCH_SEED=${seed} replays it), pair ${k}: ${JSON.stringify(a)} / ${JSON.stringify(b)}`;
      expect(ba.kind, msg).toBe(ab.kind);
      expect(ba.score, msg).toBe(ab.score);
      expect(ba.differences.length, msg).toBe(ab.differences.length);
    }
  });

  it('never calls a claim the same as a copy with one number changed', () => {
    const rnd = seededRandom(seed + 1);
    let checked = 0;
    for (let k = 0; k < 400; k++) {
      const a = randomClaim(rnd);
      const b = changeNumber(a, rnd);
      if (!b) continue;
      checked++;
      const r = compareClaims(a, b);
      const msg = `seed ${seed} (MATCH_SEED=${seed} replays it): ${a.text} / ${b.text}: ${r.reasons.join('; ')}`;
      expect(r.kind, msg).not.toBe('same');
      expect(r.differences.some((d) => d.kind === 'number' || d.kind === 'date'), msg).toBe(true);
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('never throws on messy input and keeps score and differences well formed', () => {
    const rnd = seededRandom(seed + 3);
    const alphabet = ['a', 'Z', ' ', '-', '.', ',', '%', '$', '£', "'", '’', '1', '0', 'é', '\u0301', '\n', '"', 'one', 'hundred', 'and', 'not', 'US', 'DoD', 'Sen.', '😀', '\u00a0', 'million'];
    const messy = () => Array.from({ length: Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(rnd() < 0.5 ? '' : ' ');
    for (let k = 0; k < 300; k++) {
      const a = { text: messy(), speaker: rnd() < 0.5 ? messy() : null };
      const b = { text: messy(), speaker: rnd() < 0.5 ? messy() : undefined };
      const r = compareClaims(a, b);
      const msg = `seed ${seed}: ${JSON.stringify(a)} / ${JSON.stringify(b)}`;
      expect(r.score, msg).toBeGreaterThanOrEqual(0);
      expect(r.score, msg).toBeLessThanOrEqual(1);
      for (const d of r.differences) {
        if (d.kind === 'speaker') continue;
        expect(a.text.includes(d.a), msg).toBe(true);
        expect(b.text.includes(d.b), msg).toBe(true);
      }
      expect(typeof matchKey(a.text)).toBe('string');
    }
    expect(compareClaims({ text: '' }, { text: '' }).kind).toBe('unrelated');
  });

  it('calls every claim with content the same as itself, and `same` always comes without differences', () => {
    const rnd = seededRandom(seed + 2);
    for (let k = 0; k < 300; k++) {
      const a = randomClaim(rnd);
      const self = compareClaims(a, { ...a });
      expect(self.kind, `seed ${seed}: ${a.text}`).toBe('same');
      const b = randomClaim(rnd);
      const r = compareClaims(a, b);
      if (r.kind === 'same') expect(r.differences, `seed ${seed}`).toEqual([]);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});
