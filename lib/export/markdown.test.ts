import { describe, expect, it } from 'vitest';
import { escapeMarkdownBlock, escapeMarkdownInline, markdownLink } from './markdown-escape';
import { renderMarkdown } from './markdown';
import { claimWithSecret, makeBundle, makeClaim, makeSource, SECRET_TITLE, SECRET_URL, verdicts } from './test-fixtures';

describe('escapeMarkdownInline', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](http://x/y.png)', '!\\[img\\](http\\://x/y.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['**bold** _it_ `code` ~~del~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['a | b', 'a \\| b'],
    ['see https://evil.example and www.evil.example', 'see https\\://evil.example and www\\.evil.example'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\n# two\n\n- three', 'line one \\# two - three'],
    ['U.S. spending rose 4% (to $842bn)', 'U.S. spending rose 4% (to \\$842bn)'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });
});

describe('escapeMarkdownBlock', () => {
  it('keeps paragraphs, removes indentation and escapes each line start', () => {
    expect(escapeMarkdownBlock('First line\n    indented code?\n\n\n\n---\n===\n> quote\n\n')).toBe(
      'First line\nindented code?\n\n\\---\n\\===\n\\> quote',
    );
  });
});

describe('markdownLink', () => {
  it('links http(s) URLs only, with a safe destination', () => {
    expect(markdownLink('Budget [tables]', 'https://a.example/x y>z')).toBe('[Budget \\[tables\\]](<https://a.example/x%20y%3Ez>)');
    expect(markdownLink('bad', 'javascript:alert(1)')).toBe('bad (javascript:alert(1))');
    expect(markdownLink('bad', 'data:text/html,<b>')).toBe('bad (data:text/html,\\<b\\>)');
  });
});

describe('renderMarkdown', () => {
  it('summarises the article, each claim and the verdict counts', () => {
    const text = renderMarkdown(makeBundle([
      makeClaim({ id: 'a' }),
      makeClaim({ id: 'b', verdict: verdicts.mostlyTrue }),
      makeClaim({ id: 'c' }),
      makeClaim({ id: 'd', verdict: null }),
    ]));
    expect(text).toContain('# Fact-check report: Pentagon budget, "explained" — part 1');
    expect(text).toContain('- **Outlet:** The Daily Example');
    expect(text).toContain('- **Article:** [https\\://news.example.com/2024/05/pentagon-budget](<https://news.example.com/2024/05/pentagon-budget>)');
    expect(text).toContain('### 1. The Pentagon budget doubled in 2023');
    expect(text).toContain('> The budget doubled last year');
    expect(text).toContain('- **Verdict:** **False** (rating 2 on a scale from 1 to 6)');
    expect(text).toContain('**Rationale**\n\nOutlays rose 4%, not 100%.');
    expect(text).toContain('- [Budget tables 2024](<https://data.example.gov/budget-2024>) — *refutes*; Treasury, published 2024-03-01, accessed 2024-05-02\n  “Total outlays: \\$842bn”');
    expect(text).toContain('- **Verdict:** No verdict yet');
    expect(text).toContain('| Mostly True | 1 |\n| False | 2 |\n| No verdict yet | 1 |\n| **Total** | 4 |');
  });

  it('cannot be made to inject links, images or HTML by user text', () => {
    const evil = '[x](https://evil.example) ![i](https://evil.example/p.png) <iframe src="https://evil.example"> https://evil.example';
    const text = renderMarkdown(makeBundle([makeClaim({
      claimText: evil,
      quote: evil,
      rationale: `${evil}\n# not a heading\n<script>alert(1)</script>`,
      speaker: evil,
      sources: [makeSource({ title: evil, excerpt: evil, publisher: evil, url: 'javascript:alert(1)' })],
    })]));
    expect(text).not.toMatch(/(^|[^\\])\[x\]/);
    expect(text).not.toMatch(/(^|[^\\])<(iframe|script)/);
    expect(text).not.toContain('](javascript');
    expect(text).not.toMatch(/(^|[^\\])https:\/\/evil/);
    expect(text).not.toMatch(/^# not a heading/m);
  });

  it('leaves confidential sources out unless publicOnly is false', () => {
    const bundle = makeBundle([claimWithSecret()]);
    const publicText = renderMarkdown(bundle);
    expect(publicText).not.toContain('whistle');
    expect(publicText).not.toContain(SECRET_TITLE);
    expect(publicText).toContain('public sources only');
    const internal = renderMarkdown(bundle, { publicOnly: false });
    expect(internal).toContain(`(<${SECRET_URL}>)`);
    expect(internal).toContain('confidential');
  });

  it('says so when there are no claims', () => {
    expect(renderMarkdown(makeBundle([]))).toContain('_No claims to report._');
  });
});
