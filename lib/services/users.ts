import { prisma } from '@/lib/db';
import { assertCan, ROLES, type Actor, type Role } from '@/lib/auth/permissions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { signInSchema, userCreateSchema, userUpdateSchema, type UserCreateInput, type UserUpdateInput } from '@/lib/validation/user';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';

/** After this many failures in a row, each further attempt waits longer (doubling, capped). */
const FREE_ATTEMPTS = 5;
const MAX_LOCK_SECONDS = 15 * 60;

// Verified against when the email is unknown, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

export type AuthResult = { ok: true; actor: Actor } | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

/** Checks an email and password, slowing down repeated failures for that email. */
export async function authenticate(input: { email: string; password: string }): Promise<AuthResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const key = `email:${email}`;
  const throttle = await prisma.loginThrottle.findUnique({ where: { key } });
  if (throttle?.lockedUntil && throttle.lockedUntil > new Date()) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil((throttle.lockedUntil.getTime() - Date.now()) / 1000) };
  }
  const user = await prisma.user.findUnique({ where: { email } });
  dummyHash ??= hashPassword('not-a-real-password');
  const valid = user && user.active ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyHash, password), false);
  if (!valid || !user) {
    const failures = (throttle?.failures ?? 0) + 1;
    const lockSeconds = failures >= FREE_ATTEMPTS ? Math.min(MAX_LOCK_SECONDS, 2 ** (failures - FREE_ATTEMPTS) * 5) : 0;
    await prisma.loginThrottle.upsert({
      where: { key },
      create: { key, failures, lockedUntil: lockSeconds ? new Date(Date.now() + lockSeconds * 1000) : null },
      update: { failures, lockedUntil: lockSeconds ? new Date(Date.now() + lockSeconds * 1000) : null },
    });
    return { ok: false, reason: 'invalid' };
  }
  if (throttle) await prisma.loginThrottle.delete({ where: { key } }).catch(() => undefined);
  return { ok: true, actor: toActor(user) };
}

function toActor(u: { id: string; role: string; name: string; email: string }): Actor {
  const role = (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : 'reviewer';
  return { id: u.id, role, name: u.name, email: u.email };
}

/** The current state of a signed-in user (role changes and deactivation apply at once). */
export async function findActiveActor(userId: string): Promise<Actor | null> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  return user && user.active ? toActor(user) : null;
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
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.userId } });
    if (!before) throw new AppError('NOT_FOUND', 'This user does not exist.');
    const user = await tx.user.update({ where: { id: before.id }, data: { role: data.role, active: data.active } });
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      before: { role: before.role, active: before.active },
      after: { role: user.role, active: user.active },
    });
    return { ...toActor(user), active: user.active, createdAt: user.createdAt.toISOString() };
  });
}
