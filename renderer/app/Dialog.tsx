/**
 * The one modal dialog shell, for every dialog of the app: it takes the focus when it opens (the element
 * marked data-autofocus, else the first control), keeps Tab and Shift+Tab inside, makes the page behind it
 * inert, closes on Escape (when it can be closed) and gives the focus back to what opened it.
 *
 *   <Dialog titleId="backups-title" onClose={close}><h2 id="backups-title">Backups</h2>...</Dialog>
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { focusIsLost, focusPageHeading, focusQuietly, tabbables } from './focus';

interface Props {
  /** The id of the dialog's heading, which names it. */
  titleId: string;
  /** The id of the text that says what the dialog is about, read on opening. */
  describedBy?: string;
  /** Without it the dialog cannot be dismissed (a choice must be made); Escape then does nothing. */
  onClose?: () => void;
  /** alertdialog for a dialog that interrupts (the damaged-file choice). */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children: ReactNode;
}

/** Sets `inert` on everything outside the dialog (up to <body>), and returns how to undo it. */
function inertOutside(dialog: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let el: HTMLElement | null = dialog; el && el !== document.body; el = el.parentElement) {
    for (const sibling of el.parentElement?.children ?? []) {
      // Live regions stay awake: messages made while the dialog is open must still be heard.
      if (sibling === el || !(sibling instanceof HTMLElement) || sibling.inert || /polite|assertive/.test(sibling.getAttribute('aria-live') ?? '')) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => changed.forEach((el) => (el.inert = false));
}

export function Dialog({ titleId, describedBy, onClose, role = 'dialog', className = '', children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Layout effects: the focus moves in before the dialog is painted, and back out before it is removed,
  // so there is no moment with the focus on the page body.
  useLayoutEffect(() => {
    const dialog = box.current;
    if (!dialog) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const wake = inertOutside(dialog);
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabbables(dialog)[0];
    if (!focusQuietly(first)) focusQuietly(dialog);
    return () => {
      wake();
      // Give the focus back (unless the dialog's action put it somewhere else); if the opener went, to the heading.
      if (!dialog.contains(document.activeElement) && !focusIsLost()) return;
      if (!(opener?.isConnected && focusQuietly(opener))) focusPageHeading();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.stopPropagation();
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const stops = tabbables(box.current);
    if (!stops.length) return e.preventDefault();
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === stops.length - 1 || at < 0 ? 0 : at + 1;
    // Only the wrap-around is ours; between stops the browser's own order applies.
    if ((e.shiftKey && at <= 0) || (!e.shiftKey && (at === stops.length - 1 || at < 0))) {
      e.preventDefault();
      stops[next].focus();
    }
  };

  return (
    // A click on the backdrop must not take the focus out of the dialog (to the page body).
    <div className="dialog-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <div
        ref={box}
        className={`dialog ${className}`.trim()}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
