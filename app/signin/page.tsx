import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/session';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  // Only same-site paths: never an open redirect.
  return v && v.startsWith('/') && !v.startsWith('//') ? v : '/';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
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
