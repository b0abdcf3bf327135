import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { createArticle, getArticle } from './articles';
import { getClaim, updateClaim } from './claims';

beforeEach(resetData);

/**
 * The triggers on "Claim" (migration 20261201124500_claim_update_triggers): a verdict save must not
 * pay for the search machinery, and a text edit must still keep it up to date.
 */
describe('Claim update triggers', () => {
  it('has no BEFORE ROW UPDATE trigger (it would recompute every generated column on each save) and no transition tables', async () => {
    const triggers = await prisma.$queryRaw<{ name: string; before: boolean; row: boolean; update: boolean; transition: boolean }[]>`
      SELECT tgname AS name, (tgtype & 2) <> 0 AS before, (tgtype & 1) <> 0 AS row, (tgtype & 16) <> 0 AS update,
             (tgoldtable IS NOT NULL OR tgnewtable IS NOT NULL) AS transition
      FROM pg_trigger WHERE tgrelid = '"Claim"'::regclass AND NOT tgisinternal`;
    const onUpdate = triggers.filter((t) => t.update);
    expect(onUpdate.map((t) => t.name).sort()).toEqual(['Claim_matchKey_stale', 'search_words_update']);
    expect(onUpdate.filter((t) => t.before)).toEqual([]);
    expect(onUpdate.filter((t) => t.transition)).toEqual([]);
  });

  it('a verdict save recomputes no search column and keeps the match key; a text edit clears the key and recomputes them', async () => {
    const rita = await makeUser('reviewer');
    const { id: articleId } = await createArticle(rita, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(rita, articleId)).claims[0];
    await prisma.$executeRaw`UPDATE "Claim" SET "matchKey" = 'stored key words' WHERE id = ${claim.id}`;
    const columns = async () => (await prisma.$queryRaw<{ matchKey: string | null; terms: string; text: string; vector: string; ctid: string }[]>`
      SELECT "matchKey", match_terms::text AS terms, search_text AS text, search_vector::text AS vector, ctid::text AS ctid FROM "Claim" WHERE id = ${claim.id}`)[0];
    const stored = await columns();
    expect(stored.terms).toContain('stored');

    const saved = await updateClaim(rita, { articleId, claimId: claim.id, version: (await getClaim(rita, articleId, claim.id)).version, verdictId: await verdictId('False') });
    const afterVerdict = await columns();
    expect(afterVerdict).toMatchObject({ matchKey: 'stored key words', terms: stored.terms, text: stored.text, vector: stored.vector });
    expect(afterVerdict.ctid).not.toBe(stored.ctid); // it was written

    await updateClaim(rita, { articleId, claimId: claim.id, version: saved.version, claimText: 'The council spent nine million on roads' });
    const afterText = await columns();
    expect(afterText.matchKey).toBeNull();
    expect(afterText.terms).toBe('');
    expect(afterText.text).toContain('nine million');
    expect(afterText.vector).toContain('council');
    expect(await prisma.searchWord.count({ where: { word: { in: ['council', 'million', 'roads'] } } })).toBe(3);
  });

  it('keeps a key written with the new text in the same statement', async () => {
    const rita = await makeUser('reviewer');
    const { id: articleId } = await createArticle(rita, { title: 'Budget', body: SAMPLE_BODY });
    const claims = (await getArticle(rita, articleId)).claims;
    await prisma.$executeRaw`UPDATE "Claim" SET "matchKey" = 'old key' WHERE "articleId" = ${articleId}`;
    await prisma.$executeRaw`UPDATE "Claim" SET "claimText" = 'A new text', "matchKey" = 'new key' WHERE id = ${claims[0].id}`;
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claims[0].id } })).matchKey).toBe('new key');
    // Many rows in one statement: each one whose text changed loses its key.
    await prisma.$executeRaw`UPDATE "Claim" SET "claimText" = "claimText" || ' (edited)' WHERE "articleId" = ${articleId} AND id <> ${claims[0].id}`;
    const keys = await prisma.claim.findMany({ where: { articleId }, select: { id: true, matchKey: true } });
    expect(keys.filter((k) => k.id !== claims[0].id).every((k) => k.matchKey === null)).toBe(true);
    expect(keys.find((k) => k.id === claims[0].id)!.matchKey).toBe('new key');
  });
});
