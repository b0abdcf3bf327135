import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { makeUser, resetData } from '../test/factories';
import { authenticateToken, authenticateTokenCached, createToken, hashToken, LAST_USED_RESOLUTION_MS, listTokens, revokeToken, tokenCacheMs } from './tokens';
import { forgetCachedTokens } from './token-cache';
import { updateUser } from './users';
import { exportBackup } from './backup';

beforeEach(async () => {
  forgetCachedTokens();
  await resetData();
});

describe('API tokens', () => {
  it('stores only the SHA-256 hash, shows the token once, and audits the creation', async () => {
    const admin = await makeUser('admin');
    const created = await createToken(admin, { name: 'CMS', scope: 'read' });
    expect(created.token).toMatch(/^cd_[A-Za-z0-9_-]{40,}$/);
    expect(created.prefix).toBe(created.token.slice(0, 10));
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const [listed] = await listTokens(admin);
    expect(listed).toMatchObject({ id: created.id, name: 'CMS', scope: 'read', state: 'active', lastUsedAt: null, createdBy: admin.name });
    expect(listed).not.toHaveProperty('token');
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events.map((e) => e.action)).toEqual(['token.create']);
    expect(JSON.stringify(events)).not.toContain(created.token);
  });

  it('is managed by admins only', async () => {
    const admin = await makeUser('admin');
    const editor = await makeUser('editor');
    const created = await createToken(admin, { name: 'CMS', scope: 'write' });
    await expect(createToken(editor, { name: 'Mine', scope: 'write' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listTokens(editor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(revokeToken(editor, { tokenId: created.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.apiToken.count()).toBe(1);
  });

  it('never lets a token mint, list or revoke tokens or download the backup, even an admin\'s write token', async () => {
    const admin = await makeUser('admin');
    const parent = await createToken(admin, { name: 'Parent', scope: 'write', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const { actor: viaToken } = await authenticateToken(parent.token);
    await expect(createToken(viaToken, { name: 'Child', scope: 'write' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The mark survives a copy of the actor, as a service might make one.
    await expect(createToken({ ...viaToken }, { name: 'Child', scope: 'write' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listTokens(viaToken)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(revokeToken(viaToken, { tokenId: parent.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportBackup(viaToken)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.apiToken.count()).toBe(1);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: parent.id } })).revokedAt).toBeNull();
    // The same admin signed in may.
    await expect(exportBackup(admin)).resolves.toMatchObject({ contentType: 'application/json' });
  });

  it('validates name, scope and expiry with field errors', async () => {
    const admin = await makeUser('admin');
    await expect(createToken(admin, { name: ' ', scope: 'admin' as 'read', expiresAt: '2001-01-01' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { name: expect.any(Array), scope: expect.any(Array), expiresAt: expect.any(Array) },
    });
    await expect(createToken(admin, { name: 'x', scope: 'read', expiresAt: 'soon' })).rejects.toMatchObject({ fields: { expiresAt: ['Use a date like 2027-01-31.'] } });
    const dated = await createToken(admin, { name: 'Dated', scope: 'read', expiresAt: '2999-12-31' });
    expect(dated.expiresAt).toBe('2999-12-31T23:59:59.999Z');
  });

  it('authenticates as its creator with its scope, and records last use at most once a minute', async () => {
    const admin = await makeUser('admin');
    const { token, id } = await createToken(admin, { name: 'CMS', scope: 'read' });
    const t0 = new Date();
    expect(await authenticateToken(token, t0)).toEqual({ actor: { ...admin, via: 'token' }, tokenId: id, scope: 'read' });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    await authenticateToken(token, new Date(t0.getTime() + 1000));
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS + 1);
    await authenticateToken(token, later);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(later);
  });

  it('refuses unknown, expired and revoked tokens, and tokens of deactivated users', async () => {
    const admin = await makeUser('admin');
    const other = await makeUser('admin');
    await expect(authenticateToken('cd_not-a-token')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(authenticateToken('Basic xyz')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const expiring = await createToken(admin, { name: 'Expiring', scope: 'write', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await expect(authenticateToken(expiring.token)).resolves.toMatchObject({ scope: 'write' });
    await expect(authenticateToken(expiring.token, new Date(Date.now() + 61_000))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await prisma.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(authenticateToken(expiring.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await listTokens(admin)).find((t) => t.id === expiring.id)?.state).toBe('expired');

    const revoked = await createToken(admin, { name: 'Revoked', scope: 'write' });
    const dto = await revokeToken(admin, { tokenId: revoked.id });
    expect(dto).toMatchObject({ state: 'revoked', revokedAt: expect.any(String) });
    await expect(authenticateToken(revoked.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(revokeToken(admin, { tokenId: revoked.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(revokeToken(admin, { tokenId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.auditEvent.count({ where: { action: 'token.revoke' } })).toBe(1);

    const theirs = await createToken(other, { name: 'Theirs', scope: 'write' });
    await updateUser(admin, { userId: other.id, active: false });
    await expect(authenticateToken(theirs.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('the token cache of API requests', () => {
  it('resolves a token from the database once per cache period, and a change made in the database directly takes effect when it ends', async () => {
    const admin = await makeUser('admin');
    const { id, token } = await createToken(admin, { name: 'Cached', scope: 'write' });
    const t0 = Date.now();
    const first = await authenticateTokenCached(token, t0);
    expect(first).toEqual(await authenticateToken(token));
    // Revoked behind the app's back (another app process): the cache answers until its period ends.
    await prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await expect(authenticateTokenCached(token, t0 + 1000)).resolves.toEqual(first);
    await expect(authenticateTokenCached(token, t0 + tokenCacheMs() + 1)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // A refusal is not cached: the next request asks again.
    await prisma.apiToken.update({ where: { id }, data: { revokedAt: null } });
    await expect(authenticateTokenCached(token, t0 + tokenCacheMs() + 2)).resolves.toMatchObject({ tokenId: id });
  });

  it('forgets a token at once when it is revoked or its user is deactivated or demoted through the app, and honours expiry on every use', async () => {
    const admin = await makeUser('admin');
    const other = await makeUser('admin');
    const revoked = await createToken(admin, { name: 'Revoked', scope: 'write' });
    await authenticateTokenCached(revoked.token);
    await revokeToken(admin, { tokenId: revoked.id });
    await expect(authenticateTokenCached(revoked.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const theirs = await createToken(other, { name: 'Theirs', scope: 'write' });
    await expect(authenticateTokenCached(theirs.token)).resolves.toMatchObject({ actor: { role: 'admin' } });
    await updateUser(admin, { userId: other.id, role: 'reviewer' });
    await expect(authenticateTokenCached(theirs.token)).resolves.toMatchObject({ actor: { role: 'reviewer' } });
    await updateUser(admin, { userId: other.id, active: false });
    await expect(authenticateTokenCached(theirs.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const expiresAt = Date.now() + 2000;
    const expiring = await createToken(admin, { name: 'Expiring', scope: 'read', expiresAt: new Date(expiresAt).toISOString() });
    await expect(authenticateTokenCached(expiring.token, expiresAt - 1500)).resolves.toMatchObject({ scope: 'read' });
    await expect(authenticateTokenCached(expiring.token, expiresAt + 1)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('reads the cache period from CLAIMDESK_TOKEN_CACHE_MS, at most a minute', () => {
    expect(tokenCacheMs({})).toBe(5000);
    expect(tokenCacheMs({ CLAIMDESK_TOKEN_CACHE_MS: '0' })).toBe(0);
    expect(tokenCacheMs({ CLAIMDESK_TOKEN_CACHE_MS: '999999' })).toBe(60_000);
    expect(tokenCacheMs({ CLAIMDESK_TOKEN_CACHE_MS: 'soon' })).toBe(5000);
  });
});
