import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES, DEFAULT_THRESHOLD, extractClaims } from './index';

const FIXTURE = path.resolve(__dirname, '../../prisma/fixtures/us-cyber-pause.md');
const article = readFileSync(FIXTURE, 'utf8');

describe('extractClaims on the fixture article', () => {
  const units = extractClaims(article);
  const sentences = units.filter((u) => u.kind === 'sentence');

  it('returns exact, trimmed spans in document order', () => {
    let last = -1;
    for (const u of units) {
      expect(article.slice(u.start, u.end)).toBe(u.text);
      expect(u.text).toBe(u.text.trim());
      // the unit covers its markup; the wording shown to a reviewer does not
      expect(u.claimText.startsWith('**')).toBe(false);
      expect(u.claimText.endsWith('**')).toBe(false);
      expect(u.start).toBeGreaterThan(last);
      last = u.start;
    }
  });

  it('finds the sentences of the article', () => {
    expect(sentences.length).toBe(14);
    expect(sentences[0].claimText).toBe(
      "This decision raises questions about the US's cyber defense capacities and its approach to diplomacy with Moscow.",
    );
  });

  it('keeps the headline as a heading, reported once, never a claim', () => {
    const headlines = units.filter((u) => u.claimText === 'US Cyber-Offensive Against Russia Paused Amid Diplomatic Push' && u.duplicateOf === undefined);
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

  const byStart = (snippet: string) => {
    const u = units.find((x) => x.text.replace(/^[*_]+/, '').startsWith(snippet));
    if (!u) throw new Error(`no unit starts with ${snippet}`);
    return u;
  };

  it('gives every quotation its speaker', () => {
    const quoted = sentences.filter((u) => /["“”]/.test(u.text));
    expect(quoted.length).toBeGreaterThan(0);
    for (const u of quoted) expect(u.speaker, u.text).not.toBeNull();
    const schumer = byStart('Senate Minority Leader Chuck Schumer');
    expect(schumer.attribution).toEqual({ kind: 'direct_quote', cue: 'labeled', speaker: 'Chuck Schumer', speakerTitle: 'Senate Minority Leader' });
    expect(schumer.claimType).toBe('quote');
  });

  it('turns the Department of Defense refusal into the claim "DoD declined to comment"', () => {
    const refusal = byStart('The rationale for this halt');
    expect(refusal.claimText).toBe('DoD declined to comment');
    expect(refusal.speaker).toBe('Department of Defense');
    expect(refusal.attribution.kind).toBe('refusal');
    expect(refusal.attribution.cue).toBe('opted not to comment');
    expect(refusal.checkworthiness).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    const dod = refusal.entities.find((e) => e.canonical === 'Department of Defense');
    expect(dod?.text).toBe('US Department of Defense');
    expect(article.slice(dod?.start, dod?.end)).toBe('US Department of Defense');
  });

  it('attributes reported speech, unnamed sources and hearsay', () => {
    expect(byStart('Secretary of State Marco Rubio').attribution).toMatchObject({ kind: 'reported', speaker: 'Marco Rubio', speakerTitle: 'Secretary of State' });
    expect(byStart('National Security Adviser Mike Waltz').attribution).toMatchObject({ kind: 'reported', speaker: 'Mike Waltz', speakerTitle: 'National Security Adviser' });
    expect(byStart('A senior defense official').attribution).toMatchObject({ kind: 'unnamed_source', speaker: 'a senior defense official' });
    expect(byStart('Sources suggest').attribution).toMatchObject({ kind: 'unnamed_source', speaker: 'sources' });
    expect(byStart('The Trump administration has taken').attribution).toMatchObject({ kind: 'unnamed_source', cue: 'according to', speaker: 'administration officials' });
    expect(byStart('This directive reportedly').attribution).toMatchObject({ kind: 'reported', cue: 'reportedly' });
  });

  it('unifies entities across sentences', () => {
    const canon = (snippet: string, text: string) => byStart(snippet).entities.find((e) => e.text === text)?.canonical;
    expect(canon('This directive reportedly', 'Pete Hegseth')).toBe('Pete Hegseth');
    expect(canon('A senior defense official', 'Hegseth')).toBe('Pete Hegseth');
    expect(canon('As Trump faced', 'Trump')).toBe('Donald Trump');
    expect(canon('This directive reportedly', 'US Cyber Command')).toBe('US Cyber Command');
    expect(canon('As Trump faced', 'Volodymyr Zelensky')).toBe('Volodymyr Zelensky');
    for (const u of units) for (const e of u.entities) expect(article.slice(e.start, e.end)).toBe(e.text);
  });

  it('ranks the factual claims high and the framing low', () => {
    const ranked = [...sentences].sort((a, b) => b.checkworthiness - a.checkworthiness);
    const top = ranked.slice(0, Math.ceil(ranked.length / 3));
    console.log('fixture ranking:\n' + ranked.map((u) => `${u.checkworthiness.toFixed(2)} ${u.claimType.padEnd(10)} ${u.text.slice(0, 80)}`).join('\n'));
    expect(top.some((u) => u.text.startsWith('The rationale for this halt'))).toBe(true);
    expect(top.some((u) => u.text.startsWith('The Trump administration has'))).toBe(true);
    expect(byStart('This decision raises questions').checkworthiness).toBeLessThan(DEFAULT_THRESHOLD);
    const claims = sentences.filter((u) => u.checkworthiness >= DEFAULT_THRESHOLD);
    expect(claims.length).toBeGreaterThanOrEqual(6);
    expect(claims.length).toBeLessThanOrEqual(12);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractClaims(article))).toBe(JSON.stringify(units));
  });
});
