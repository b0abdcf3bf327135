import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml, safeColour } from './html';
import { claimWithSecret, header, makeBundle, makeClaim, SECRET_URL, verdicts } from './test-fixtures';

describe('renderHtml', () => {
  it('escapes every user value, so no user HTML or script reaches the report', () => {
    const claim = makeClaim({
      claimText: '<script>alert(1)</script> & "quoted"',
      rationale: '<img src=x onerror=alert(2)>',
      speaker: "O'Brien <b>",
      sources: [{ ...claimWithSecret().sources[0], url: 'javascript:alert(3)', title: '<i>evil</i>' }],
      verdict: { ...verdicts.false, label: '<u>False</u>', colour: 'red;background:url(javascript:x)' },
    });
    const html = renderHtml({ ...makeBundle([claim]), summary: { total: 1, verdicts: [{ label: '<u>False</u>', colour: 'red;x', count: 1 }] } });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>evil');
    expect(html).not.toContain('<u>');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('url(javascript');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain('O&#39;Brien &lt;b&gt;');
  });

  it('has the article summary, a verdict chart, and each claim with verdict, rationale and sources', () => {
    const html = renderHtml({
      ...makeBundle([makeClaim(), makeClaim({ id: 'clm_2', verdict: verdicts.mostlyTrue, rationale: 'Checks out.' })]),
      summary: { total: 2, verdicts: [{ label: 'False', colour: '#d32f2f', count: 1 }, { label: 'Mostly True', colour: '#7cb342', count: 1 }] },
    });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<h1>Fact-check report: ${escapeHtml(header.article!.title)}</h1>`);
    expect(html).toContain('role="img" aria-label="Verdicts: False: 1, Mostly True: 1"');
    expect(html).toContain('width:50.00%;background:#d32f2f');
    expect(html.match(/<article class="claim"/g)).toHaveLength(2);
    expect(html).toContain('Outlays rose 4%, not 100%.');
    expect(html).toContain('<a href="https://data.example.gov/budget-2024">Budget tables 2024</a>');
    expect(html).toContain('@media print');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('leaves confidential sources out unless publicOnly is false', () => {
    const bundle = makeBundle([claimWithSecret()]);
    expect(renderHtml(bundle)).not.toContain(SECRET_URL);
    expect(renderHtml(bundle, { publicOnly: false })).toContain(SECRET_URL);
  });

  it('names each claim\'s article in a workspace report', () => {
    const claim = makeClaim({ article: { ...header.article!, title: 'Other <story>' } });
    const html = renderHtml({ ...makeBundle([claim]), article: null, title: 'approved claims' });
    expect(html).toContain('Fact-check report: approved claims');
    expect(html).toContain('From: <a href="https://news.example.com/2024/05/pentagon-budget">Other &lt;story&gt;</a>');
  });

  it('only lets hex colours into style attributes', () => {
    expect(safeColour('#a1b2c3')).toBe('#a1b2c3');
    expect(safeColour('red;background:url(x)')).toBe('#888888');
  });
});
