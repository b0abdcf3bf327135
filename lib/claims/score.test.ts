import { describe, expect, it } from 'vitest';
import { NO_ATTRIBUTION } from './attribute';
import { computeFeatures } from './features';
import { DEFAULT_THRESHOLD, extractClaims } from './index';
import { scoreSentence } from './score';
import { tokenize } from './tokenize';
import { RANKING_ARTICLES } from './testdata/ranking-articles';

/** Articles written for this project, each sentence labelled by what a fact-checker would do with it. */
const ARTICLES = RANKING_ARTICLES;

describe('check-worthiness ranking', () => {
  for (const [n, article] of ARTICLES.entries()) {
    it(`article ${n + 1}: the top third holds the claims; opinions, questions and rhetoric rank low`, () => {
      const text = article.map(([, s]) => s).join(' ');
      const units = extractClaims(text);
      expect(units.map((u) => u.text)).toEqual(article.map(([, s]) => s));
      const labelled = units.map((u, i) => ({ label: article[i][0], u }));
      const ranked = [...labelled].sort((a, b) => b.u.checkworthiness - a.u.checkworthiness);
      console.log(ranked.map(({ label, u }) => `${label} ${u.checkworthiness.toFixed(2)} ${u.claimType.padEnd(10)} ${u.text.slice(0, 70)}`).join('\n'));
      const top = ranked.slice(0, Math.ceil(units.length / 3));
      const claims = labelled.filter((x) => x.label === 'C');
      const found = top.filter((x) => x.label === 'C').length;
      expect(found / claims.length).toBeGreaterThanOrEqual(0.75);
      for (const { label, u } of labelled) {
        if (label === 'N') {
          expect(u.checkworthiness, u.text).toBeLessThan(DEFAULT_THRESHOLD);
          expect(u.claimType, u.text).toBe('not_claim');
        }
        if (label === 'C') expect(u.checkworthiness, u.text).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      }
    });
  }

  it('explains the score with the strongest signed reasons, in words', () => {
    const [u] = extractClaims('Unemployment fell to 4.1% in February, the Office for National Statistics said.');
    const codes = u.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['number', 'attribution']));
    for (const r of u.reasons) if (r.code === 'number' || r.code === 'attribution') expect(r.weight).toBeGreaterThan(0);
    expect(u.checkworthiness).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(new Set(codes).size).toBe(codes.length);
    const [q] = extractClaims('Is this really the best the government can do?');
    expect(q.reasons.some((r) => r.code === 'question' && r.weight < 0)).toBe(true);
    expect(q.claimType).toBe('not_claim');
    const [o] = extractClaims('I think the government deserves some credit.');
    const against = o.reasons.filter((r) => r.weight < 0);
    expect(against.length).toBeGreaterThan(0);
    expect(against.length).toBeLessThanOrEqual(4);
    expect(o.reasons.filter((r) => r.weight > 0).length).toBeLessThanOrEqual(5);
    // n-gram evidence is told as words of the sentence, never as a feature number
    for (const r of [...u.reasons, ...o.reasons]) expect(r.label).not.toMatch(/\d{4,}|[<>]/);
    const words = [...u.reasons, ...o.reasons].filter((r) => r.code.startsWith('words_'));
    expect(words.length).toBeGreaterThan(0);
    for (const r of words) expect(r.label).toMatch(/^words like "[^"]+"/);
  });

  it('puts the news of issue 9 above the claim threshold', () => {
    const score = (s: string) => extractClaims(s)[0].checkworthiness;
    expect(score('Space Shuttle Endeavour, which is scheduled to fly its final mission later this month, will be sent to the California Science Center in Los Angeles.')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('The plan does not cover doctor bills.')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('This is not a program of socialized medicine.')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('Northline Properties Inc. did not respond to a request for comment.')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('gives captions, credits, bylines and datelines 0, whatever the segmenter made of them', () => {
    for (const line of [
      'Image: NASA Bill Ingalls.',
      'Photo: Jane Doe/Reuters.',
      'Photo by Bill Ingalls/NASA.',
      'Reporting by Jane Doe; Editing by Mark Smith.',
      'By John Carter.',
      'Wednesday, April 13, 2011.',
      'Crowds watch the launch from the causeway (AP Photo/John Raoux).',
      'WASHINGTON (Reuters) -',
    ]) {
      const f = computeFeatures(line, tokenize(line));
      const scored = scoreSentence({ features: f, claimType: 'other', attribution: NO_ATTRIBUTION, quoted: false, people: 1, orgs: 1, places: 0 });
      expect(scored.score, line).toBe(0);
      for (const u of extractClaims(line)) expect(u.checkworthiness, line).toBe(0);
    }
    const claim = 'By Tuesday, Congress had passed the bill.';
    const f = computeFeatures(claim, tokenize(claim));
    expect(f.credit).toBeNull();
    const input = { features: f, claimType: 'other' as const, attribution: NO_ATTRIBUTION, quoted: false, people: 0, orgs: 1, places: 0 };
    expect(scoreSentence(input).score).toBeGreaterThan(0);
    for (const kind of ['heading', 'caption', 'credit', 'dateline', 'byline']) expect(scoreSentence({ ...input, kind }).score, kind).toBe(0);
  });

  it('types claims after the Full Fact taxonomy', () => {
    const type = (s: string) => extractClaims(s)[0].claimType;
    expect(type('Inflation rose to 3.5% in May, up from 3.1% in April.')).toBe('quantity');
    expect(type('The Bank of England will cut interest rates next month, economists predict.')).toBe('prediction');
    expect(type('The fall in crime was caused by more police on the streets.')).toBe('causation');
    expect(type('Under the new law, it is illegal to sell tobacco to anyone born after 2009.')).toBe('law');
    expect(type('I was waiting for eleven hours in the emergency room with my son.')).toBe('quantity');
    expect(type('I was turned away from my local surgery when my son was ill.')).toBe('personal');
    expect(type('"We will never surrender our sovereignty," President Volodymyr Zelensky said.')).toBe('prediction');
    expect(type('Senate Minority Leader Chuck Schumer called the move "a critical strategic mistake."')).toBe('quote');
    expect(type('The ministry issued new guidance to schools on Monday.')).toBe('other');
    expect(type('What a disgrace!')).toBe('not_claim');
  });
});
