/**
 * What a screen reader should hear without the focus moving: a polite live region for results ("Saved",
 * "12 places in 5 sections") and an assertive one for refusals ("Not saved: ..."). Both live directly under
 * <body>, outside the app's root, so they keep speaking while a modal dialog makes the rest of the page inert.
 *
 * Usage from anywhere in the renderer (the store included): announce('Employee costs 956.7'),
 * announceError('Not saved: the disk is full').
 */

type Politeness = 'polite' | 'assertive';

const regions = new Map<Politeness, HTMLElement>();

function region(politeness: Politeness): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const found = regions.get(politeness);
  if (found?.isConnected) return found;
  const el = document.createElement('div');
  el.className = 'visually-hidden';
  el.id = `announce-${politeness}`;
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  // No role: the status line below the page is the app's one role=status; these only speak.
  document.body.appendChild(el);
  regions.set(politeness, el);
  return el;
}

/** Creates both regions now, so the first message is not lost to a region the reader has not seen yet. */
export function prepareLiveRegions(): void {
  region('polite');
  region('assertive');
}

const pending = new Map<Politeness, number>();

function speak(politeness: Politeness, text: string): void {
  const el = region(politeness);
  if (!el) return;
  // Emptying first and writing on the next frame makes a repeated message ("Saved.") speak again.
  el.textContent = '';
  const previous = pending.get(politeness);
  if (previous !== undefined) clearTimeout(previous);
  pending.set(
    politeness,
    window.setTimeout(() => {
      el.textContent = text;
      pending.delete(politeness);
    }, 30),
  );
}

/** A result, read when the reader is next idle. */
export function announce(text: string): void {
  speak('polite', text);
}

/** A refusal or failure, read at once. */
export function announceError(text: string): void {
  speak('assertive', text);
}
