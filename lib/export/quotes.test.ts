import { describe, expect, it } from 'vitest';
import { balanceQuotes, shortenBalanced } from './quotes';
import { buildClaimReview } from './claimreview';
import { header, makeClaim } from './test-fixtures';

describe('balanceQuotes', () => {
  it.each([
    ['"We will build the bridge by 2026.', 'We will build the bridge by 2026.'],
    ['It will cost nothing," the mayor said.', 'It will cost nothing, the mayor said.'],
    ['The mayor said the bridge "cost nothing.', 'The mayor said the bridge cost nothing.'],
    ['“We will build it.', 'We will build it.'],
    ['It works,” she said.', 'It works, she said.'],
    ['«Jamais.', 'Jamais.'],
  ])('drops the stray half of a quotation: %s', (input, expected) => {
    expect(balanceQuotes(input)).toBe(expected);
  });

  it.each([
    'The mayor said "the bridge cost $4.2 million" in May.',
    '"Unemployment fell," the minister said, "to 4%."',
    'She called it “a “historic” deal” on Monday.',
    'Le ministre a dit «jamais» hier.',
    "The council's budget rose by 4%.",
    'He said: "It\'s done."',
    'No quotes at all.',
  ])('keeps balanced quotations and apostrophes as they are: %s', (text) => {
    expect(balanceQuotes(text)).toBe(text);
  });
});

describe('shortenBalanced', () => {
  it('closes a quotation the cut falls inside, after the ellipsis, within the limit', () => {
    const text = `The mayor said "${'very '.repeat(80)}expensive" today.`;
    const short = shortenBalanced(text, 300);
    expect(short.length).toBeLessThanOrEqual(300);
    expect(short).toMatch(/^The mayor said "very .*very…"$/);
    expect(balanceQuotes(short)).toBe(short);
  });

  it('leaves text within the limit alone', () => {
    expect(shortenBalanced('Short "and" sweet.', 300)).toBe('Short "and" sweet.');
  });
});

describe('claimReviewed', () => {
  it('never carries an unbalanced quotation mark', () => {
    const review = buildClaimReview(header, makeClaim({ claimText: '"The bridge will cost nothing,\n said the mayor.' }));
    expect(review?.claimReviewed).toBe('The bridge will cost nothing, said the mayor.');
    const long = buildClaimReview(header, makeClaim({ claimText: `“${'word '.repeat(100)}end” he said.` }));
    const text = long?.claimReviewed as string;
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.startsWith('“')).toBe(true);
    expect(text.endsWith('…”')).toBe(true);
  });
});
