'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { createVerdictAction, removeVerdictAction, reorderVerdictsAction, updateVerdictAction } from '@/app/settings/verdicts/actions';
import type { VerdictUsageDto } from '@/lib/services/verdict-scale';
import { FormError } from '@/components/ui/form-error';

type Errors = { message: string; fields?: Record<string, string[]> } | null;

/** One summary in the alert when fields are wrong (each field shows its own message), else the message. */
const errorsOf = (e: { message: string; fields?: Record<string, string[]> }): Errors =>
  e.fields && Object.keys(e.fields).length > 0 ? { message: 'Please correct the highlighted fields.', fields: e.fields } : { message: e.message };

function fieldsOf(form: HTMLFormElement) {
  const f = new FormData(form);
  return {
    label: String(f.get('label') ?? ''),
    colour: String(f.get('colour') ?? ''),
    ratingValue: String(f.get('ratingValue') ?? ''),
    description: String(f.get('description') ?? ''),
  };
}

function VerdictFields({ idp, verdict, error }: { idp: string; verdict?: VerdictUsageDto; error: Errors }) {
  const err = (name: string) =>
    error?.fields?.[name] ? (
      <p className="field-error" id={`${idp}-${name}-error`}>
        {error.fields[name].join(' ')}
      </p>
    ) : null;
  const aria = (name: string) => (error?.fields?.[name] ? { 'aria-invalid': true, 'aria-describedby': `${idp}-${name}-error` } : {});
  return (
    <div className="grid2">
      <div>
        <label htmlFor={`${idp}-label`}>Label</label>
        <input id={`${idp}-label`} name="label" type="text" defaultValue={verdict?.label} maxLength={60} {...aria('label')} />
        {err('label')}
      </div>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <div>
          <label htmlFor={`${idp}-colour`}>Colour</label>
          <input id={`${idp}-colour`} name="colour" type="color" defaultValue={verdict?.colour ?? '#607d8b'} {...aria('colour')} />
          {err('colour')}
        </div>
        <div className="grow">
          <label htmlFor={`${idp}-ratingValue`}>Rating value</label>
          <input id={`${idp}-ratingValue`} name="ratingValue" type="number" min={1} max={100} step={1} defaultValue={verdict?.ratingValue ?? ''} {...aria('ratingValue')} />
          {err('ratingValue')}
        </div>
      </div>
      <div style={{ gridColumn: '1 / -1' }}>
        <label htmlFor={`${idp}-description`}>Description (help in the verdict picker)</label>
        <textarea id={`${idp}-description`} name="description" rows={2} defaultValue={verdict?.description ?? ''} maxLength={500} {...aria('description')} />
        {err('description')}
      </div>
    </div>
  );
}

function VerdictRow({ verdict, index, count, onMove }: { verdict: VerdictUsageDto; index: number; count: number; onMove: (delta: -1 | 1) => void }) {
  const router = useRouter();
  const [error, setError] = useState<Errors>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const idp = `verdict-${verdict.id}`;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fields = fieldsOf(e.currentTarget);
    setError(null);
    setSaved(null);
    startTransition(async () => {
      const result = await updateVerdictAction({ verdictId: verdict.id, ...fields });
      if (result.ok) {
        setSaved('Saved.');
        router.refresh();
      } else setError(errorsOf(result.error));
    });
  }

  function remove() {
    if (!window.confirm(`Remove the verdict “${verdict.label}”?`)) return;
    setError(null);
    startTransition(async () => {
      const result = await removeVerdictAction({ verdictId: verdict.id });
      if (result.ok) router.refresh();
      else setError({ message: result.error.message });
    });
  }

  return (
    <li className="card stack" data-testid="verdict-row" aria-labelledby={`${idp}-heading`}>
      <div className="row">
        <span className="swatch" style={{ width: 14, height: 14, background: verdict.colour }} aria-hidden />
        <h2 id={`${idp}-heading`} className="grow" style={{ margin: 0, fontSize: '1rem' }}>
          {index + 1}. {verdict.label}
        </h2>
        <span className="small muted">
          {verdict.claimCount} claim{verdict.claimCount === 1 ? '' : 's'}
        </span>
        <button type="button" className="btn" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move up: ${verdict.label}`}>
          ↑
        </button>
        <button type="button" className="btn" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move down: ${verdict.label}`}>
          ↓
        </button>
      </div>
      <form className="stack" onSubmit={onSubmit} aria-label={`Edit ${verdict.label}`} noValidate>
        <FormError message={error?.message} />
        <VerdictFields idp={idp} verdict={verdict} error={error} />
        <div className="row">
          <button type="submit" className="btn primary" disabled={pending} aria-label={`Save ${verdict.label}`}>
            Save
          </button>
          <span className="small success" aria-live="polite">
            {saved}
          </span>
          <span className="grow" />
          <button type="button" className="btn danger" onClick={remove} disabled={pending} aria-label={`Remove ${verdict.label}`}>
            Remove
          </button>
        </div>
      </form>
    </li>
  );
}

/** Admins edit the verdict scale: one form per verdict, reorder buttons, and a form to add one. */
export function VerdictScaleEditor({ scale }: { scale: VerdictUsageDto[] }) {
  const router = useRouter();
  const [error, setError] = useState<Errors>(null);
  const [orderError, setOrderError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [pending, startTransition] = useTransition();

  function move(index: number, delta: -1 | 1) {
    const order = scale.map((v) => v.id);
    [order[index], order[index + delta]] = [order[index + delta], order[index]];
    setOrderError(null);
    startTransition(async () => {
      const result = await reorderVerdictsAction({ order });
      if (result.ok) router.refresh();
      else setOrderError(result.error.message);
    });
  }

  function onAdd(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fields = fieldsOf(e.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await createVerdictAction(fields);
      if (result.ok) {
        setFormKey((k) => k + 1);
        router.refresh();
      } else setError(errorsOf(result.error));
    });
  }

  return (
    <div className="stack">
      <FormError message={orderError} />
      <ol className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Verdict scale" aria-busy={pending}>
        {scale.map((v, i) => (
          <VerdictRow key={v.id} verdict={v} index={i} count={scale.length} onMove={(d) => move(i, d)} />
        ))}
      </ol>
      <form key={formKey} className="card stack" onSubmit={onAdd} aria-labelledby="add-verdict-heading" noValidate>
        <h2 id="add-verdict-heading">Add a verdict</h2>
        <FormError message={error?.message} />
        <VerdictFields idp="verdict-new" error={error} />
        <div>
          <button type="submit" className="btn primary" disabled={pending}>
            Add verdict
          </button>
        </div>
      </form>
    </div>
  );
}
