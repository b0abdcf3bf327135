import { AppError } from '@/lib/errors';

export const ROLES = ['reviewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'article:read'
  | 'article:create'
  | 'article:edit'
  | 'article:delete'
  | 'claim:review'
  | 'claim:approve'
  | 'claim:assign'
  | 'export:read'
  | 'extraction:configure'
  | 'user:manage'
  | 'settings:manage';

const REVIEWER: Permission[] = ['article:read', 'article:create', 'article:edit', 'claim:review'];
const EDITOR: Permission[] = [...REVIEWER, 'claim:approve', 'claim:assign', 'export:read', 'article:delete', 'extraction:configure'];
const ADMIN: Permission[] = [...EDITOR, 'user:manage', 'settings:manage'];

/** The one table from role to permissions. */
export const PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  reviewer: new Set(REVIEWER),
  editor: new Set(EDITOR),
  admin: new Set(ADMIN),
};

/** Who is asking: what every service takes first. */
export type Actor = { id: string; role: Role; name: string; email: string };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && PERMISSIONS[actor.role]?.has(permission) === true;
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', `Your role (${actor.role}) may not do this.`);
}
