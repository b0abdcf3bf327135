import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { authenticate, createUser, findActiveActor, listUsers, updateUser } from './users';
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
