import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData, verdictId } from '../test/factories';
import type { Actor } from '../auth/permissions';
import { createToken, authenticateToken } from './tokens';
import { search, type SearchHit } from './search';
import { getClaim, updateClaim } from './claims';

beforeEach(async () => {
  await resetData();
  // TRUNCATE fires no trigger: start each test with an empty lexicon, as a new database has.
  await prisma.$executeRawUnsafe('TRUNCATE "SearchWord"');
});

const text = (hit: SearchHit) => hit.title.map((s) => s.text).join('');
const marked = (hit: SearchHit) => [...hit.title, ...hit.snippet].filter((s) => s.match).map((s) => s.text.toLowerCase());

/** Every page of claim results for `q`, 10 at a time, following the cursor: the ids seen, the pages and the corrections. */
async function allClaimPages(actor: Actor, q: string): Promise<{ ids: string[]; pages: number; corrected: (string | null | undefined)[] }> {
  const ids: string[] = [];
  const corrected: (string | null | undefined)[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await search(actor, { q, kind: 'claim', limit: 10, cursor });
    ids.push(...page.data.map((h) => h.id));
    corrected.push(page.correctedQuery);
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor);
  return { ids, pages, corrected };
}

type Seeded = { reviewer: Actor; editor: Actor; articleId: string; jobsClaim: string; mosqueClaim: string; falseId: string };

async function seed(): Promise<Seeded> {
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  const falseId = await verdictId('False');
  const article = await prisma.article.create({
    data: {
      title: 'Jobs report lifts the minister',
      outlet: 'Le Monde Diplomatique',
      author: 'Hélène Dupré',
      publishedAt: new Date('2025-06-04T00:00:00Z'),
      body: 'Unemployment fell to 3.9% in May, the statistics office said. A crane fell into the Grand Mosque in Mecca.',
      addedById: reviewer.id,
    },
  });
  const jobs = await prisma.claim.create({
    data: {
      articleId: article.id, quote: 'Unemployment fell to 3.9% in May', start: 0, end: 32, prefix: '', suffix: '', claimText: 'Unemployment fell to 3.9% in May',
      speaker: 'José Álvarez', status: 'needs_review', verdictId: falseId, reviewerId: reviewer.id, rationale: 'The statistics office reported 4.9%.',
    },
  });
  const mosque = await prisma.claim.create({
    data: {
      articleId: article.id, quote: 'A crane fell into the Grand Mosque in Mecca', start: 62, end: 105, prefix: '', suffix: '', claimText: 'A crane fell into the Grand Mosque in Mecca',
      speaker: 'Saudi civil defence', status: 'open',
    },
  });
  await prisma.source.create({ data: { claimId: jobs.id, url: 'https://stats.example.org/labour', title: 'Labour market statistics', publisher: 'Statistics Office', excerpt: 'The unemployment rate was 4.9%.', addedById: reviewer.id } });
  await prisma.source.create({ data: { claimId: jobs.id, url: 'https://leak.example.org/memo', title: 'Whistleblower memo on payrolls', excerpt: 'Internal payroll figures.', confidential: true, addedById: reviewer.id } });
  await prisma.comment.create({ data: { claimId: mosque.id, authorId: editor.id, body: 'Check the civil defence casualty count before approving.' } });
  await prisma.earlierFactCheck.create({
    data: { claimReviewed: 'A storm caused a crane to fall into the Grand Mosque, killing 107', ratingLabel: 'False', orgName: 'Checkers United', claimAuthor: 'Viral post', reviewUrl: 'https://checkers.example/crane', raw: {}, datePublished: new Date('2015-09-12T00:00:00Z') },
  });
  return { reviewer, editor, articleId: article.id, jobsClaim: jobs.id, mosqueClaim: mosque.id, falseId };
}

describe('search', () => {
  it('finds every kind and opens claims in their article', async () => {
    const s = await seed();
    const { data } = await search(s.reviewer, { q: 'crane mosque' });
    const kinds = new Set(data.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['article', 'claim', 'factcheck']));
    const claim = data.find((h) => h.kind === 'claim')!;
    expect(claim.href).toBe(`/articles/${s.articleId}?claim=${s.mosqueClaim}`);
    expect(data.find((h) => h.kind === 'factcheck')!.href).toBe('https://checkers.example/crane');
    const comment = await search(s.reviewer, { q: 'casualty', kind: 'comment' });
    expect(comment.data.map((h) => [h.kind, h.claimId])).toEqual([['comment', s.mosqueClaim]]);
    const source = await search(s.reviewer, { q: 'labour market', kind: 'source' });
    expect(source.data[0].href).toBe(`/articles/${s.articleId}?claim=${s.jobsClaim}`);
  });

  it('ranks the closer document first', async () => {
    const s = await seed();
    const { data } = await search(s.reviewer, { q: 'crane fell into the Grand Mosque', kind: 'claim,article' });
    expect(data[0].kind).toBe('claim');
    expect(data[0].id).toBe(s.mosqueClaim);
    expect(data.map((h) => h.rank)).toEqual([...data.map((h) => h.rank)].sort((a, b) => b - a));
  });

  it('matches partial words, typos and accents, and highlights what matched as data', async () => {
    const s = await seed();
    const partial = await search(s.reviewer, { q: 'unemploy', kind: 'claim' });
    expect(partial.data.map((h) => h.id)).toContain(s.jobsClaim);
    expect(marked(partial.data[0])).toContain('unemployment');

    const typo = await search(s.reviewer, { q: 'unemploymnet', kind: 'claim' });
    expect(typo.data.map((h) => h.id)).toContain(s.jobsClaim);

    const noAccent = await search(s.reviewer, { q: 'jose alvarez', kind: 'claim' });
    expect(noAccent.data.map((h) => h.id)).toEqual([s.jobsClaim]);
    const accented = await search(s.reviewer, { q: 'Hélène Dupré', kind: 'article' });
    expect(accented.data.map((h) => h.id)).toEqual([s.articleId]);
    const unaccented = await search(s.reviewer, { q: 'helene dupre', kind: 'article' });
    expect(unaccented.data.map((h) => h.id)).toEqual([s.articleId]);

    const name = await search(s.reviewer, { q: 'Alvares', kind: 'claim' });
    expect(name.data.map((h) => h.id)).toContain(s.jobsClaim);
  });

  it('does not match unrelated words', async () => {
    const s = await seed();
    expect((await search(s.reviewer, { q: 'volcano eruption' })).data).toEqual([]);
    expect((await search(s.reviewer, { q: '%' })).data).toEqual([]);
  });

  it('filters by kind, verdict, status, speaker, outlet, reviewer and date', async () => {
    const s = await seed();
    const only = async (input: Record<string, string>) => (await search(s.reviewer, { q: 'fell', ...input })).data.map((h) => `${h.kind}:${text(h).slice(0, 12)}`).sort();
    expect(await only({ kind: 'claim' })).toEqual(['claim:A crane fell', 'claim:Unemployment']);
    expect(await only({ kind: 'claim', verdict: s.falseId })).toEqual(['claim:Unemployment']);
    expect(await only({ kind: 'claim', verdict: 'none' })).toEqual(['claim:A crane fell']);
    expect(await only({ kind: 'claim', status: 'open' })).toEqual(['claim:A crane fell']);
    expect(await only({ kind: 'claim', status: 'needs_review,approved' })).toEqual(['claim:Unemployment']);
    expect(await only({ kind: 'claim', speaker: 'alvarez' })).toEqual(['claim:Unemployment']);
    expect(await only({ kind: 'claim', reviewer: s.reviewer.id })).toEqual(['claim:Unemployment']);
    expect(await only({ kind: 'claim', outlet: 'monde' })).toHaveLength(2);
    expect(await only({ kind: 'claim', outlet: 'Guardian' })).toEqual([]);
    const crane = async (input: Record<string, string>) => (await search(s.reviewer, { q: 'crane', kind: 'claim,factcheck', ...input })).data.map((h) => h.kind).sort();
    expect(await crane({})).toEqual(['claim', 'factcheck']);
    expect(await crane({ from: '2025-06-04', to: '2025-06-04' })).toEqual(['claim']);
    expect(await crane({ from: '2025-06-05' })).toEqual([]);
    expect(await crane({ to: '2016-01-01' })).toEqual(['factcheck']);
    expect(await crane({ outlet: 'checkers' })).toEqual(['factcheck']);
    expect(await crane({ verdict: s.falseId })).toEqual(['factcheck']);
    // An article matches a claim filter when one of its claims does; status leaves fact-checks out.
    expect(await only({ status: 'needs_review' })).toEqual(['article:Jobs report ', 'claim:Unemployment']);
  });

  it('shows confidential sources to signed-in users and never to API tokens', async () => {
    const s = await seed();
    const signedIn = await search(s.reviewer, { q: 'whistleblower payrolls', kind: 'source' });
    expect(signedIn.data.map((h) => text(h))).toEqual(['Whistleblower memo on payrolls']);
    const admin = await makeUser('admin');
    const { token } = await createToken(Object.assign({}, admin), { name: 'ci', scope: 'read' });
    const { actor } = await authenticateToken(token);
    expect((await search(actor, { q: 'whistleblower payrolls', kind: 'source' })).data).toEqual([]);
    expect((await search(actor, { q: 'labour statistics', kind: 'source' })).data).toHaveLength(1);
  });

  it('refuses callers without a session and bad input with field errors', async () => {
    const s = await seed();
    await expect(search(null as unknown as Actor, { q: 'crane' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(search(s.reviewer, { q: '' })).rejects.toMatchObject({ code: 'INVALID', fields: { q: expect.any(Array) } });
    await expect(search(s.reviewer, { q: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(search(s.reviewer, { q: 'crane', kind: 'user' })).rejects.toMatchObject({ code: 'INVALID', fields: { kind: expect.any(Array) } });
    await expect(search(s.reviewer, { q: 'crane', from: '2025-02-30' })).rejects.toMatchObject({ code: 'INVALID', fields: { from: expect.any(Array) } });
    await expect(search(s.reviewer, { q: 'a\u0000b' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(search(s.reviewer, { q: 'crane', cursor: 'nope' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // SQL and tsquery syntax in the query is just text.
    await expect(search(s.reviewer, { q: "crane') OR 1=1 --" })).resolves.toMatchObject({ data: expect.any(Array) });
    await expect(search(s.reviewer, { q: 'crane & | ! :* <->' })).resolves.toMatchObject({ data: expect.any(Array) });
  });

  it('pages through many results without repeats', async () => {
    const s = await seed();
    await prisma.claim.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({ articleId: s.articleId, quote: `Inflation rose ${i} points`, start: 200 + i, end: 210 + i, prefix: '', suffix: '', claimText: `Inflation rose ${i} points` })),
    });
    const { ids, pages } = await allClaimPages(s.reviewer, 'inflation');
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(23);
  });

  it('corrects typos against the stored words and says so, only when full text finds less than a page', async () => {
    const s = await seed();
    const typo = await search(s.reviewer, { q: 'unemploymnet', kind: 'claim' });
    expect(typo.correctedQuery).toBe('unemployment');
    expect(typo.data.map((h) => h.id)).toEqual([s.jobsClaim]);
    expect(marked(typo.data[0])).toContain('unemployment');
    // Two typos and a right word; a transposition in a five-letter word.
    const two = await search(s.reviewer, { q: 'crnae fell mosuqe' });
    expect(two.correctedQuery).toBe('crane fell mosque');
    expect(two.data.map((h) => h.kind)).toContain('claim');
    const short = await search(s.reviewer, { q: 'carne' });
    expect(short.correctedQuery).toBe('crane');
    // Filters apply to the corrected search as well.
    expect((await search(s.reviewer, { q: 'mosuqe', kind: 'claim', status: 'open' })).data.map((h) => h.id)).toEqual([s.mosqueClaim]);
    expect((await search(s.reviewer, { q: 'mosuqe', kind: 'claim', status: 'approved' })).data).toEqual([]);
    // Words that are stored are not corrected, nor their inflections; a full page is never corrected.
    expect((await search(s.reviewer, { q: 'crane' })).correctedQuery).toBeNull();
    expect((await search(s.reviewer, { q: 'cranes mosques' })).correctedQuery).toBeNull();
    // "feleing" (stemmed "fele") finds the "feler" claims as a prefix: a full page is kept as it is,
    // less than a page is widened with the correction ("feeling").
    await prisma.claim.createMany({
      data: Array.from({ length: 3 }, (_, i) => ({ articleId: s.articleId, quote: `Feler report ${i}`, start: 300 + i, end: 310 + i, prefix: '', suffix: '', claimText: `Feler report ${i}` })),
    });
    await prisma.claim.create({ data: { articleId: s.articleId, quote: 'A feeling of dread', start: 400, end: 418, prefix: '', suffix: '', claimText: 'A feeling of dread' } });
    const full = await search(s.reviewer, { q: 'feleing', kind: 'claim', limit: 3 });
    expect(full.correctedQuery).toBeNull();
    expect(full.data.map((h) => text(h)).sort()).toEqual(['Feler report 0', 'Feler report 1', 'Feler report 2']);
    const widened = await search(s.reviewer, { q: 'feleing', kind: 'claim', limit: 5 });
    expect(widened.correctedQuery).toBe('feeling');
    expect(widened.data.map((h) => text(h)).sort()).toEqual(['A feeling of dread', 'Feler report 0', 'Feler report 1', 'Feler report 2']);
    // Nothing close: nothing found, no correction.
    expect(await search(s.reviewer, { q: 'zyxwvut' })).toEqual({ data: [], nextCursor: null, correctedQuery: null });
  });

  it("adds the words of a claim's edited text to the lexicon, so a typo of them is corrected", async () => {
    const s = await seed();
    const before = await search(s.reviewer, { q: 'floodwatres', kind: 'claim' });
    expect(before).toMatchObject({ data: [], correctedQuery: null });
    const claim = await getClaim(s.reviewer, s.articleId, s.jobsClaim);
    await updateClaim(s.reviewer, { articleId: s.articleId, claimId: claim.id, version: claim.version, claimText: 'Floodwaters reached the harbour in May' });
    const typo = await search(s.reviewer, { q: 'floodwatres', kind: 'claim' });
    expect(typo.correctedQuery).toBe('floodwaters');
    expect(typo.data.map((h) => h.id)).toEqual([s.jobsClaim]);
    // A rationale is searchable text too; a verdict save changes none and adds nothing.
    const count = await prisma.searchWord.count();
    const edited = await getClaim(s.reviewer, s.articleId, s.jobsClaim);
    const saved = await updateClaim(s.reviewer, { articleId: s.articleId, claimId: claim.id, version: edited.version, verdictId: await verdictId('True') });
    expect(await prisma.searchWord.count()).toBe(count);
    await updateClaim(s.reviewer, { articleId: s.articleId, claimId: claim.id, version: saved.version, rationale: 'Tidewater gauges show it.' });
    expect((await search(s.reviewer, { q: 'tidewatre', kind: 'claim' })).correctedQuery).toBe('tidewater');
    // Many claims' texts in one statement: every row's new words.
    await prisma.claim.updateMany({ where: { articleId: s.articleId }, data: { speaker: 'Quartermaster general' } });
    expect((await search(s.reviewer, { q: 'quartermastre', kind: 'claim' })).correctedQuery).toBe('quartermaster');
  });

  it('finds the words a prefix misses through stemming', async () => {
    const s = await seed();
    const claim = await prisma.claim.create({
      data: { articleId: s.articleId, quote: 'The council will utilize the reserve', start: 500, end: 536, prefix: '', suffix: '', claimText: 'The council will utilize the reserve' },
    });
    // `utiliz:*` does not match "utilize", whose English stem is "util".
    const page = await search(s.reviewer, { q: 'utiliz', kind: 'claim' });
    expect(page.data.map((h) => h.id)).toEqual([claim.id]);
    expect(page.correctedQuery).toBeNull();
    expect(marked(page.data[0])).toContain('utilize');
  });

  it('never proposes or shows words of confidential sources', async () => {
    const s = await seed();
    const words = async () => (await prisma.searchWord.findMany({ select: { word: true } })).map((w) => w.word);
    expect(await words()).toEqual(expect.arrayContaining(['unemployment', 'mosque', 'alvarez', 'labour', 'casualty', 'checkers']));
    expect(await words()).not.toContain('whistleblower');
    // Signed in, the source is found by its words, but a typo is not corrected towards them.
    expect((await search(s.reviewer, { q: 'whistleblower', kind: 'source' })).data).toHaveLength(1);
    expect(await search(s.reviewer, { q: 'whistleblowre', kind: 'source' })).toMatchObject({ data: [], correctedQuery: null });
    // Once it is no longer confidential (an UPDATE), its words are in the lexicon.
    await prisma.source.updateMany({ where: { confidential: true }, data: { confidential: false } });
    expect(await words()).toContain('whistleblower');
    const fixed = await search(s.reviewer, { q: 'whistleblowre', kind: 'source' });
    expect(fixed.correctedQuery).toBe('whistleblower');
    expect(fixed.data.map((h) => text(h))).toEqual(['Whistleblower memo on payrolls']);
    // An edited text adds its new words.
    await prisma.article.update({ where: { id: s.articleId }, data: { body: 'Floodwaters reached the harbour.' } });
    expect(await words()).toEqual(expect.arrayContaining(['floodwaters', 'harbour']));
  });

  it('answers queries made only of stop words as a phrase in the short fields, with filters and permissions', async () => {
    const s = await seed();
    const there = await prisma.claim.create({
      data: { articleId: s.articleId, quote: 'There were no survivors', start: 600, end: 623, prefix: '', suffix: '', claimText: 'There were no survivors', status: 'approved' },
    });
    await prisma.source.create({ data: { claimId: there.id, url: 'https://leak.example.org/there', title: 'What was there', confidential: true, addedById: s.reviewer.id } });
    const page = await search(s.reviewer, { q: 'there' });
    expect(page.data.map((h) => `${h.kind}:${text(h)}`).sort()).toEqual(['claim:There were no survivors', 'source:What was there']);
    expect(marked(page.data.find((h) => h.kind === 'claim')!)).toContain('there');
    expect((await search(s.reviewer, { q: 'There were' })).data.map((h) => h.id)).toEqual([there.id]);
    expect((await search(s.reviewer, { q: 'there', status: 'open' })).data).toEqual([]);
    expect((await search(s.reviewer, { q: 'there', kind: 'claim', status: 'approved' })).data.map((h) => h.id)).toEqual([there.id]);
    // API tokens never see confidential sources, by full text or by phrase.
    const admin = await makeUser('admin');
    const { token } = await createToken(Object.assign({}, admin), { name: 'ci', scope: 'read' });
    const { actor } = await authenticateToken(token);
    expect((await search(actor, { q: 'there' })).data.map((h) => h.kind)).toEqual(['claim']);
    // Stop words with another word: full text on that word alone.
    expect((await search(s.reviewer, { q: 'there survivors', kind: 'claim' })).data.map((h) => h.id)).toEqual([there.id]);
  });

  it('pages through corrected and stop-word results without repeats', async () => {
    const s = await seed();
    await prisma.claim.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({ articleId: s.articleId, quote: `Inflation was ${i} points`, start: 200 + i, end: 210 + i, prefix: '', suffix: '', claimText: `Inflation was ${i} points` })),
    });
    for (const q of ['inflaiton', 'was']) {
      const { ids, pages, corrected } = await allClaimPages(s.reviewer, q);
      if (q === 'inflaiton') expect(corrected).toEqual(['inflation', 'inflation', 'inflation']);
      expect(pages).toBe(3);
      expect(new Set(ids).size).toBe(23);
    }
    // A cursor of another shape is refused.
    await expect(search(s.reviewer, { q: 'inflation', cursor: Buffer.from('[10]').toString('base64url') })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(search(s.reviewer, { q: 'inflation', cursor: Buffer.from('[10,2]').toString('base64url') })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
