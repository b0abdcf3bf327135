import { describe, expect, it } from 'vitest';
import { buildClaimReview, renderClaimReview, validateClaimReview, type JsonLdNode } from './claimreview';
import { guessSpeakerType } from './speaker-type';
import { header, makeBundle, makeClaim, verdicts } from './test-fixtures';

function single(claim = makeClaim(), options = {}): JsonLdNode {
  return JSON.parse(renderClaimReview(makeBundle([claim]), options));
}

describe('ClaimReview JSON-LD', () => {
  it('fills every required and recommended field from the data', () => {
    const doc = single();
    expect(doc).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example.org/fact-checks/art_1#clm_1',
      claimReviewed: 'The Pentagon budget doubled in 2023',
      author: { '@type': 'Organization', name: 'Claimdesk Checks', url: 'https://checks.example.org' },
      datePublished: '2024-05-03',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Department of Defense' },
        datePublished: '2024-05-01',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example.com/2024/05/pentagon-budget',
          headline: 'Pentagon budget, "explained" — part 1',
          publisher: { '@type': 'Organization', name: 'The Daily Example' },
          author: { '@type': 'Person', name: 'Jane Reporter' },
          datePublished: '2024-05-01',
        },
        firstAppearance: expect.objectContaining({ '@type': 'CreativeWork', headline: expect.any(String) }),
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'False',
        name: 'False',
        ratingValue: 2,
        bestRating: 6,
        worstRating: 1,
      },
    });
    expect(validateClaimReview(doc)).toEqual([]);
    expect(validateClaimReview(doc, { recommended: true })).toEqual([]);
  });

  it('in a workspace export, takes each claim\'s own article as its appearance', () => {
    const other = { ...header.article!, id: 'art_2', title: 'Another story', url: 'https://other.example/story', publishedAt: '2024-06-01' };
    const text = renderClaimReview({ ...makeBundle([makeClaim({ article: other, articleId: 'art_2' }), makeClaim({ id: 'clm_2' })]), article: null });
    const doc = JSON.parse(text);
    expect(validateClaimReview(doc)).toEqual([]);
    const [first, second] = doc['@graph'];
    expect(validateClaimReview({ '@context': 'https://schema.org', ...first }, { recommended: true })).toEqual([]);
    expect(first.itemReviewed.appearance).toMatchObject({ url: 'https://other.example/story', headline: 'Another story' });
    expect(first.itemReviewed.datePublished).toBe('2024-06-01');
    expect(first.url).toBe('https://checks.example.org/fact-checks/art_2#clm_1');
    expect(second.itemReviewed.appearance).toBeUndefined();
    expect(second.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Department of Defense' });
  });

  it('puts several reviews in an @graph that validates, skipping claims without a verdict', () => {
    const claims = [
      makeClaim({ id: 'a' }),
      makeClaim({ id: 'b', verdict: null }),
      makeClaim({ id: 'c', verdict: verdicts.mostlyTrue }),
      makeClaim({ id: 'd', verdict: verdicts.unproven }),
    ];
    const doc = JSON.parse(renderClaimReview(makeBundle(claims)));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((node: JsonLdNode) => node.url)).toEqual([
      'https://checks.example.org/fact-checks/art_1#a',
      'https://checks.example.org/fact-checks/art_1#c',
      'https://checks.example.org/fact-checks/art_1#d',
    ]);
    expect(doc['@graph'].every((node: JsonLdNode) => node['@type'] === 'ClaimReview')).toBe(true);
    expect(validateClaimReview(doc, { recommended: true })).toEqual([]);
  });

  it('leaves out claims without a public fact-check page rather than linking the workbench', () => {
    const claims = [makeClaim({ id: 'a', publicUrl: null }), makeClaim({ id: 'b' }), makeClaim({ id: 'c', publicUrl: undefined })];
    const text = renderClaimReview(makeBundle(claims));
    expect(text).not.toContain('/articles/');
    const doc = JSON.parse(text);
    expect(doc.url).toBe('https://checks.example.org/fact-checks/art_1#b');
    expect(JSON.parse(renderClaimReview(makeBundle([claims[0]!])))).toEqual({ '@context': 'https://schema.org', '@graph': [] });
  });

  it('gives the numeric rating only when the verdict sits on the scale, and keeps it in range', () => {
    const onScale = single(makeClaim({ verdict: verdicts.mostlyTrue })).reviewRating as JsonLdNode;
    expect(onScale).toMatchObject({ ratingValue: 5, worstRating: 1, bestRating: 6 });
    expect(onScale.ratingValue as number).toBeGreaterThanOrEqual(onScale.worstRating as number);
    expect(onScale.ratingValue as number).toBeLessThanOrEqual(onScale.bestRating as number);

    const offScale = single(makeClaim({ verdict: verdicts.unproven })).reviewRating as JsonLdNode;
    expect(offScale).toEqual({ '@type': 'Rating', alternateName: 'Unproven', name: 'Unproven' });

    const inconsistent = buildClaimReview(
      { ...header, scale: { worstRating: 1, bestRating: 3 } },
      makeClaim({ verdict: { ...verdicts.false, ratingValue: 9 } }),
    );
    expect(inconsistent?.reviewRating).not.toHaveProperty('ratingValue');
    expect(validateClaimReview({ '@context': 'https://schema.org', ...inconsistent })).toEqual([]);
  });

  it('returns a bare ClaimReview for one claim and an empty graph for none', () => {
    expect(single()['@graph']).toBeUndefined();
    expect(JSON.parse(renderClaimReview(makeBundle([makeClaim({ verdict: null })])))).toEqual({
      '@context': 'https://schema.org',
      '@graph': [],
    });
  });

  it('uses the claim\'s public URL, shortens long claims and omits what is unknown', () => {
    const doc = single(
      makeClaim({ claimText: `${'word '.repeat(200)}end`, speaker: null, reviewedAt: null, id: 'x y', publicUrl: 'https://factcheck.example.org/budget#x' }),
    );
    expect(doc.url).toBe('https://factcheck.example.org/budget#x');
    expect((doc.claimReviewed as string).length).toBeLessThanOrEqual(300);
    expect(doc.claimReviewed).toMatch(/^word word .*…$/);
    expect(doc).not.toHaveProperty('datePublished');
    expect(doc.itemReviewed).not.toHaveProperty('author');
    expect(validateClaimReview(doc)).toEqual([]);
  });
});

describe('guessSpeakerType', () => {
  it.each([
    ['Department of Defense', 'Organization'],
    ['Ministry of Health', 'Organization'],
    ['U.S. Central Command', 'Organization'],
    ['Federal Emergency Management Agency', 'Organization'],
    ['Office of the Mayor', 'Organization'],
    ['Labour Party', 'Organization'],
    ['House Oversight Committee', 'Organization'],
    ['Acme Inc.', 'Organization'],
    ['White House', 'Organization'],
    ['DoD', 'Organization'],
    ['FBI', 'Organization'],
    ['Joe Biden', 'Person'],
    ['Sen. Elizabeth Warren (D-Mass.)', 'Person'],
    ['Gen. Mark Milley', 'Person'],
    ['Ronald McDonald', 'Person'],
    ['a Pentagon spokesperson', 'Person'],
    ['Department of Defense official', 'Person'],
  ] as const)('%s → %s', (name, type) => {
    expect(guessSpeakerType(name)).toBe(type);
  });

  it('marks the Claim author accordingly', () => {
    const person = single(makeClaim({ speaker: 'Joe Biden' })).itemReviewed as JsonLdNode;
    expect(person.author).toEqual({ '@type': 'Person', name: 'Joe Biden' });
  });
});

describe('validateClaimReview', () => {
  const good = () => single();

  it('reports a missing @context and @type', () => {
    const doc = good();
    delete doc['@context'];
    delete doc['@type'];
    expect(validateClaimReview(doc)).toEqual(['@context is missing', '@type is missing']);
    expect(validateClaimReview({ ...good(), '@context': 'https://example.org' })).toEqual([
      '@context is not "https://schema.org"',
    ]);
    expect(validateClaimReview({ ...good(), '@type': 'Review' })).toEqual(['@type is not "ClaimReview"']);
  });

  it.each(['claimReviewed', 'url', 'reviewRating'])('reports a missing required %s', (key) => {
    const doc = good();
    delete doc[key];
    expect(validateClaimReview(doc)).toEqual([`${key} is missing`]);
  });

  it('reports a missing alternateName, a bad url and an empty claim', () => {
    const doc = good();
    delete (doc.reviewRating as JsonLdNode).alternateName;
    doc.url = 'javascript:alert(1)';
    doc.claimReviewed = '   ';
    expect(validateClaimReview(doc)).toEqual([
      'claimReviewed is missing',
      'url is not an absolute http(s) URL',
      'reviewRating.alternateName is missing',
    ]);
  });

  it('reports a ratingValue outside [worstRating, bestRating] and broken bounds', () => {
    const rating = (patch: JsonLdNode) => validateClaimReview({ ...good(), reviewRating: { ...(good().reviewRating as JsonLdNode), ...patch } });
    expect(rating({ ratingValue: 7 })).toEqual([
      'reviewRating.ratingValue (7) is outside [worstRating, bestRating] = [1, 6]',
    ]);
    expect(rating({ ratingValue: 0 })).toHaveLength(1);
    expect(rating({ ratingValue: '3' })).toEqual([]);
    expect(rating({ ratingValue: 'three' })).toEqual(['reviewRating.ratingValue is not a number']);
    expect(rating({ worstRating: 6, bestRating: 1 })).toEqual(['reviewRating.worstRating (6) is not less than bestRating (1)']);
    const noBounds = { ...(good().reviewRating as JsonLdNode) };
    delete noBounds.bestRating;
    delete noBounds.worstRating;
    expect(validateClaimReview({ ...good(), reviewRating: noBounds })).toEqual([
      'reviewRating.ratingValue needs bestRating and worstRating to give its scale',
    ]);
  });

  it('checks the types of author and itemReviewed, and recommended fields on request', () => {
    const doc = { ...good(), author: { '@type': 'Thing', name: 'x' }, itemReviewed: { '@type': 'Claim', author: { '@type': 'Person' } } };
    expect(validateClaimReview(doc)).toEqual([
      'author is not a Organization or Person',
      'itemReviewed.author.name is missing',
    ]);
    const bare = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x', url: 'https://a.example', reviewRating: { '@type': 'Rating', alternateName: 'False' } };
    expect(validateClaimReview(bare)).toEqual([]);
    expect(validateClaimReview(bare, { recommended: true })).toEqual([
      'author is missing (recommended)',
      'datePublished is missing (recommended)',
      'itemReviewed is missing (recommended)',
    ]);
  });

  it('prefixes problems in an @graph with their path, and rejects non-objects', () => {
    const doc = JSON.parse(renderClaimReview(makeBundle([makeClaim({ id: 'a' }), makeClaim({ id: 'b' })])));
    delete doc['@graph'][1].claimReviewed;
    expect(validateClaimReview(doc)).toEqual(['@graph[1].claimReviewed is missing']);
    expect(validateClaimReview({ '@context': 'https://schema.org', '@graph': [] })).toEqual(['@graph holds no ClaimReview']);
    expect(validateClaimReview(null)).toEqual(['the document is not a JSON object']);
    expect(validateClaimReview([good(), 3])).toEqual(['[1] is not a JSON object']);
  });
});
