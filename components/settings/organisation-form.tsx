'use client';
import { useActionState } from 'react';
import { updateOrganisationAction } from '@/app/settings/organisation/actions';
import type { OrganisationDto } from '@/lib/services/settings';
import { FactCheckUrlPatternField } from './fact-check-url-pattern-field';

export function OrganisationForm({ initial }: { initial: OrganisationDto }) {
  const [state, action, pending] = useActionState(updateOrganisationAction, null);
  const values = state?.values ?? initial;
  const fieldError = (name: string) => (state && !state.ok ? state.error.fields?.[name]?.join(' ') : undefined);
  return (
    <form action={action} className="card stack" aria-label="Organisation" noValidate style={{ maxWidth: 640 }}>
      {state && !state.ok && (
        <p className="form-error" role="alert" style={{ margin: 0 }}>
          {state.error.fields ? 'Nothing was saved: correct the fields marked below.' : state.error.message}
        </p>
      )}
      {state?.ok && (
        <p className="success" role="status" style={{ margin: 0 }}>
          Saved. Exports now name {state.data.orgName}.
        </p>
      )}
      <div>
        <label htmlFor="org-name">Organisation name</label>
        <input id="org-name" name="orgName" type="text" required defaultValue={values.orgName} key={`n-${values.orgName}`}
          aria-invalid={!!fieldError('orgName')} aria-describedby={fieldError('orgName') ? 'org-name-error' : undefined} />
        {fieldError('orgName') && <p id="org-name-error" className="field-error">{fieldError('orgName')}</p>}
      </div>
      <div>
        <label htmlFor="org-url">Organisation URL</label>
        <input id="org-url" name="orgUrl" type="url" required defaultValue={values.orgUrl} key={`u-${values.orgUrl}`}
          aria-invalid={!!fieldError('orgUrl')} aria-describedby={fieldError('orgUrl') ? 'org-url-error' : undefined} />
        {fieldError('orgUrl') && <p id="org-url-error" className="field-error">{fieldError('orgUrl')}</p>}
      </div>
      <FactCheckUrlPatternField value={values.factCheckUrlPattern ?? ''} error={fieldError('factCheckUrlPattern')} />
      <div>
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save organisation'}
        </button>
      </div>
    </form>
  );
}
