/**
 * How a cell editor starts, as in Excel: a printable key typed on a selected cell replaces the content with
 * that key (so the first letter is never lost); F2, Enter or a double-click edit what is there, caret at the end.
 */
export type EditorStart = { replace: true; text: string } | { replace: false };

export function editorStart(eventKey: string | null | undefined): EditorStart {
  if (eventKey && eventKey.length === 1) return { replace: true, text: eventKey };
  if (eventKey === 'Backspace' || eventKey === 'Delete') return { replace: true, text: '' };
  return { replace: false };
}

/**
 * What the editor opens with. A typed key replaces the content; F2 or Enter edit it, caret at the end.
 * Opened with no key (Tab moving on to this cell, a double-click) it selects everything, so typing replaces
 * it as after Tab in Excel; keys already typed by then have done exactly that.
 */
export function inlineOpening(eventKey: string | null | undefined, stored: string, ahead: string): { text: string; selectAll: boolean } {
  const start = editorStart(eventKey);
  if (start.replace) return { text: start.text + ahead, selectAll: false };
  if (eventKey) return { text: stored + ahead, selectAll: false };
  return ahead ? { text: ahead, selectAll: false } : { text: stored, selectAll: true };
}
