import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, wordingSpan } from '@/lib/claims';
import { articleFromHtml, articleFromText, metadataFromHtml } from './article-from-html';
import { failureReason } from './safe-fetch';

const page = (name: string) => readFileSync(path.join(__dirname, 'testdata', name), 'utf8');

/** Units of the stored body as the claim extractor sees them: kind, list flag and wording. */
function units(body: string) {
  return extractClaims(body).map((u) => ({ kind: u.kind, listItem: u.listItem, text: wordingSpan(u).text, score: u.checkworthiness }));
}

describe('articleFromHtml on a news page with navigation, ads, related links, a caption and a pull quote', () => {
  const article = articleFromHtml(page('news-graph.html'), { url: 'https://courier.example/news/bridge?utm=x' });

  it('takes the metadata from the JSON-LD @graph, resolving author and publisher references', () => {
    expect(article).toMatchObject({
      title: 'Council spent €4.5m on a bridge that never opened',
      author: 'Maria López, Tom Reed',
      outlet: 'The Riverside Courier',
      url: 'https://courier.example/news/2025/03/02/bridge-never-opened',
      language: 'en-GB',
      format: 'markdown',
    });
    // JSON-LD's date wins over the og: tag's earlier one
    expect(article.publishedAt?.toISOString()).toBe('2025-03-02T06:30:00.000Z');
    expect(article.modifiedAt?.toISOString()).toBe('2025-03-03T15:05:00.000Z');
  });

  it('keeps the body and leaves out navigation, ads, sharing, sign-up, related links, comments and the footer', () => {
    expect(article.body).toContain('The city council spent €4.5 million on a footbridge over the river Avon');
    expect(article.body).toContain('Opposition councillors have asked for an independent inquiry');
    for (const junk of ['Politics', 'Cheap flights', 'savings account', 'Advertisement', 'cookies', 'morning briefing', 'Share on', 'Related stories', 'Council tax to rise', 'Comments (42)', 'Privacy policy', 'All rights reserved', 'Local news']) {
      expect(article.body, junk).not.toContain(junk);
    }
  });

  it('does not repeat the headline or the byline in the body', () => {
    expect(article.body).not.toMatch(/^#* ?Council spent/);
    expect(article.body).not.toContain('By Maria López');
  });

  it('keeps the structure: paragraphs, a ## subheading, list items, a block quote, a labelled caption and pull quote', () => {
    const blocks = article.body.split('\n\n');
    expect(blocks).toContain('## What the accounts show');
    expect(blocks).toContain('- €2.1 million for the design and the foundations in 2020;\n- €1.9 million for the steel deck in 2021;\n- €500,000 for repairs in 2023.');
    expect(blocks).toContain('Caption: The footbridge over the Avon has stood fenced off since 2022. Photograph: Ana Gil');
    expect(blocks).toContain('Pull quote: “We were promised a bridge in 2022 and we are still walking the long way round”');
    expect(blocks.some((b) => b.startsWith('> “The bridge is safe to build on.'))).toBe(true);
  });

  it('lets the claim extractor see each part for what it is', () => {
    const u = units(article.body);
    const find = (start: string) => u.find((x) => x.text.startsWith(start));
    expect(find('What the accounts show')?.kind).toBe('heading');
    expect(find('Caption: The footbridge')?.kind).toBe('heading');
    expect(find('Pull quote:')?.kind).toBe('heading');
    expect(find('€1.9 million for the steel deck')).toMatchObject({ kind: 'sentence', listItem: true });
    // the quotation in the body stays a claim; its pull-quote copy does not, and neither does the sentence before the caption
    expect(find('“We were promised a bridge')?.kind).toBe('sentence');
    expect(find('The city council spent')).toMatchObject({ kind: 'sentence' });
    expect(find('The city council spent')!.score).toBeGreaterThanOrEqual(0.5);
    expect(find('Inspectors found cracks')?.kind).toBe('sentence');
  });
});

describe('JSON-LD in other shapes and pages without it', () => {
  it('reads a top-level array with a list of author objects, a type list and an inline publisher; skips a broken block', () => {
    const a = articleFromHtml(page('jsonld-array.html'), { url: 'https://ledger.example/x' });
    expect(a).toMatchObject({
      title: 'Minimum wage to rise to £12.60 an hour in April',
      author: 'Sam Okafor, Lena Fischer',
      outlet: 'The Daily Ledger',
      url: 'https://ledger.example/economy/minimum-wage-rise',
      language: 'en',
    });
    expect(a.publishedAt?.toISOString()).toBe('2025-01-15T00:00:00.000Z');
    expect(a.body).toContain('1. Workers aged 21 and over: £12.60\n2. Workers aged 18 to 20: £10.00\n3. Apprentices: £7.55');
    expect(a.body).not.toContain('Economy');
    expect(units(a.body).filter((x) => x.listItem)).toHaveLength(3);
  });

  it('reads a single object with an author object and mainEntityOfPage, and falls back on articleBody when the page hides the text', () => {
    const a = articleFromHtml(page('jsonld-single.html'), { url: 'https://quotidien.example/eco/pain?amp=1' });
    expect(a).toMatchObject({ title: 'Le prix de la baguette a augmenté de 8 % en un an', author: 'Claire Dubois', outlet: 'Le Quotidien du Sud', url: 'https://quotidien.example/eco/pain', language: 'fr' });
    expect(a.body.split('\n\n')).toHaveLength(3);
    expect(a.body).not.toContain('Abonnez-vous');
  });

  it('reads og:, article:, twitter: and citation_ tags when there is no JSON-LD; a URL is not an author', () => {
    const a = articleFromHtml(page('meta-only.html'), { url: 'https://science.example/x' });
    expect(a).toMatchObject({ title: 'Study finds link between sleep and memory', author: 'Priya Natarajan', outlet: 'Science Weekly', url: 'https://science.example/2024/sleep-memory', language: 'en-US' });
    expect(a.publishedAt?.toISOString()).toBe('2024-11-05T17:00:00.000Z');
    expect(a.modifiedAt?.toISOString()).toBe('2024-11-06T14:30:00.000Z');
    expect(a.body).not.toContain('By Priya Natarajan');
    expect(a.body).toContain('Hours of sleep | Words recalled\n5 or less | 18\n7 or more | 22');
    // a credit-only caption is labelled, so the paragraph above it stays a sentence
    expect(a.body).toContain('Caption: Image: University of Leeds');
    expect(units(a.body).find((x) => x.text.startsWith('The researchers, from the University of Leeds'))?.kind).toBe('sentence');
  });

  it('refuses a page without an article (a front page of links) as "not an article"', () => {
    let error: unknown;
    try {
      articleFromHtml(page('front-page.html'));
    } catch (e) {
      error = e;
    }
    expect(failureReason(error)).toBe('not_article');
  });

  it('takes pasted HTML fragments, headline first', () => {
    const a = articleFromHtml(`<h1>Rail fares to rise 5%</h1><p>Rail fares in England will rise by 5% in March, the transport department said on Tuesday, the largest increase in three years for commuters.</p><p>Passenger groups said the rise would push more people back into their cars, and called for the government to freeze fares until services improve.</p>`);
    expect(a.title).toBe('Rail fares to rise 5%');
    expect(a.body.startsWith('Rail fares in England will rise by 5% in March')).toBe(true);
    expect(a.url).toBe('');
  });
});

describe('metadataFromHtml and articleFromText', () => {
  it('reads only the head: title, publisher, date', () => {
    const m = metadataFromHtml(page('news-graph.html'), 'https://courier.example/x');
    expect(m).toMatchObject({ title: 'Council spent €4.5m on a bridge that never opened', outlet: 'The Riverside Courier' });
    expect(m.publishedAt?.toISOString().slice(0, 10)).toBe('2025-03-02');
  });

  it('takes the first line of a plain-text article as its headline', () => {
    const text = 'Bus fares frozen for another year\n\nThe city will keep bus fares at €1.50 until the end of next year, the mayor said on Friday, at a cost of about €12 million to the transport budget.';
    const a = articleFromText(text, 'https://city.example/a.txt');
    expect(a).toMatchObject({ title: 'Bus fares frozen for another year', format: 'text', url: 'https://city.example/a.txt' });
  });
});
