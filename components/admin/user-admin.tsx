'use client';
import { useActionState, useState, useTransition } from 'react';
import { createUserAction, updateUserAction } from '@/app/admin/users/actions';
import type { UserDto } from '@/lib/services/users';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { FormError } from '@/components/ui/form-error';
import { ConfirmDialog, type ConfirmRequest } from '@/components/ui/modal-dialog';
import { useFieldErrors } from '@/components/ui/use-field-errors';
import { ResetPasswordDialog } from './reset-password-dialog';

const ARTICLE: Record<Role, string> = { admin: 'an admin', editor: 'an editor', reviewer: 'a reviewer' };

export function UserAdmin({ users, meId }: { users: UserDto[]; meId: string }) {
  const [state, action, pending] = useActionState(createUserAction, null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [resetFor, setResetFor] = useState<UserDto | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const fields = useFieldErrors(state, state && !state.ok ? state.error.fields : undefined);
  const fieldError = fields.error;

  function update(user: UserDto, change: { role?: Role; active?: boolean }) {
    setRowError(null);
    setStatus('');
    setBusyId(user.id);
    startTransition(async () => {
      const result = await updateUserAction({ userId: user.id, ...change });
      setBusyId(null);
      if (!result.ok) {
        setRowError(result.error.message);
        return;
      }
      if (change.role) setStatus(`${user.name} is now ${ARTICLE[change.role]}. They were signed out and get the new role when they sign in again.`);
      else if (change.active === false) setStatus(`${user.name} is deactivated and was signed out everywhere. Their work stays.`);
      else setStatus(`${user.name} is active again and can sign in.`);
    });
  }

  function changeRole(user: UserDto, role: Role) {
    if (role === user.role) return;
    if (user.role !== 'admin') return update(user, { role });
    setConfirm({
      title: `Make ${user.name} ${ARTICLE[role]}?`,
      body: `${user.name} loses admin access (users, settings, API tokens) and is signed out everywhere at once.`,
      confirmLabel: `Make ${ARTICLE[role]}`,
      danger: true,
      onConfirm: () => update(user, { role }),
    });
  }

  function toggleActive(user: UserDto) {
    if (!user.active) return update(user, { active: true });
    setConfirm({
      title: `Deactivate ${user.name}?`,
      body: `${user.name} is signed out everywhere at once and cannot sign in until an admin activates the account again. Their articles, verdicts and comments stay.`,
      confirmLabel: 'Deactivate',
      danger: true,
      onConfirm: () => update(user, { active: false }),
    });
  }

  return (
    <div className="stack">
      <FormError message={rowError} />
      <p className="status-message" role="status" data-testid="user-admin-status">
        {status}
      </p>
      <table className="list" aria-label="Users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Password</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const me = u.id === meId;
            return (
              <tr key={u.id} aria-busy={busyId === u.id}>
                <td>{u.name}</td>
                <td data-label="Email">{u.email}</td>
                <td data-label="Role">
                  <select aria-label={`Role of ${u.name}`} value={u.role} disabled={me || busyId === u.id} onChange={(e) => changeRole(u, e.target.value as Role)}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td data-label="Status">
                  <button type="button" className="btn" disabled={me || busyId === u.id} onClick={() => toggleActive(u)} aria-label={`${u.active ? 'Deactivate' : 'Activate'} ${u.name}`}>
                    {u.active ? 'Active · deactivate' : 'Inactive · activate'}
                  </button>
                </td>
                <td data-label="Password">
                  {me ? (
                    <span className="small muted">Ask another admin</span>
                  ) : (
                    <button type="button" className="btn" onClick={() => { setStatus(''); setResetFor(u); }} aria-label={`Reset the password of ${u.name}`}>
                      Reset password
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ConfirmDialog request={confirm} onDone={() => setConfirm(null)} />
      <ResetPasswordDialog user={resetFor} onClose={() => setResetFor(null)} onDone={setStatus} />
      <form action={action} onChange={fields.onChange} className="card stack" aria-label="Add a user" noValidate>
        <h2>Add a user</h2>
        <FormError message={state && !state.ok ? (state.error.fields ? (fields.any ? 'Please correct the highlighted fields.' : null) : state.error.message) : null} />
        {state?.ok && <p className="success">Added {state.data.name}.</p>}
        <div className="grid2">
          <div>
            <label htmlFor="new-name">Name</label>
            <input id="new-name" name="name" type="text" required defaultValue={state?.values?.name} aria-invalid={!!fieldError('name')} aria-describedby="new-name-error" />
            {fieldError('name') && (
              <p className="field-error" id="new-name-error">
                {fieldError('name')}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="new-email">Email</label>
            <input id="new-email" name="email" type="email" required defaultValue={state?.values?.email} aria-invalid={!!fieldError('email')} aria-describedby="new-email-error" />
            {fieldError('email') && (
              <p className="field-error" id="new-email-error">
                {fieldError('email')}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="new-role">Role</label>
            <select id="new-role" name="role" defaultValue={state?.values?.role ?? 'reviewer'}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="new-password">Initial password</label>
            <input id="new-password" name="password" type="password" required minLength={10} autoComplete="new-password" aria-invalid={!!fieldError('password')} aria-describedby="new-password-error" />
            {fieldError('password') && (
              <p className="field-error" id="new-password-error">
                {fieldError('password')}
              </p>
            )}
          </div>
        </div>
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Adding…' : 'Add user'}
        </button>
      </form>
    </div>
  );
}
