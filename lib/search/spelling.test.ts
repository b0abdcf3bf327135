import { describe, expect, it } from 'vitest';
import { correctedText, editDistance, pickCompletions, pickCorrections, similarityThreshold, type Candidate } from './spelling';
import { contentTerms, tsqueryText } from './tsquery';

const c = (term: string, word: string, sim: number, how: Candidate['how'] = 'correction'): Candidate => ({ term, word, sim, how });

describe('spelling', () => {
  it('counts a swap of two adjacent letters as one edit', () => {
    expect(editDistance('newtork', 'network')).toBe(1);
    expect(editDistance('newtork', 'newton')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('keeps the candidates fewest edits away, not the most similar by trigrams', () => {
    // pg_trgm ranks "newton" (0.5) above "network" (0.33) for "newtork".
    const picked = pickCorrections([c('newtork', 'newton', 0.5), c('newtork', 'newtown', 0.45), c('newtork', 'network', 0.33)]);
    expect(picked.get('newtork')).toEqual(['network']);
    // Ties: the most similar first, at most three; stop words and words too far are never proposed.
    const ties = pickCorrections([c('feleing', 'felling', 0.45), c('feleing', 'feeling', 0.33), c('feleing', 'fleeing', 0.33), c('feleing', 'freeing', 0.33), c('feleing', 'fencing', 0.33)]);
    expect(ties.get('feleing')).toEqual(['felling', 'feeling', 'fleeing']);
    expect(pickCorrections([c('thre', 'there', 0.4), c('abc', 'abd', 0.5), c('house', 'horse', 0.3)]).size).toBe(1);
    expect(pickCorrections([c('volcano', 'vaccine', 0.2)]).size).toBe(0);
    // Short words need a lower trigram threshold to be proposed at all ("mosuqe" / "mosque" 0.27).
    expect(similarityThreshold(['increaisngly', 'newtork'])).toBe(0.3);
    expect(similarityThreshold(['increaisngly', 'mosuqe'])).toBe(0.2);
  });

  it('completions are kept apart, and the correction shown is the one the results use most', () => {
    const candidates = [c('utiliz', 'utilize', 1, 'completion'), c('newtork', 'network', 0.33)];
    expect(pickCompletions(candidates)).toEqual(new Map([['utiliz', ['utilize']]]));
    expect(pickCorrections(candidates)).toEqual(new Map([['newtork', ['network']]]));
    const alternatives = new Map([['feleing', ['felling', 'feeling']]]);
    expect(correctedText(['feleing', 'dread'], alternatives, (w) => (w === 'feeling' ? 3 : 1))).toBe('feeling dread');
    expect(correctedText(['feleing'], alternatives, () => 0)).toBe('felling');
  });

  it('builds the tsquery from letters and digits only: prefixes, alternatives, no stop words', () => {
    expect(contentTerms(['the', 'nature', 'of', 'o', 'brien'])).toEqual(['nature', 'o', 'brien']);
    expect(tsqueryText(['nature', 'o', 'brien'])).toBe('nature:* & o & brien:*');
    expect(tsqueryText(['newtork', 'utiliz'], new Map([['newtork', ['network']], ['utiliz', ['utilize', 'utility']]]))).toBe('(newtork:* | network) & (utiliz:* | utilize | utility)');
  });
});
