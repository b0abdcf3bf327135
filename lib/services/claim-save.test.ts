import { beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createArticle, getArticle } from './articles';
import { auditView, getClaim, updateClaim } from './claims';
import { prisma } from '../db';
import { assignClaim } from './assignments';
import { authenticateToken, authenticateTokenCached, createToken } from './tokens';
import { forgetCachedTokens } from './token-cache';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { randomUUID } from 'node:crypto';
import { addSource } from './sources';
import { PendingRateLimit, takeToken } from './rate-limits';

beforeEach(resetData);

/** Counts the statements sent to PostgreSQL while `work` runs (every pg client of the process). */
async function statementsOf(work: () => Promise<unknown>, names: (string | undefined)[] = []): Promise<string[]> {
  const seen: string[] = [];
  const original = pg.Client.prototype.query;
  // Wraps pg's overloaded query(); the arguments are passed on untouched.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    seen.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''));
    names.push(typeof first === 'string' ? undefined : (first as { name?: string })?.name);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

describe('round trips of the hot API paths', () => {
  it('a verdict save is a read and one write statement, and a token is resolved in one', async () => {
    const reviewer = await makeUser('reviewer');
    const admin = await makeUser('admin');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    const [trueId, falseId] = [await verdictId('True'), await verdictId('False')];
    // The first save creates the reviewer record; the second is the steady state of a day's work.
    const first = await updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, verdictId: trueId });
    const names: (string | undefined)[] = [];
    const save = await statementsOf(() => updateClaim(reviewer, { articleId, claimId: claim.id, version: first.version, verdictId: falseId }), names);
    console.log(`verdict save: ${save.length} statements\n  ${save.map((s) => s.replace(/\s+/g, ' ').slice(0, 90)).join('\n  ')}`);
    expect(save.some((s) => /^\s*BEGIN/i.test(s))).toBe(false);
    expect(save.length).toBeLessThanOrEqual(2);
    // Both are named prepared statements: each connection parses them once and PostgreSQL stops planning them.
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    const current = await getClaim(reviewer, articleId, claim.id);
    const names2: (string | undefined)[] = [];
    await statementsOf(() => updateClaim(reviewer, { articleId, claimId: claim.id, version: current.version, verdictId: trueId }), names2);
    expect(names2).toEqual(names);

    const { token } = await createToken(admin, { name: 'count', scope: 'write' });
    await authenticateToken(token); // writes the first use
    const auth = await statementsOf(() => authenticateToken(token));
    expect(auth).toHaveLength(1);

    // What an API request uses: the token is resolved once, then served from the cache.
    forgetCachedTokens();
    expect(await statementsOf(() => authenticateTokenCached(token))).toHaveLength(1);
    const again = await statementsOf(async () => {
      for (let i = 0; i < 20; i++) await authenticateTokenCached(token);
    });
    expect(again).toHaveLength(0);
  });
});

describe('a save through the API takes its rate limit in the read of the claim', () => {
  it('is two statements with the rate limit, all prepared, and counts the request once', async () => {
    const reviewer = await makeUser('reviewer');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(reviewer, articleId)).claims[0];
    const first = await updateClaim(reviewer, { articleId, claimId: claim.id, version: claim.version, verdictId: await verdictId('True') });
    const limit = new PendingRateLimit(`test:${claim.id}`, { perMinute: 60, burst: 5 });
    const falseId = await verdictId('False');
    const names: (string | undefined)[] = [];
    const save = await statementsOf(() => updateClaim(reviewer, { articleId, claimId: claim.id, version: first.version, verdictId: falseId }, { rateLimit: limit }), names);
    expect(save).toHaveLength(2);
    expect(save[0]).toContain('"RateLimit"');
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(limit.decision).toEqual({ allowed: true, remaining: 4 });
    expect((await getClaim(reviewer, articleId, claim.id)).version).toBe(first.version + 1);
  });

  it('over the limit writes nothing: not a verdict, not an approval, not even a refused conflict', async () => {
    const rita = await makeUser('reviewer');
    const editor = await makeUser('editor');
    const { id: articleId } = await createArticle(rita, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(rita, articleId)).claims[0];
    const src = await addSource(rita, { articleId, claimId: claim.id, url: 'https://stats.example/may', title: 'May statistics' });
    const reviewed = await updateClaim(rita, { articleId, claimId: claim.id, version: src.claimVersion, verdictId: await verdictId('True'), rationale: 'The office said so.' });
    const spent = async () => {
      const limit = new PendingRateLimit(`test:spent:${randomUUID()}`, { perMinute: 1, burst: 1 });
      await takeToken(limit.key, limit.config);
      return limit;
    };
    const audits = await prisma.auditEvent.count({ where: { entityId: claim.id } });
    await expect(updateClaim(rita, { articleId, claimId: claim.id, version: reviewed.version, verdictId: await verdictId('False') }, { rateLimit: await spent() }))
      .rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(updateClaim(editor, { articleId, claimId: claim.id, version: reviewed.version, status: 'approved' }, { rateLimit: await spent() }))
      .rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(updateClaim(rita, { articleId, claimId: claim.id, version: reviewed.version - 1, verdictId: await verdictId('False') }, { rateLimit: await spent() }))
      .rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const after = await getClaim(rita, articleId, claim.id);
    expect(after).toMatchObject({ version: reviewed.version, status: 'needs_review', verdict: { label: 'True' } });
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id } })).toBe(audits);
    // Within the limit the same approval goes through (the take comes first, then the approval's transaction).
    const approved = await updateClaim(editor, { articleId, claimId: claim.id, version: reviewed.version, status: 'approved' }, { rateLimit: new PendingRateLimit(`test:${randomUUID()}`, { perMinute: 60, burst: 5 }) });
    expect(approved.status).toBe('approved');
  });
});

describe('updateClaim without reading back', () => {
  it('returns exactly the stored claim and audits exactly its stored state, edit after edit, by two reviewers', async () => {
    const rita = await makeUser('reviewer', 'Rita Reviewer');
    const sam = await makeUser('reviewer', 'Sam Second');
    const editor = await makeUser('editor', 'Eddie Editor');
    const { id: articleId } = await createArticle(rita, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(rita, articleId)).claims[0];
    await assignClaim(editor, { articleId, claimId: claim.id, assigneeId: sam.id });
    const edits: [typeof rita, Record<string, unknown>][] = [
      [rita, { status: 'in_progress' }],
      [rita, { verdictId: await verdictId('False'), rationale: 'Minutes say otherwise.' }],
      [sam, { claimText: 'The city spent $4.2m', speaker: 'The mayor', claimType: 'quantity' }],
      [sam, { verdictId: await verdictId('Mostly false') }],
      [rita, { rationale: '' }],
      [sam, { status: 'dismissed' }],
      [rita, { speaker: '' }],
    ];
    let version = (await getClaim(rita, articleId, claim.id)).version;
    for (const [who, edit] of edits) {
      const returned = await updateClaim(who, { articleId, claimId: claim.id, version, ...edit });
      const stored = await getClaim(who, articleId, claim.id);
      expect(returned).toEqual(stored);
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: 'claim.update' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
      expect(event.after).toEqual(JSON.parse(JSON.stringify(auditView(stored))));
      expect(event.actorId).toBe(who.id);
      version = stored.version;
    }
    expect((await getClaim(rita, articleId, claim.id)).reviewers.map((r) => [r.name, r.parts])).toEqual([
      ['Rita Reviewer', ['verdict', 'rationale', 'submitted']],
      ['Sam Second', ['claimText', 'verdict']],
    ]);
  });

  it('writes nothing (no reviewer record, no audit) when the version moved on, and says so with the newer claim', async () => {
    const rita = await makeUser('reviewer');
    const { id: articleId } = await createArticle(rita, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(rita, articleId)).claims[0];
    await expect(updateClaim(rita, { articleId, claimId: claim.id, version: claim.version + 1, verdictId: await verdictId('True') }))
      .rejects.toMatchObject({ code: 'CONFLICT', details: { current: { version: claim.version } } });
    expect(await prisma.claimContributor.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'claim.update' } })).toBe(0);
  });

  it('of two saves racing from the same version exactly one wins; the other is a conflict', async () => {
    const rita = await makeUser('reviewer');
    const sam = await makeUser('reviewer');
    const { id: articleId } = await createArticle(rita, { title: 'Budget', body: SAMPLE_BODY });
    const claim = (await getArticle(rita, articleId)).claims[0];
    const results = await Promise.allSettled([
      updateClaim(rita, { articleId, claimId: claim.id, version: claim.version, verdictId: await verdictId('True') }),
      updateClaim(sam, { articleId, claimId: claim.id, version: claim.version, verdictId: await verdictId('False') }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT']);
    expect(await prisma.claimContributor.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: claim.id, action: 'claim.update' } })).toBe(1);
  });
});
