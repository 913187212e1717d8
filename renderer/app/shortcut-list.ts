/**
 * Every keyboard shortcut of the app, for the list F1 (or "?") opens. The grid's keys are the ones its
 * spreadsheet behaviour implements (renderer/grid); the rest are the app's own (renderer/app).
 */

export interface Shortcut {
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  items: Shortcut[];
}

/**
 * A group from a table written one shortcut a line, "keys | what they do", the keys split at commas: the
 * list reads as the dialog shows it, and adding a shortcut is adding a line.
 */
function group(title: string, table: string): ShortcutGroup {
  const items = table
    .trim()
    .split('\n')
    .map((line) => {
      const bar = line.indexOf('|');
      return {
        keys: line
          .slice(0, bar)
          .split(',')
          .map((k) => k.trim()),
        what: line.slice(bar + 1).trim(),
      };
    });
  return { title, items };
}

export const SHORTCUTS: ShortcutGroup[] = [
  group(
    'Anywhere',
    `
    F6, Shift+F6 | Next or previous area: app bar, plans, outline, page
    Ctrl+Tab, Ctrl+Shift+Tab | Out of a table or the text editor (to what follows it, or comes before it); elsewhere on the page, into the next or previous one
    Tab, Enter | On opening: “Skip to content”, to the page without passing the outline
    Ctrl+F | Search this plan
    Ctrl+Z, Ctrl+Y | Undo, redo the plan’s last step
    Ctrl+S | Says that every change is already saved (each is saved as you make it)
    Ctrl+P | Print: the print preview, then the printer
    Ctrl+N | New plan (desktop app)
    F1, ? | This list of shortcuts
    Escape | Close a dialog, or cancel an edit
  `,
  ),
  group(
    'Outline',
    `
    ↑, ↓ | Previous or next entry
    Home, End | First or last entry
    Letters | The next entry whose title starts with them (“seco” for Secondary)
    Enter | Open the entry; the focus moves to its heading
    F2 | Rename the section (or the rename button in “Edit outline”)
  `,
  ),
  group(
    'Search',
    `
    ↓ | From the search box: to the first result
    ↑, ↓ | Previous or next result (↑ on the first goes back to the search box)
    Enter | Open the result, with the focus on what was found
    Escape | Back to the search box
  `,
  ),
  group(
    'Tables (as in Excel)',
    `
    ↑, ↓, ←, → | Move one cell
    Tab, Shift+Tab | Next or previous cell
    Enter | Save the edit and move down
    F2 | Edit the cell, at the end of its text
    Typing | Replace the cell’s content with what you type
    Escape | Cancel the edit
    Delete | Clear the selected cells
    Shift+arrows | Select a block of cells
    Ctrl+C, Ctrl+X, Ctrl+V | Copy, cut, paste a block (with Excel or LibreOffice too)
    Ctrl+D, Ctrl+R | Fill down, fill right over the selected block
    Ctrl+H | Find and replace across the plan
    Shift+F10, Menu key | The row menu (as right-click): cut, copy, paste, insert and delete rows
    Ctrl+Enter | Save a multi-line cell, a deliverables or a links edit
  `,
  ),
  group(
    'Text editor',
    `
    Ctrl+B, Ctrl+I | Bold, italic
    Ctrl+Shift+8, Ctrl+Shift+7 | Bullets, numbering
    Ctrl+Shift+B | Quotation
  `,
  ),
];
