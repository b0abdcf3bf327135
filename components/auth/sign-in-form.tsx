'use client';
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { safeCallbackPath } from '@/lib/auth/callback-url';

function messageFor(error: string): string {
  if (error.startsWith('THROTTLED:')) {
    const seconds = Number(error.split(':')[1]) || 60;
    return `Too many failed attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  }
  if (error === 'DEACTIVATED') return 'This account is deactivated. Ask an admin to reactivate it.';
  if (error === 'CredentialsSignin') return 'Wrong email or password.';
  return 'Sign-in failed. Please try again.';
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(messageFor(result?.error ?? ''));
      return;
    }
    window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {error && (
        <p className="form-error" role="alert" data-testid="signin-error">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="btn primary" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
