'use client';
import { useState, useTransition } from 'react';
import { resetUserPasswordAction } from '@/app/admin/users/actions';
import type { UserDto } from '@/lib/services/users';
import type { ErrorBody } from '@/lib/errors';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/components/ui/use-field-errors';

/** Sets a new password for another user; every session of theirs ends. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserDto | null; onClose: () => void; onDone: (message: string) => void }) {
  return (
    <ModalDialog open={!!user} title={user ? `Reset the password of ${user.name}` : 'Reset password'} onClose={onClose} testId="reset-password-dialog">
      {user && <ResetPasswordForm key={user.id} user={user} onClose={onClose} onDone={onDone} />}
    </ModalDialog>
  );
}

function ResetPasswordForm({ user, onClose, onDone }: { user: UserDto; onClose: () => void; onDone: (message: string) => void }) {
  const [failure, setFailure] = useState<ErrorBody | null>(null);
  const [pending, startTransition] = useTransition();
  const fields = useFieldErrors(failure, failure?.error.fields);
  const passwordError = fields.error('password');

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    startTransition(async () => {
      const result = await resetUserPasswordAction({ userId: user.id, password });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      onDone(`New password set for ${user.name}; they were signed out everywhere. Give them the new password in person or another safe way.`);
      onClose();
    });
  }

  return (
    <form className="stack" onSubmit={submit} onChange={fields.onChange} noValidate>
      <p className="small muted" style={{ margin: 0 }}>
        {user.email} will be signed out on every device at once and signs in again with the new password.
      </p>
      <FormError message={failure && !failure.error.fields ? failure.error.message : null} />
      <div>
        <label htmlFor="reset-password">New password</label>
        <input id="reset-password" name="password" type="password" autoComplete="new-password" required minLength={10} autoFocus aria-invalid={!!passwordError} aria-describedby="reset-password-help reset-password-error" />
        <p className="small muted" id="reset-password-help" style={{ margin: '0.2rem 0 0' }}>
          At least 10 characters.
        </p>
        {passwordError && (
          <p className="field-error" id="reset-password-error">
            {passwordError}
          </p>
        )}
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Setting…' : 'Set new password'}
        </button>
      </div>
    </form>
  );
}
