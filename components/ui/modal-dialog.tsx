'use client';
import { useEffect, useId, useRef } from 'react';

/**
 * A native modal dialog (focus trapped, Esc closes, focus returns to where it was), shown while
 * `open`. Closing it any way calls `onClose` (possibly twice: keep it idempotent). With
 * `closeButton` the title row carries a Close button that takes the focus first.
 */
export function ModalDialog({
  open,
  title,
  onClose,
  children,
  testId,
  className = 'modal-dialog',
  closeButton = false,
}: {
  open: boolean;
  title: React.ReactNode;
  onClose: () => void;
  children: React.ReactNode;
  testId?: string;
  className?: string;
  closeButton?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      returnTo.current = document.activeElement;
      el.showModal();
    } else if (!open && el.open) el.close();
  }, [open]);

  const heading = (
    <h2 id={titleId} className={closeButton ? 'grow' : undefined} style={closeButton ? { margin: 0 } : undefined}>
      {title}
    </h2>
  );
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={() => {
        onClose();
        if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
      }}
    >
      {closeButton ? (
        <div className="row">
          {heading}
          <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>
            Close
          </button>
        </div>
      ) : (
        heading
      )}
      {open && children}
    </dialog>
  );
}

/** Asks before a change that is hard to undo; Cancel (first, and focused) is the safe answer. */
export function ConfirmDialog({ request, onDone }: { request: ConfirmRequest | null; onDone: () => void }) {
  return (
    <ModalDialog open={!!request} title={request?.title ?? ''} onClose={onDone} testId="confirm-dialog">
      {request && (
        <div className="stack">
          <p style={{ margin: 0 }}>{request.body}</p>
          <div className="row">
            <button type="button" className="btn" onClick={onDone} autoFocus>
              Cancel
            </button>
            <button
              type="button"
              className={`btn ${request.danger ? 'danger' : 'primary'}`}
              onClick={() => {
                onDone();
                request.onConfirm();
              }}
            >
              {request.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}

export type ConfirmRequest = { title: string; body: string; confirmLabel: string; danger?: boolean; onConfirm: () => void };
