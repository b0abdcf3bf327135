import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { domToText } from './dom-to-text';

const text = (html: string) => domToText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body);

describe('domToText', () => {
  it('keeps nested lists indented under their item, ordered ones numbered', () => {
    expect(text('<ul><li>Costs<ul><li>Steel</li><li>Concrete</li></ul></li><li>Delays</li></ul><ol><li>One</li><li>Two</li></ol>')).toBe(
      '- Costs\n  - Steel\n  - Concrete\n- Delays\n1. One\n2. Two',
    );
  });

  it('keeps line breaks inside a paragraph, drops inline markup, scripts and images', () => {
    expect(text('<p>First line<br>second <b>bold</b> <a href="/x">link</a><img src="a.png"><script>x()</script></p><h3>Sub</h3><hr><p>Last.</p>')).toBe(
      'First line\nsecond bold link\n\n### Sub\n\nLast.',
    );
  });

  it('quotes every paragraph of a block quote and labels captions once', () => {
    expect(text('<blockquote><p>One.</p><p>Two.</p></blockquote><figure><img src="x"><figcaption>Caption: already labelled</figcaption></figure>')).toBe(
      '> One.\n>\n> Two.\n\nCaption: already labelled',
    );
  });
});
