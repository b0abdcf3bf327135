import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions, type ClaimdeskSession } from './options';
import { can, type Actor, type Permission } from './permissions';
import { AppError } from '@/lib/errors';

/**
 * The signed-in user, read fresh from the database, or null: also null once the session has been
 * ended (sign-out anywhere, deactivation, a role or password change raise the user's session version).
 */
export async function currentActor(): Promise<Actor | null> {
  // The session callback (lib/auth/options.ts) reads the user and checks the session version.
  const session = (await getServerSession(authOptions)) as Partial<ClaimdeskSession> | null;
  return session?.actor ?? null;
}

/** For pages: sends a signed-out visitor to sign-in, and a user without the permission to an error. */
export async function requirePageActor(returnTo: string, permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (permission && !can(actor, permission)) redirect('/forbidden');
  return actor;
}

/** For server actions and route handlers: throws UNAUTHENTICATED when signed out. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again; nothing was saved.');
  return actor;
}
