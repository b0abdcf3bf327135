import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

/** Lines the URL import writes (lib/ingest/dom-to-text.ts) to say what a part of the page was. */
describe('labelled captions and pull quotes', () => {
  const text = [
    'The council spent €4.5 million on the bridge, according to accounts published on Monday.',
    'Caption: The footbridge has stood fenced off since 2022.',
    'Inspectors found cracks in two of its supports weeks before the opening in 2022.',
    'Pull quote: “Inspectors found cracks in two of its supports weeks before the opening”',
    'The repairs will cost a further €500,000, the finance director said.',
  ].join('\n\n');
  const units = extractClaims(text);
  const kindOf = (start: string) => units.find((u) => u.text.startsWith(start))?.kind;

  it('reads "Caption:" and "Pull quote:" lines as headings, never claims', () => {
    expect(kindOf('Caption:')).toBe('heading');
    expect(kindOf('Pull quote:')).toBe('heading');
  });

  it('keeps the sentence above a labelled line a sentence (only a credit makes the line above it a caption)', () => {
    expect(kindOf('The council spent')).toBe('sentence');
    expect(kindOf('Inspectors found cracks')).toBe('sentence');
    // a bare credit still does
    const credited = extractClaims('Looking back: Columbia lifts off in 1981.\nImage: NASA.');
    expect(credited[0].kind).toBe('heading');
  });
});
