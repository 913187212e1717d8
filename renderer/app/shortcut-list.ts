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

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: ['F6', 'Shift+F6'], what: 'Next or previous area: app bar, plans, outline, page' },
      { keys: ['Ctrl+Tab', 'Ctrl+Shift+Tab'], what: 'Out of a table or the text editor (to what follows it, or comes before it); elsewhere on the page, into the next or previous one' },
      { keys: ['Tab', 'Enter'], what: 'On opening: “Skip to content”, to the page without passing the outline' },
      { keys: ['Ctrl+F'], what: 'Search this plan' },
      { keys: ['Ctrl+Z', 'Ctrl+Y'], what: 'Undo, redo the plan’s last step' },
      { keys: ['Ctrl+S'], what: 'Says that every change is already saved (each is saved as you make it)' },
      { keys: ['Ctrl+P'], what: 'Print: the print preview, then the printer' },
      { keys: ['Ctrl+N'], what: 'New plan (desktop app)' },
      { keys: ['F1', '?'], what: 'This list of shortcuts' },
      { keys: ['Escape'], what: 'Close a dialog, or cancel an edit' },
    ],
  },
  {
    title: 'Outline',
    items: [
      { keys: ['↑', '↓'], what: 'Previous or next entry' },
      { keys: ['Home', 'End'], what: 'First or last entry' },
      { keys: ['Letters'], what: 'The next entry whose title starts with them (“seco” for Secondary)' },
      { keys: ['Enter'], what: 'Open the entry; the focus moves to its heading' },
      { keys: ['F2'], what: 'Rename the section (or the rename button in “Edit outline”)' },
    ],
  },
  {
    title: 'Search',
    items: [
      { keys: ['↓'], what: 'From the search box: to the first result' },
      { keys: ['↑', '↓'], what: 'Previous or next result (↑ on the first goes back to the search box)' },
      { keys: ['Enter'], what: 'Open the result, with the focus on what was found' },
      { keys: ['Escape'], what: 'Back to the search box' },
    ],
  },
  {
    title: 'Tables (as in Excel)',
    items: [
      { keys: ['↑', '↓', '←', '→'], what: 'Move one cell' },
      { keys: ['Tab', 'Shift+Tab'], what: 'Next or previous cell' },
      { keys: ['Enter'], what: 'Save the edit and move down' },
      { keys: ['F2'], what: 'Edit the cell, at the end of its text' },
      { keys: ['Typing'], what: 'Replace the cell’s content with what you type' },
      { keys: ['Escape'], what: 'Cancel the edit' },
      { keys: ['Delete'], what: 'Clear the selected cells' },
      { keys: ['Shift+arrows'], what: 'Select a block of cells' },
      { keys: ['Ctrl+C', 'Ctrl+X', 'Ctrl+V'], what: 'Copy, cut, paste a block (with Excel or LibreOffice too)' },
      { keys: ['Ctrl+D', 'Ctrl+R'], what: 'Fill down, fill right over the selected block' },
      { keys: ['Ctrl+H'], what: 'Find and replace across the plan' },
      { keys: ['Shift+F10', 'Menu key'], what: 'The row menu (as right-click): cut, copy, paste, insert and delete rows' },
      { keys: ['Ctrl+Enter'], what: 'Save a multi-line cell, a deliverables or a links edit' },
    ],
  },
  {
    title: 'Text editor',
    items: [
      { keys: ['Ctrl+B', 'Ctrl+I'], what: 'Bold, italic' },
      { keys: ['Ctrl+Shift+8', 'Ctrl+Shift+7'], what: 'Bullets, numbering' },
      { keys: ['Ctrl+Shift+B'], what: 'Quotation' },
    ],
  },
];
