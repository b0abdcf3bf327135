import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { authenticate, createUser, endSessions, findActiveActor, findSessionActor, listUsers, resetUserPassword, updateUser } from './users';
import { failuresOf } from './login-throttle';
import { setPasswordLocally } from './imports';
import { makeUser, resetData, TEST_PASSWORD } from '../test/factories';
import { verifyPassword } from '../auth/password';

beforeEach(resetData);

describe('authenticate', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const user = await makeUser('reviewer', 'Rita Reviewer');
    const ok = await authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(ok).toMatchObject({ ok: true, actor: { id: user.id, role: 'reviewer' } });
    expect(await authenticate({ email: user.email, password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: 'nobody@test.local', password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await makeUser('reviewer');
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it('slows down repeated failures, even for the right password', async () => {
    const user = await makeUser('reviewer');
    for (let i = 0; i < 5; i++) await authenticate({ email: user.email, password: 'wrong' });
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD });
    expect(result).toMatchObject({ ok: false, reason: 'throttled' });
    expect((result as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses deactivated users, and their sessions stop working', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser('reviewer');
    await updateUser(admin, { userId: user.id, active: false });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ ok: false });
    expect(await findActiveActor(user.id)).toBeNull();
  });

  it('says an account is deactivated only after the right password; a guesser sees "invalid"', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser('reviewer');
    await updateUser(admin, { userId: user.id, active: false });
    expect(await authenticate({ email: user.email, password: 'a wrong guess' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: 'deactivated' });
  });
});

describe('sign-in throttling', () => {
  const attacker = { address: '198.51.100.66' };

  it('counts 40 parallel wrong guesses as 40 and checks at most 5 of them', async () => {
    const user = await makeUser('reviewer');
    const results = await Promise.all(Array.from({ length: 40 }, () => authenticate({ email: user.email, password: 'wrong' }, attacker)));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid').length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(35);
    expect(await failuresOf(`signin:client:${user.email}:address:${attacker.address}`)).toBe(40);
    // The lock holds for the right password too, from that client.
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, attacker)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it("a guesser locks themselves and unknown clients, never the victim's usual client", async () => {
    const victim = await makeUser('admin');
    const usual = { address: '203.0.113.10' };
    const first = await authenticate({ email: victim.email, password: TEST_PASSWORD }, usual);
    expect(first.ok).toBe(true);
    const device = first.ok ? first.deviceToken : '';

    // Wrong passwords now and then, from the attacker's address and from the victim's own (a shared NAT).
    for (let i = 0; i < 12; i++) await authenticate({ email: victim.email, password: `guess ${i}` }, i % 2 ? attacker : usual);
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, attacker)).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, { address: '192.0.2.1' })).toMatchObject({ ok: false, reason: 'throttled' });

    // The victim's browser (its device cookie) gets in at once, from any address.
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, { ...usual, deviceToken: device })).toMatchObject({ ok: true });
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, { address: '192.0.2.77', deviceToken: device })).toMatchObject({ ok: true });
    // A device cookie of another account is no key to this one.
    const other = await makeUser('reviewer');
    expect(await authenticate({ email: other.email, password: 'x' }, { address: '192.0.2.1', deviceToken: device })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('behind a trusted proxy, an address the account signed in from before is a usual client too', async () => {
    const victim = await makeUser('editor');
    const usual = { address: '203.0.113.20', trustAddress: true };
    expect((await authenticate({ email: victim.email, password: TEST_PASSWORD }, usual)).ok).toBe(true);
    for (let i = 0; i < 15; i++) await authenticate({ email: victim.email, password: 'guess' }, { ...attacker, trustAddress: true });
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, { address: '192.0.2.9', trustAddress: true })).toMatchObject({ reason: 'throttled' });
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, usual)).toMatchObject({ ok: true });
  });

  it('parallel right passwords from one new client all get in', async () => {
    const user = await makeUser('reviewer');
    const results = await Promise.all(Array.from({ length: 4 }, () => authenticate({ email: user.email, password: TEST_PASSWORD }, { address: '203.0.113.40' })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await prisma.signInClient.count({ where: { userId: user.id, client: 'address:203.0.113.40' } })).toBe(1);
  });

  it("the victim's own mistakes lock only their client, for a bounded time", async () => {
    const victim = await makeUser('reviewer');
    const first = await authenticate({ email: victim.email, password: TEST_PASSWORD }, { address: '203.0.113.30' });
    const device = first.ok ? first.deviceToken : '';
    const mine = { address: '203.0.113.30', deviceToken: device };
    for (let i = 0; i < 5; i++) await authenticate({ email: victim.email, password: 'typo' }, mine);
    const locked = await authenticate({ email: victim.email, password: TEST_PASSWORD }, mine);
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(5);
  });

  it('one address guessing across many accounts is slowed down after 50 failures', async () => {
    const sprayer = { address: '198.51.100.99' };
    for (let i = 0; i < 50; i++) {
      expect(await authenticate({ email: `nobody${i}@test.local`, password: 'guess' }, sprayer)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticate({ email: 'nobody-else@test.local', password: 'guess' }, sprayer)).toMatchObject({ ok: false, reason: 'throttled' });
  });
});

describe('sessions', () => {
  it('end at once on sign-out, deactivation and a role change', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser('reviewer');
    const signIn = async () => {
      const r = await authenticate({ email: user.email, password: TEST_PASSWORD });
      if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
      return r.sessionVersion;
    };
    let v = await signIn();
    expect(await findSessionActor(user.id, v)).toMatchObject({ id: user.id });

    await endSessions(user.id, v); // sign-out
    expect(await findSessionActor(user.id, v)).toBeNull();
    // Signing out with an already ended session changes nothing for the current one.
    const current = await signIn();
    await endSessions(user.id, v);
    expect(await findSessionActor(user.id, current)).toMatchObject({ id: user.id });

    v = current;
    await updateUser(admin, { userId: user.id, role: 'editor' });
    expect(await findSessionActor(user.id, v)).toBeNull();
    v = await signIn();
    await updateUser(admin, { userId: user.id, role: 'editor' }); // no change: sessions stay
    expect(await findSessionActor(user.id, v)).toMatchObject({ role: 'editor' });
    await updateUser(admin, { userId: user.id, active: false });
    expect(await findSessionActor(user.id, v)).toBeNull();
  });

  it('end at once when the password is changed', async () => {
    const user = await makeUser('reviewer');
    const r = await authenticate({ email: user.email, password: TEST_PASSWORD });
    if (!r.ok) throw new Error('sign-in failed');
    await setPasswordLocally({ email: user.email, password: 'a brand new password' });
    expect(await findSessionActor(user.id, r.sessionVersion)).toBeNull();
  });
});

describe('user management', () => {
  it('is for admins only', async () => {
    const editor = await makeUser('editor');
    const admin = await makeUser('admin');
    await expect(listUsers(editor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createUser(editor, { email: 'x@test.local', name: 'X', role: 'admin', password: 'long enough pw' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const created = await createUser(admin, { email: 'New@Test.local', name: 'New Person', role: 'editor', password: 'long enough pw' });
    expect(created).toMatchObject({ email: 'new@test.local', role: 'editor' });
    await expect(createUser(admin, { email: 'new@test.local', name: 'Dup', role: 'editor', password: 'long enough pw' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(createUser(admin, { email: 'bad', name: '', role: 'editor', password: 'short' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { email: expect.any(Array), name: expect.any(Array), password: expect.any(Array) },
    });
    await expect(updateUser(admin, { userId: admin.id, role: 'reviewer' })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await prisma.auditEvent.count({ where: { action: 'user.create' } })).toBe(1);
  });
});

describe('password reset by an admin', () => {
  it("sets a new argon2id password, ends the user's sessions and records who did it, never the password", async () => {
    const admin = await makeUser('admin');
    const user = await makeUser('reviewer');
    const before = await authenticate({ email: user.email, password: TEST_PASSWORD });
    if (!before.ok) throw new Error('sign-in failed');

    const dto = await resetUserPassword(admin, { userId: user.id, password: 'a fresh password 42' });
    expect(dto).toMatchObject({ id: user.id, email: user.email, active: true });
    expect(await findSessionActor(user.id, before.sessionVersion)).toBeNull();
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: user.email, password: 'a fresh password 42' })).toMatchObject({ ok: true });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);

    const events = await prisma.auditEvent.findMany({ where: { action: 'user.password.reset', entityId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(admin.id);
    expect(JSON.stringify(events[0])).not.toContain('a fresh password 42');
  });

  it('is for signed-in admins only, follows the account password rules, and not for your own password', async () => {
    const admin = await makeUser('admin');
    const editor = await makeUser('editor');
    const user = await makeUser('reviewer');
    await expect(resetUserPassword(editor, { userId: user.id, password: 'a fresh password 42' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const viaToken = { ...admin, via: 'token' } as typeof admin;
    await expect(resetUserPassword(viaToken, { userId: user.id, password: 'a fresh password 42' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(resetUserPassword(admin, { userId: user.id, password: 'short' })).rejects.toMatchObject({ code: 'INVALID', fields: { password: expect.any(Array) } });
    await expect(resetUserPassword(admin, { userId: user.id, password: '   nine    ' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(resetUserPassword(admin, { userId: admin.id, password: 'a fresh password 42' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(resetUserPassword(admin, { userId: 'c0000000000000000000missing', password: 'a fresh password 42' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Nothing changed: the old password still works and no event was written.
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { action: 'user.password.reset' } })).toBe(0);
  });
});
