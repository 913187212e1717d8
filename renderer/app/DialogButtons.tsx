/**
 * The foot of a dialog that acts on a click: why its last try failed, then its row of buttons; and the
 * usual pair of those buttons. Written once so the dialogs' feet cannot drift apart.
 */
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

/** The failure alert, then the dialog's row of buttons. */
export function DialogButtons({ error, children }: { error: string | null; children: ReactNode }) {
  return (
    <>
      <ErrorAlert error={error} />
      <div className="dialog-buttons">{children}</div>
    </>
  );
}

interface CancelAndActProps {
  error: string | null;
  /** The first button's text, if not Cancel. */
  cancel?: string;
  onCancel: () => void;
  disabled: boolean;
  onAct: () => void;
  /** The action button's text. */
  children: ReactNode;
}

/** The usual foot: Cancel (or Close), then the dialog's one action as its primary button. */
export function CancelAndAct({ error, cancel = 'Cancel', onCancel, disabled, onAct, children }: CancelAndActProps) {
  return (
    <DialogButtons error={error}>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
      <button type="button" className="primary" disabled={disabled} onClick={onAct}>
        {children}
      </button>
    </DialogButtons>
  );
}
