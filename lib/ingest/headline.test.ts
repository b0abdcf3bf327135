import { describe, expect, it } from 'vitest';
import { headlineOf, looksLikeHtml } from './headline';

describe('headlineOf', () => {
  it.each([
    ['# Rail fares to rise 5%\n\nRail fares will rise.', 'Rail fares to rise 5%'],
    ['\n\n**Bus fares frozen**\nThe city said so.', 'Bus fares frozen'],
    ['Council spent €4.5m on a bridge that never opened\n\nThe city council spent…', 'Council spent €4.5m on a bridge that never opened'],
  ])('takes the headline line of %j', (body, title) => {
    expect(headlineOf(body)).toBe(title);
  });

  it('gives none when the text starts with a sentence', () => {
    expect(headlineOf('The city council spent €4.5 million on a footbridge that never opened.\nMore.')).toBeNull();
    expect(headlineOf('   \n')).toBeNull();
  });
});

describe('looksLikeHtml', () => {
  it('tells page source from prose that mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe(true);
    expect(looksLikeHtml('  <p>The minister said…</p><p>More</p>')).toBe(true);
    expect(looksLikeHtml('The <p> tag starts a paragraph.')).toBe(false);
    expect(looksLikeHtml('<3 this story')).toBe(false);
  });
});
