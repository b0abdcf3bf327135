import type { NextAuthOptions, Session } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { authenticate, endSessions, findSessionActor } from '@/lib/services/users';
import type { Actor } from './permissions';
import { safeRedirect } from './callback-url';
import { clientAddress, DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceToken, trustedProxies, type HeaderBag } from './sign-in-client';

/** What the session token carries besides next-auth's own fields. */
type ClaimdeskToken = { uid?: string; sv?: number };

/** A session as the app reads it: the actor, fresh from the database on every request. */
export type ClaimdeskSession = Session & { actor: Actor };

/** Remembers this browser as one the user signs in from (lib/auth/sign-in-client.ts). */
async function setDeviceCookie(token: string): Promise<void> {
  const jar = await cookies();
  jar.set(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/api/auth',
    maxAge: DEVICE_COOKIE_MAX_AGE,
    secure: (process.env.NEXTAUTH_URL ?? '').startsWith('https:'),
  });
}

/**
 * next-auth configuration: email + password, JWT sessions. The token carries the user's session
 * version; every request re-reads the user and refuses a token whose version is no longer current
 * (lib/auth/session.ts), so sign-out, deactivation and role or password changes end sessions at once.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as HeaderBag;
        const result = await authenticate(
          { email: credentials?.email ?? '', password: credentials?.password ?? '' },
          { address: clientAddress(headers), deviceToken: deviceToken(headers), trustAddress: trustedProxies() > 0 },
        );
        if (result.ok) {
          await setDeviceCookie(result.deviceToken);
          return { id: result.actor.id, name: result.actor.name, email: result.actor.email, sessionVersion: result.sessionVersion };
        }
        // next-auth passes these messages to the sign-in page as the error code.
        if (result.reason === 'throttled') throw new Error(`THROTTLED:${result.retryAfterSeconds ?? 60}`);
        if (result.reason === 'deactivated') throw new Error('DEACTIVATED');
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const t = token as typeof token & ClaimdeskToken;
        t.uid = user.id;
        t.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    // Runs for every getServerSession() and /api/auth/session: the user is read fresh, and a session
    // whose version is no longer current (or whose user is deactivated) is no session at all.
    async session({ session, token }) {
      const t = token as typeof token & ClaimdeskToken;
      const actor = typeof t.uid === 'string' && typeof t.sv === 'number' ? await findSessionActor(t.uid, t.sv) : null;
      // next-auth answers an empty object when there is no session.
      if (!actor) return {} as unknown as Session;
      const fresh: ClaimdeskSession = { ...session, user: { name: actor.name, email: actor.email }, actor };
      return fresh;
    },
    async redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
  events: {
    // Signing out ends every session of the user, including copies of this cookie kept elsewhere.
    async signOut({ token }) {
      const t = (token ?? {}) as ClaimdeskToken;
      if (typeof t.uid === 'string' && typeof t.sv === 'number') await endSessions(t.uid, t.sv);
    },
  },
};
