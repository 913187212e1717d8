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
