'use client';
import { useState } from 'react';

/**
 * Field errors from the last submission that disappear from a field as soon as it is edited, so a
 * fixed field never keeps its old complaint ("Already in use.") until the next submit. `result` is the
 * submission's state: a new one shows all its errors again.
 */
export function useFieldErrors(result: unknown, fields: Record<string, string[]> | undefined) {
  const [edited, setEdited] = useState<{ result: unknown; names: string[] }>({ result, names: [] });
  const names = edited.result === result ? edited.names : [];
  const error = (name: string): string | undefined => (names.includes(name) ? undefined : fields?.[name]?.join(' ') || undefined);
  return {
    error,
    /** Whether any field still shows an error. */
    any: Object.keys(fields ?? {}).some((name) => error(name)),
    /** Put on the form (or a field): an edit clears that field's error. */
    onChange: (event: React.FormEvent<HTMLElement>) => {
      const name = (event.target as Partial<HTMLInputElement>).name;
      if (!name || names.includes(name)) return;
      setEdited({ result, names: [...names, name] });
    },
  };
}
