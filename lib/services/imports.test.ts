import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { versionOf } from '../test/evidence';
import { disconnectDb, prisma } from '../db';
import { verifyPassword } from '../auth/password';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource } from './sources';
import { editArticle } from './article-revisions';
import { updateOrganisation } from './settings';
import { backupFile, exportBackup } from './backup';
import { importClaimReviews, listEarlierFactChecks, restoreBackup, UNUSABLE_PASSWORD_PREFIX } from './imports';
import { collectChunks } from '../export';
import { makeUser, resetData, SAMPLE_BODY, TEST_PASSWORD, verdictId } from '../test/factories';
import { freshDatabase } from '../test/fresh-database';

beforeEach(resetData);

const review = (claimReviewed: string, url: string | undefined, org = 'Other Check') => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  ...(url ? { url } : {}),
  claimReviewed,
  author: { '@type': 'Organization', name: org, url: 'https://other.example' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Mayor Jane Doe' } },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
});

/** A workspace with every kind of row a backup carries. */
async function richWorkspace() {
  const admin = await makeUser('admin', 'Ada Admin');
  const reviewer = await makeUser('reviewer', 'Rita Reviewer');
  const editor = await makeUser('editor', 'Eddie Editor');
  await updateOrganisation(admin, { orgName: 'Metro Check', orgUrl: 'https://check.metro.example' });
  const { id: articleId } = await createArticle(reviewer, { title: 'Budget “row” ✓', body: SAMPLE_BODY, url: 'https://news.example/b', publishedAt: '2026-01-02' });
  const [first, second] = (await getArticle(reviewer, articleId)).claims;
  await addSource(reviewer, { articleId, claimId: first.id, url: 'https://council.example/m', title: 'Minutes', stance: 'refutes' });
  await addSource(reviewer, { articleId, claimId: first.id, url: 'https://secret.example/tip', title: 'Tip', stance: 'supports', confidential: true });
  const reviewed = await updateClaim(reviewer, { articleId, claimId: first.id, version: await versionOf(first.id), verdictId: await verdictId('Mostly false'), rationale: 'Line one\nline two' });
  await approveClaim(editor, { articleId, claimId: first.id, version: reviewed.version });
  await prisma.claim.update({ where: { id: second.id }, data: { assigneeId: reviewer.id } });
  const top = await prisma.comment.create({ data: { claimId: first.id, authorId: editor.id, body: '@Rita check this' } });
  await prisma.comment.create({ data: { claimId: first.id, authorId: reviewer.id, parentId: top.id, body: 'Done' } });
  await prisma.mention.create({ data: { commentId: top.id, userId: reviewer.id } });
  await importClaimReviews(editor, { text: JSON.stringify([review('The bridge cost $4.2m', 'https://other.example/1')]) });
  // A second revision: one claim's sentence reworded (flagged), one deleted (orphan), one added.
  const { version } = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  const edited = SAMPLE_BODY.replace('would be finished by 2026', 'would surely be finished by 2027').replace('Critics argue that the plan is a disaster.\n', '') + '\nThe council said taxes rose 12% last year.';
  await editArticle(reviewer, { articleId, version, title: 'Budget “row” ✓', body: edited, language: 'en-GB', modifiedAt: '2026-01-03' });
  // The approved claim is checked before when another article repeats it.
  await createArticle(reviewer, { title: 'Repeat', body: SAMPLE_BODY });
  return { admin, reviewer, editor };
}

async function withDatabase<T>(url: string, run: () => Promise<T>): Promise<T> {
  const original = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  try {
    return await run();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = original;
  }
}

describe('restoreBackup', () => {
  afterEach(async () => {
    await disconnectDb();
  });

  it('restores a workspace backup into an empty database exactly: both backups are equal', async () => {
    const { admin } = await richWorkspace();
    const before = JSON.parse(await collectChunks((await exportBackup(admin)).chunks));
    expect(before.claims.length).toBeGreaterThan(2);
    expect(before.sources).toHaveLength(2);
    expect(before.comments).toHaveLength(2);
    expect(before.users[0]).not.toHaveProperty('passwordHash');
    // Revisions, where each claim sat in them, and checked-before links travel too.
    expect(before.articleRevisions.length).toBeGreaterThanOrEqual(2);
    expect(before.claimAnchors.length).toBeGreaterThan(0);
    expect(before.claimMatches.length).toBeGreaterThan(0);
    expect(before.articles.find((a: { title: string }) => a.title === 'Budget “row” ✓')).toMatchObject({ revisionNumber: 2, language: 'en-GB' });
    expect([...new Set(before.claims.map((c: { anchorState: string }) => c.anchorState))].sort()).toEqual(['anchored', 'new', 'text_changed']);

    const url = await freshDatabase('claimdesk_test_restore');
    const { counts, after, users } = await withDatabase(url, async () => {
      const counts = await restoreBackup(before);
      const after = JSON.parse(await collectChunks(backupFile().chunks));
      const users = await prisma.user.findMany();
      await expect(restoreBackup(before)).rejects.toMatchObject({ code: 'CONFLICT' });
      return { counts, after, users };
    });
    expect(counts).toMatchObject({
      users: 3, sources: 2, comments: 2, mentions: 1, earlierFactChecks: 1, verdicts: before.verdicts.length,
      articleRevisions: before.articleRevisions.length, claimAnchors: before.claimAnchors.length, claimMatches: before.claimMatches.length,
    });

    // The restore writes one audit event of its own; everything else is identical, row by row.
    const restoreEvents = after.auditEvents.filter((e: { action: string }) => e.action === 'workspace.restore');
    expect(restoreEvents).toHaveLength(1);
    after.auditEvents = after.auditEvents.filter((e: { action: string }) => e.action !== 'workspace.restore');
    delete before.exportedAt;
    delete after.exportedAt;
    expect(after).toEqual(before);

    // Backups carry no password hashes: restored users cannot sign in until an admin sets a password.
    for (const user of users) {
      expect(user.passwordHash.startsWith(UNUSABLE_PASSWORD_PREFIX)).toBe(true);
      expect(await verifyPassword(user.passwordHash, TEST_PASSWORD)).toBe(false);
    }
  });

  it('refuses a database that is not empty, and malformed backups with the failing field', async () => {
    const { admin } = await richWorkspace();
    const doc = JSON.parse(await collectChunks((await exportBackup(admin)).chunks));
    const refused = await restoreBackup(doc).catch((e: unknown) => e);
    expect(refused, JSON.stringify(refused)).toMatchObject({ code: 'CONFLICT' });
    const broken = { ...doc, claims: [{ ...doc.claims[0], start: 'zero' }] };
    await expect(restoreBackup(broken)).rejects.toMatchObject({ code: 'INVALID', fields: { 'claims.0.start': expect.any(Array) } });
    await expect(restoreBackup({ format: 'something else' })).rejects.toMatchObject({ code: 'INVALID', fields: { format: ['This is not a Claimdesk backup (format "claimdesk.backup").'] } });
  });

  it('restores a backup written before revisions, anchors and matches existed, with the columns’ defaults', async () => {
    const { admin } = await richWorkspace();
    const doc = JSON.parse(await collectChunks((await exportBackup(admin)).chunks));
    for (const section of ['articleRevisions', 'claimAnchors', 'claimMatches']) delete doc[section];
    for (const a of doc.articles) for (const key of ['modifiedAt', 'language', 'version', 'revisionNumber']) delete a[key];
    for (const c of doc.claims) for (const key of ['anchorState', 'quoteRevision']) delete c[key];
    const url = await freshDatabase('claimdesk_test_restore_old');
    const restored = await withDatabase(url, async () => {
      const counts = await restoreBackup(doc);
      return { counts, articles: await prisma.article.findMany({ select: { version: true, revisionNumber: true } }), claims: await prisma.claim.findMany({ select: { anchorState: true } }) };
    });
    expect(restored.counts).toMatchObject({ articleRevisions: 0, claimAnchors: 0, claimMatches: 0, articles: doc.articles.length });
    expect(restored.articles.every((a) => a.version === 1 && a.revisionNumber === 1)).toBe(true);
    expect(restored.claims.every((c) => c.anchorState === 'anchored')).toBe(true);
  });

  it('is for admins only through exportBackup', async () => {
    const editor = await makeUser('editor');
    await expect(exportBackup(editor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('importClaimReviews', () => {
  it('keeps other fact-checkers\' reviews with their organisation, deduplicated by URL and claim', async () => {
    const editor = await makeUser('editor');
    const text = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      review('Crime doubled', 'https://a.example/1', 'Alpha Check'),
      review('Crime doubled', 'https://a.example/1', 'Alpha Check'),
      review('Crime doubled', 'https://b.example/9', 'Beta Facts'),
      review('No URL here', undefined, 'Beta Facts'),
      { ...review('Broken', 'https://a.example/2'), reviewRating: { '@type': 'Rating', ratingValue: 7, bestRating: 5, worstRating: 1 } },
    ] });
    const first = await importClaimReviews(editor, { text });
    expect(first).toEqual({
      imported: 3, updated: 0, duplicates: 1, skipped: 0, organisations: ['Alpha Check', 'Beta Facts'],
      invalid: [{ at: '@graph[4]', problems: ['reviewRating.ratingValue (7) is outside [1, 5]'] }],
    });
    const again = await importClaimReviews(editor, { text });
    expect(again).toMatchObject({ imported: 0, duplicates: 4 });
    const rows = await prisma.earlierFactCheck.findMany({ orderBy: { claimReviewed: 'asc' } });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ claimReviewed: 'Crime doubled', orgName: 'Alpha Check', orgUrl: 'https://other.example/', claimAuthor: 'Mayor Jane Doe', ratingLabel: 'False', importedById: editor.id });
    expect((await listEarlierFactChecks(editor)).total).toBe(3);
    expect(await prisma.auditEvent.count({ where: { action: 'earlierFactCheck.import' } })).toBe(2);
  });

  it('refuses reviewers, non-JSON, files without ClaimReview and oversized files', async () => {
    const reviewer = await makeUser('reviewer');
    const editor = await makeUser('editor');
    await expect(importClaimReviews(reviewer, { text: '[]' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importClaimReviews(editor, { text: '{not json' })).rejects.toMatchObject({ code: 'INVALID', fields: { file: ['The file is not valid JSON (JSON-LD).'] } });
    await expect(importClaimReviews(editor, { text: '{"@type":"WebPage"}' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importClaimReviews(editor, { text: ' '.repeat(5 * 1024 * 1024 + 1) })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(await prisma.earlierFactCheck.count()).toBe(0);
  });
});
