import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { FILTER_STATUSES, STATUS_LABEL } from '@/lib/review/status-labels';

export type SelectOption = { value: string; label: string };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & { id: string; label: string; options: readonly SelectOption[] };

/**
 * One filter or form select with its visible label: the filter bars of the article list, search
 * and the claims list are made of these. Works in server forms (name + defaultValue) and in
 * client components (value + onChange) alike.
 */
export function LabelledSelect({ id, label, options, ...select }: SelectProps) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { id: string; label: string };

/** A filter's text or date field with its visible label. */
export function LabelledInput({ id, label, ...input }: InputProps) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </div>
  );
}

/** "Any status" and the statuses a filter offers. */
export const statusOptions = (): SelectOption[] => [{ value: '', label: 'Any status' }, ...FILTER_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))];

/** "Any verdict", "No verdict yet" and the workspace's verdicts. */
export const verdictOptions = (verdicts: readonly { id: string; label: string }[]): SelectOption[] => [
  { value: '', label: 'Any verdict' },
  { value: 'none', label: 'No verdict yet' },
  ...verdicts.map((v) => ({ value: v.id, label: v.label })),
];

/** The team as options, without `meId` (offered as "Me" by the caller when it wants). */
export const peopleOptions = (team: readonly { id: string; name: string }[], meId?: string): SelectOption[] =>
  team.filter((u) => u.id !== meId).map((u) => ({ value: u.id, label: u.name }));
