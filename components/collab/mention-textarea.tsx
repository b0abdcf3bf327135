'use client';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { mentionQueryAt } from '@/lib/collab/mentions';
import styles from './collab.module.css';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  team: { id: string; name: string }[];
  rows?: number;
  maxLength?: number;
  describedBy?: string;
  placeholder?: string;
  onSubmitShortcut?: () => void;
};

/** A textarea that suggests teammates after `@` (arrows to choose, Enter or Tab to insert, Esc to close). */
export function MentionTextarea({ id, label, value, onChange, team, rows = 3, maxLength, describedBy, placeholder, onSubmitShortcut }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);

  const needle = query?.query.toLocaleLowerCase('en') ?? '';
  const suggestions = query
    ? team.filter((m) => m.name.toLocaleLowerCase('en').startsWith(needle) || m.name.toLocaleLowerCase('en').split(/\s+/).some((w) => w.startsWith(needle))).slice(0, 6)
    : [];
  const open = suggestions.length > 0 && !(suggestions.length === 1 && suggestions[0].name.toLocaleLowerCase('en') === needle);

  function update(text: string, caret: number) {
    onChange(text);
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  }

  function insert(name: string) {
    const el = ref.current;
    if (!query || !el) return;
    const caret = el.selectionStart ?? value.length;
    const next = `${value.slice(0, query.start)}@${name} ${value.slice(caret)}`;
    const at = query.start + name.length + 2;
    onChange(next);
    setQuery(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(at, at);
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && onSubmitShortcut) {
      e.preventDefault();
      onSubmitShortcut();
      return;
    }
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      insert(suggestions[active].name);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery(null);
    }
  }

  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Mention a teammate" className={styles.suggestions}>
          {suggestions.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                insert(m.name);
              }}
            >
              @{m.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
