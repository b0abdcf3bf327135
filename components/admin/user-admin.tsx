'use client';
import { useActionState, useState, useTransition } from 'react';
import { createUserAction, updateUserAction } from '@/app/admin/users/actions';
import type { UserDto } from '@/lib/services/users';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { FormError } from '@/components/ui/form-error';

export function UserAdmin({ users, meId }: { users: UserDto[]; meId: string }) {
  const [state, action, pending] = useActionState(createUserAction, null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const fieldError = (name: string) => (state && !state.ok ? state.error.fields?.[name]?.join(' ') : undefined);

  function update(userId: string, change: { role?: Role; active?: boolean }) {
    setRowError(null);
    startTransition(async () => {
      const result = await updateUserAction({ userId, ...change });
      if (!result.ok) setRowError(result.error.message);
    });
  }

  return (
    <div className="stack">
      <FormError message={rowError} />
      <table className="list" aria-label="Users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <select aria-label={`Role of ${u.name}`} value={u.role} disabled={u.id === meId} onChange={(e) => update(u.id, { role: e.target.value as Role })}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="btn" disabled={u.id === meId} onClick={() => update(u.id, { active: !u.active })} aria-label={`${u.active ? 'Deactivate' : 'Activate'} ${u.name}`}>
                  {u.active ? 'Active · deactivate' : 'Inactive · activate'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form action={action} className="card stack" aria-label="Add a user" noValidate>
        <h2>Add a user</h2>
        <FormError message={state && !state.ok ? (state.error.fields ? 'Please correct the highlighted fields.' : state.error.message) : null} />
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
