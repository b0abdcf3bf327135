import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/session';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackPath } from '@/lib/auth/callback-url';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only a path of this app, normalised as the browser will read it: never an open redirect.
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  return (
    <main className="page" style={{ maxWidth: 420 }}>
      <div className="card stack">
        <h1>Sign in to Claimdesk</h1>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
