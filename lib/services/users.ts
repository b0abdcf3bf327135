import { prisma } from '@/lib/db';
import { assertCan, ROLES, type Actor, type Role } from '@/lib/auth/permissions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { signInSchema, userCreateSchema, userPasswordResetSchema, userUpdateSchema, type UserCreateInput, type UserPasswordResetInput, type UserUpdateInput } from '@/lib/validation/user';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';
import { assertSignedInAdmin } from './tokens';
import { clearAttempts, countAttempt, uncountAttempt, type ThrottlePolicy } from './login-throttle';
import { addressClientId, deviceClientId, newDeviceToken } from '@/lib/auth/sign-in-client';
import { forgetCachedTokensAfter } from './token-cache';

/**
 * Sign-in throttling (documented in the README, "Sign-in throttling"). Every attempt counts on:
 * - its client's own key, per account and client (the device cookie when it is known to that
 *   account, else the address): 5 free attempts, then 5 s, doubling to 15 min;
 * - unless the client is one this account signed in from before (its device cookie, or its address
 *   behind a trusted proxy): the account's key for unknown clients, 10 free attempts, then 5 s,
 *   doubling to 15 min; and the address's key across all accounts, 50 free attempts, same steps.
 * So a guesser locks their own client, and unknown clients as a whole, never the account's usual
 * clients. Counts start over after an hour without attempts; a successful sign-in clears its
 * client's key and does not count on the shared ones.
 */
export const CLIENT_POLICY: ThrottlePolicy = { free: 5, baseSeconds: 5, maxSeconds: 15 * 60, quietSeconds: 60 * 60 };
export const ACCOUNT_POLICY: ThrottlePolicy = { free: 10, baseSeconds: 5, maxSeconds: 15 * 60, quietSeconds: 60 * 60 };
export const ADDRESS_POLICY: ThrottlePolicy = { free: 50, baseSeconds: 5, maxSeconds: 15 * 60, quietSeconds: 60 * 60 };

// Verified against when the email is unknown, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

/** What the sign-in request tells about its client (lib/auth/sign-in-client.ts). */
export type SignInClientInfo = { address: string; deviceToken?: string | null; trustAddress?: boolean };

export type AuthResult =
  | { ok: true; actor: Actor; sessionVersion: number; deviceToken: string }
  | { ok: false; reason: 'invalid' | 'throttled' | 'deactivated'; retryAfterSeconds?: number };

/** The throttle keys one attempt counts on, by the policy above. */
export function throttleKeys(email: string, address: string, knownClient: string | null): [string, ThrottlePolicy][] {
  const keys: [string, ThrottlePolicy][] = [[`signin:client:${email}:${knownClient ?? addressClientId(address)}`, CLIENT_POLICY]];
  if (!knownClient) keys.push([`signin:account:${email}`, ACCOUNT_POLICY], [`signin:address:${address}`, ADDRESS_POLICY]);
  return keys;
}

/**
 * Checks an email and password, throttled by account and client. A deactivated account is named
 * only after the right password; every other failure is the same "invalid".
 */
export async function authenticate(input: { email: string; password: string }, client: SignInClientInfo = { address: 'unknown' }): Promise<AuthResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({ where: { email } });
  const device = client.deviceToken ? deviceClientId(client.deviceToken) : null;
  const address = addressClientId(client.address);
  const addressKnown = client.address !== 'unknown';
  const candidates = [device, client.trustAddress && addressKnown ? address : null].filter((c): c is string => c !== null);
  const known = user && candidates.length ? await prisma.signInClient.findMany({ where: { userId: user.id, client: { in: candidates } } }) : [];
  const knownClient = candidates.find((c) => known.some((k) => k.client === c)) ?? null;

  const keys = throttleKeys(email, client.address, knownClient);
  const decisions = await Promise.all(keys.map(([key, policy]) => countAttempt(key, policy)));
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.max(...refused.map((d) => d.retryAfterSeconds)) };

  dummyHash ??= hashPassword('not-a-real-password');
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyHash, password), false);
  if (!valid || !user) return { ok: false, reason: 'invalid' };
  if (!user.active) return { ok: false, reason: 'deactivated' };

  await clearAttempts(keys[0]![0]);
  for (const [key] of keys.slice(1)) await uncountAttempt(key);
  const token = client.deviceToken ?? newDeviceToken();
  for (const c of addressKnown ? [deviceClientId(token), address] : [deviceClientId(token)]) {
    // One statement, so parallel sign-ins from one client never collide on the key.
    await prisma.$executeRaw`
      INSERT INTO "SignInClient" ("userId", "client", "lastSeenAt") VALUES (${user.id}, ${c}, timezone('UTC', now()))
      ON CONFLICT ("userId", "client") DO UPDATE SET "lastSeenAt" = EXCLUDED."lastSeenAt"`;
  }
  return { ok: true, actor: toActor(user), sessionVersion: user.sessionVersion, deviceToken: token };
}

/** The actor of a user row (an unknown role reads as the least one, reviewer). */
export function toActor(u: { id: string; role: string; name: string; email: string }): Actor {
  const role = (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : 'reviewer';
  return { id: u.id, role, name: u.name, email: u.email };
}

/** The current state of a signed-in user (role changes and deactivation apply at once). */
export async function findActiveActor(userId: string): Promise<Actor | null> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  return user && user.active ? toActor(user) : null;
}

/**
 * The actor of a session: only while the user is active and the session's version is the user's
 * current one (sign-out, deactivation, a role or password change raise it and end every session).
 */
export async function findSessionActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  return user && user.active && user.sessionVersion === sessionVersion ? toActor(user) : null;
}

/** Ends every session of a user; with `ifVersion`, only if that session is still current (sign-out). */
export async function endSessions(userId: string, ifVersion?: number): Promise<void> {
  await prisma.user.updateMany({
    where: { id: userId, ...(ifVersion === undefined ? {} : { sessionVersion: ifVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
}

export type UserDto = { id: string; email: string; name: string; role: Role; active: boolean; createdAt: string };

export async function listUsers(actor: Actor): Promise<UserDto[]> {
  assertCan(actor, 'user:manage');
  const users = await prisma.user.findMany({ orderBy: [{ role: 'asc' }, { name: 'asc' }] });
  return users.map((u) => ({ ...toActor(u), active: u.active, createdAt: u.createdAt.toISOString() }));
}

/** Lists who can be named as reviewer or editor (no emails for non-admins). */
export async function listTeam(actor: Actor): Promise<{ id: string; name: string; role: Role }[]> {
  assertCan(actor, 'article:read');
  const users = await prisma.user.findMany({ where: { active: true }, orderBy: { name: 'asc' } });
  return users.map((u) => ({ id: u.id, name: u.name, role: toActor(u).role }));
}

export async function createUser(actor: Actor, input: UserCreateInput): Promise<UserDto> {
  assertCan(actor, 'user:manage');
  const data = parseInput(userCreateSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash } });
      await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: user.id, after: { email: user.email, name: user.name, role: user.role } });
      return { ...toActor(user), active: user.active, createdAt: user.createdAt.toISOString() };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
      throw new AppError('CONFLICT', 'A user with this email already exists.', { fields: { email: ['Already in use.'] } });
    }
    throw e;
  }
}

export async function updateUser(actor: Actor, input: UserUpdateInput): Promise<UserDto> {
  assertCan(actor, 'user:manage');
  const data = parseInput(userUpdateSchema, input);
  if (data.userId === actor.id && (data.role !== undefined && data.role !== 'admin' || data.active === false)) {
    throw new AppError('INVALID', 'You cannot remove your own admin access; ask another admin.');
  }
  // A new role or a deactivation reaches API tokens at once too: their cached creators are forgotten.
  return forgetCachedTokensAfter(prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.userId } });
    if (!before) throw new AppError('NOT_FOUND', 'This user does not exist.');
    // A new role or a deactivation ends the user's sessions at once.
    const changed = (data.role !== undefined && data.role !== before.role) || (data.active !== undefined && data.active !== before.active);
    const user = await tx.user.update({
      where: { id: before.id },
      data: { role: data.role, active: data.active, ...(changed ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      before: { role: before.role, active: before.active },
      after: { role: user.role, active: user.active },
    });
    return { ...toActor(user), active: user.active, createdAt: user.createdAt.toISOString() };
  }));
}

/**
 * An admin sets a new password for another user (who forgot theirs): argon2id like every password,
 * and every session of that user ends at once, so whoever knew the old one is out. Your own password
 * is not reset here: ask another admin, or use `npm run cli -- set-password EMAIL` on the server. The audit
 * event names who did it, never the password.
 */
export async function resetUserPassword(actor: Actor, input: UserPasswordResetInput): Promise<UserDto> {
  assertSignedInAdmin(actor);
  const data = parseInput(userPasswordResetSchema, input);
  if (data.userId === actor.id) throw new AppError('INVALID', 'You cannot reset your own password here; ask another admin.');
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: data.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (updated.count === 0) throw new AppError('NOT_FOUND', 'This user does not exist.');
    const user = await tx.user.findUniqueOrThrow({ where: { id: data.userId } });
    await recordAudit(tx, actor, { action: 'user.password.reset', entityType: 'user', entityId: user.id, after: { by: 'admin' } });
    return { ...toActor(user), active: user.active, createdAt: user.createdAt.toISOString() };
  });
}
