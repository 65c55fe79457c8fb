'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';

/**
 * A modal confirmation on the native <dialog>: the browser traps focus,
 * Escape cancels, and focus returns to the opener on close.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first button; for a destructive action the safe choice gets focus.
      if (danger) cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, danger]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <h2 className="heading-m" id="confirm-dialog-title">
            {title}
          </h2>
          {children}
          <div className="button-group">
            <Button variant={danger ? 'warning' : 'primary'} onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
