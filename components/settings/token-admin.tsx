'use client';
import { useActionState, useState, useTransition } from 'react';
import { createTokenAction, revokeTokenAction } from '@/app/settings/tokens/actions';
import type { TokenDto } from '@/lib/services/tokens';
import { FormError } from '@/components/ui/form-error';

const when = (iso: string | null, empty: string) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : empty);

export function TokenAdmin({ tokens }: { tokens: TokenDto[] }) {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, startRevoke] = useTransition();
  const fieldError = (name: string) => (state && !state.ok ? state.error.fields?.[name]?.join(' ') : undefined);
  const justCreated = state?.ok ? state.data : null;
  // Once revoked, the secret is useless: stop showing it.
  const created = justCreated && tokens.find((t) => t.id === justCreated.id)?.state !== 'revoked' ? justCreated : null;

  function revoke(token: TokenDto) {
    setRowError(null);
    startRevoke(async () => {
      const result = await revokeTokenAction(token.id);
      if (!result.ok) setRowError(result.error.message);
    });
  }

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="stack">
      {created && (
        <section className="card stack" aria-labelledby="new-token-heading">
          <h2 id="new-token-heading">Token “{created.name}” created</h2>
          <p>
            <strong>Copy it now: it is shown only this once.</strong> Claimdesk keeps only a hash of it.
          </p>
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <input
              aria-label="New API token"
              type="text"
              readOnly
              value={created.token}
              style={{ fontFamily: 'ui-monospace, monospace', flex: 1 }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="btn" onClick={() => copy(created.token)}>
              {copied ? 'Copied' : 'Copy token'}
            </button>
          </div>
        </section>
      )}
      <FormError message={rowError} />
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <table className="list" aria-label="API tokens">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Scope</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td data-label="Starts with">
                  <code>{t.prefix}…</code>
                </td>
                <td data-label="Scope">{t.scope === 'write' ? 'read and write' : 'read'}</td>
                <td data-label="Created">
                  {when(t.createdAt, '')} <span className="muted">by {t.createdBy}</span>
                </td>
                <td data-label="Expires">{when(t.expiresAt, 'never')}</td>
                <td data-label="Last used">{when(t.lastUsedAt, 'never')}</td>
                <td>
                  <span className="badge">{t.state}</span>
                </td>
                <td>
                  {t.state !== 'revoked' && (
                    <button type="button" className="btn danger" disabled={revoking} onClick={() => revoke(t)} aria-label={`Revoke token ${t.name}`}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form action={action} className="card stack" aria-label="Create a token" noValidate>
        <h2>Create a token</h2>
        <FormError message={state && !state.ok ? state.error.message : null} />
        <div className="grid2">
          <div>
            <label htmlFor="token-name">Name</label>
            <input id="token-name" name="name" type="text" required maxLength={100} placeholder="e.g. Newsroom CMS" defaultValue={state?.values?.name} aria-describedby={fieldError('name') ? 'token-name-error' : undefined} />
            {fieldError('name') && (
              <p className="field-error" id="token-name-error">
                {fieldError('name')}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="token-scope">Scope</label>
            <select id="token-scope" name="scope" defaultValue={state?.values?.scope ?? 'read'}>
              <option value="read">read</option>
              <option value="write">read and write</option>
            </select>
            {fieldError('scope') && <p className="field-error">{fieldError('scope')}</p>}
          </div>
          <div>
            <label htmlFor="token-expires">Expires on (optional)</label>
            <input id="token-expires" name="expiresAt" type="date" defaultValue={state?.values?.expiresAt} aria-describedby={fieldError('expiresAt') ? 'token-expires-error' : undefined} />
            {fieldError('expiresAt') && (
              <p className="field-error" id="token-expires-error">
                {fieldError('expiresAt')}
              </p>
            )}
          </div>
        </div>
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </button>
      </form>
    </div>
  );
}
