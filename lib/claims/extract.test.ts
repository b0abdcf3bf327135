import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES, DEFAULT_THRESHOLD, extractClaims } from './index';

const FIXTURE = '/work/shared/fixtures/articles/us-cyber-pause.md';
const article = readFileSync(FIXTURE, 'utf8');

describe('extractClaims on the fixture article', () => {
  const units = extractClaims(article);
  const sentences = units.filter((u) => u.kind === 'sentence');

  it('returns exact, trimmed spans in document order', () => {
    let last = -1;
    for (const u of units) {
      expect(article.slice(u.start, u.end)).toBe(u.text);
      expect(u.text).toBe(u.text.trim());
      expect(u.text.startsWith('**')).toBe(false);
      expect(u.text.endsWith('**')).toBe(false);
      expect(u.start).toBeGreaterThan(last);
      last = u.start;
    }
  });

  it('finds the sentences of the article', () => {
    expect(sentences.length).toBe(14);
    expect(sentences[0].text).toBe(
      "This decision raises questions about the US's cyber defense capacities and its approach to diplomacy with Moscow.",
    );
  });

  it('keeps the headline as a heading, reported once, never a claim', () => {
    const headlines = units.filter((u) => u.text === 'US Cyber-Offensive Against Russia Paused Amid Diplomatic Push');
    expect(headlines).toHaveLength(1);
    expect(headlines[0].kind).toBe('heading');
    expect(headlines[0].claimType).toBe('not_claim');
    expect(headlines[0].checkworthiness).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('flags the repeated headline with includeDuplicates', () => {
    const all = extractClaims(article, { includeDuplicates: true });
    const dups = all.filter((u) => u.duplicateOf !== undefined);
    expect(dups).toHaveLength(1);
    expect(all[dups[0].duplicateOf ?? -1].text).toBe(dups[0].text);
    expect(dups[0].start).toBeGreaterThan(all[dups[0].duplicateOf ?? -1].start);
  });

  it('uses only the declared claim types and scores in 0..1 with two decimals', () => {
    for (const u of units) {
      expect(CLAIM_TYPES).toContain(u.claimType);
      expect(u.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(u.checkworthiness).toBeLessThanOrEqual(1);
      expect(Math.round(u.checkworthiness * 100) / 100).toBe(u.checkworthiness);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractClaims(article))).toBe(JSON.stringify(units));
  });
});
