'use client';
import { useEffect, useRef } from 'react';
import type { VerdictDto } from '@/lib/services/dto';
import { ModalDialog } from '@/components/ui/modal-dialog';

/** Every workbench shortcut, as the `?` dialog lists it. */
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['j', '↓'], action: 'Next claim in the list' },
  { keys: ['k', '↑'], action: 'Previous claim in the list' },
  { keys: ['Enter', 'o'], action: 'Open the selected claim (focus its panel)' },
  { keys: ['1', '…', '9'], action: 'Set the verdict by its place in the scale, and save' },
  { keys: ['r'], action: 'Write the rationale' },
  { keys: ['s'], action: 'Add a source' },
  { keys: ['x'], action: 'Mark not check-worthy (dismiss)' },
  { keys: ['a'], action: 'Approve the verdict (editors)' },
  { keys: ['n'], action: 'Next unreviewed claim' },
  { keys: ['Ctrl', 'Enter'], action: 'Save the claim while typing' },
  { keys: ['Esc'], action: 'Leave a field, back to the list' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

export type ShortcutHandlers = {
  move: (delta: 1 | -1) => void;
  /** Opens the current claim (a focused list row is always the current claim's: roving tabindex). */
  open: () => void;
  verdict: (position: number) => void;
  rationale: () => void;
  addSource: () => void;
  dismiss: () => void;
  approve: () => void;
  nextUnreviewed: () => void;
  help: () => void;
  leave: () => void;
};

/** True while the user types in a field: shortcuts must not fire then. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range'].includes(type);
}

/** Listens for the workbench keys on the window; the latest handlers are always used. */
export function useWorkbenchShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const h = ref.current;
      if (e.key === 'Escape') {
        if (e.target instanceof HTMLElement && e.target.closest('[data-testid="claim-panel"]')) h.leave();
        return;
      }
      if (isTyping(e.target)) return;
      const onButton = e.target instanceof HTMLElement && !!e.target.closest('button, a, summary');
      const inList = e.target instanceof HTMLElement && !!e.target.closest('.claim-list');
      let handled = true;
      if (e.key === 'j' || e.key === 'ArrowDown') h.move(1);
      else if (e.key === 'k' || e.key === 'ArrowUp') h.move(-1);
      // Enter on a button or link outside the list must still press that button.
      else if (e.key === 'o' || (e.key === 'Enter' && (!onButton || inList))) h.open();
      else if (/^[1-9]$/.test(e.key)) h.verdict(Number(e.key));
      else if (e.key === 'r') h.rationale();
      else if (e.key === 's') h.addSource();
      else if (e.key === 'x') h.dismiss();
      else if (e.key === 'a') h.approve();
      else if (e.key === 'n') h.nextUnreviewed();
      else if (e.key === '?') h.help();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The `?` dialog: a modal listing every shortcut; Escape or the button closes it and focus returns. */
export function ShortcutsDialog({ open, onClose, verdicts }: { open: boolean; onClose: () => void; verdicts: VerdictDto[] }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts" className="modal-dialog shortcuts-dialog" closeButton>
      <p className="small muted">Shortcuts work whenever you are not typing in a field. Every one also has a button.</p>
      <table aria-label="Keyboard shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k + i}>
                    {i > 0 && ' '}
                    <kbd className="kbd">{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 style={{ marginTop: '0.8rem' }}>Verdict keys</h3>
      <ol className="small" style={{ margin: 0, columns: 2 }}>
        {verdicts.slice(0, 9).map((v) => (
          <li key={v.id}>{v.label}</li>
        ))}
      </ol>
    </ModalDialog>
  );
}
