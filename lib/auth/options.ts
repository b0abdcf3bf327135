import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/services/users';

/** next-auth configuration: email + password, JWT sessions; the role is re-read on every request. */
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
      async authorize(credentials) {
        const result = await authenticate({ email: credentials?.email ?? '', password: credentials?.password ?? '' });
        if (result.ok) return { id: result.actor.id, name: result.actor.name, email: result.actor.email };
        // next-auth passes this message to the sign-in page as the error code.
        if (result.reason === 'throttled') throw new Error(`THROTTLED:${result.retryAfterSeconds ?? 60}`);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
