import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, extractClaims } from './index';

/**
 * Articles written for this test, each sentence labelled by what a fact-checker would do with it:
 * C = a check-worthy factual claim, F = factual but minor, N = not a claim (opinion, question,
 * rhetoric, call to action). About a third of the sentences are claims.
 */
const ARTICLES: [label: 'C' | 'F' | 'N', sentence: string][][] = [
  [
    ['C', 'Unemployment in the U.K. fell to 4.1% in the three months to February, the Office for National Statistics said.'],
    ['N', 'What a wonderful day for Britain!'],
    ['F', 'The figures were published at 7 a.m. on Tuesday.'],
    ['N', 'Is this the turning point everyone has been waiting for?'],
    ['C', 'Average weekly earnings rose 5.6% compared with a year earlier, the fastest pace since 2023.'],
    ['N', 'We must do more to help young people into work.'],
    ['N', 'I think the government deserves some credit.'],
    ['C', 'Chancellor Helen Marsh said the number of people on payrolls had increased by 210,000 since January.'],
    ['N', 'Frankly, nobody believes a word the opposition says.'],
    ['F', 'The minister spoke to reporters outside the Treasury.'],
    ['N', 'Let us hope the good news lasts.'],
    ['N', 'Who could have predicted this?'],
  ],
  [
    ['N', 'Imagine a city where everyone can afford a home.'],
    ['C', 'The city council voted 7-2 on Wednesday to approve 3,000 new homes on the former rail yard.'],
    ['N', 'It is time for the council to listen to residents.'],
    ['C', 'The plan requires that 20% of the units be affordable to families earning less than 80% of the area median income.'],
    ['N', 'Why should taxpayers foot the bill?'],
    ['F', 'The meeting lasted four hours.'],
    ['C', 'Northline Properties Inc. did not respond to a request for comment.'],
    ['N', 'This is a shameful betrayal of the neighbourhood!'],
    ['N', 'Opponents say the council should have waited.'],
    ['C', 'Council President Linda Okafor said the city had not built enough housing in thirty years.'],
    ['N', 'Surely there is a better way?'],
    ['N', 'Residents deserve better.'],
  ],
];

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

  it('explains the score with signed reasons', () => {
    const [u] = extractClaims('Unemployment fell to 4.1% in February, the Office for National Statistics said.');
    const codes = u.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['number', 'statistic', 'named_entity', 'attribution']));
    for (const r of u.reasons) expect(r.weight).toBeGreaterThan(0);
    const [q] = extractClaims('Is this really the best the government can do?');
    expect(q.reasons.some((r) => r.code === 'question' && r.weight < 0)).toBe(true);
    expect(q.claimType).toBe('not_claim');
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
