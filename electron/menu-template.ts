/**
 * The application menu as data (pure, unit-tested; electron/menu.ts builds it). File and Help items send an
 * AppCommand to the window, which runs the same store action as the matching button in the page. Word
 * export is shown disabled until its own issue builds it.
 * On Windows and Linux the Edit menu leaves Ctrl+Z and Ctrl+Y to the page, where they undo the plan's last
 * step (or typing, inside a text field); a menu accelerator would take them first. On macOS the standard
 * Edit menu stays, as Cmd+Z in text fields needs it there.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_ACCELERATORS, COMMAND_LABELS, MENU_GROUPS, type AppCommand } from '../shared/api/desktop';

export interface MenuContext {
  mac: boolean;
  recent: readonly string[];
  send: (command: AppCommand) => void;
  openRecent: (file: string) => void;
}

/** A menu item that sends a command; `command` is kept on the item so tests can read what it sends. */
export type CommandItem = MenuItemConstructorOptions & { command: AppCommand };

export function commandItem(command: AppCommand, send: (c: AppCommand) => void, label = COMMAND_LABELS[command]): CommandItem {
  const accelerator = COMMAND_ACCELERATORS[command];
  return { id: command, label, command, ...(accelerator ? { accelerator } : {}), click: () => send(command) };
}

export function appMenuTemplate({ mac, recent, send, openRecent }: MenuContext): MenuItemConstructorOptions[] {
  const item = (c: AppCommand) => commandItem(c, send);
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((file, i) => ({ label: `${i + 1}  ${path.basename(file)}`, toolTip: file, click: () => openRecent(file) }))
    : [{ label: 'No recent files', enabled: false }];
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...MENU_GROUPS.plans.map(item),
      { type: 'separator' },
      ...MENU_GROUPS.budgets.map(item),
      { label: 'Export', submenu: MENU_GROUPS.export.map(item) },
      { type: 'separator' },
      ...MENU_GROUPS.print.map(item),
      { type: 'separator' },
      { label: mac ? 'Open Recent' : 'Recent files', submenu: recentItems },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Exit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = mac
    ? { role: 'editMenu' }
    : { label: 'Edit', submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }] };
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    // No Reload on Ctrl+R: in a table Ctrl+R fills right, as in Excel. Zoom and full screen stay.
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: MENU_GROUPS.help.flatMap((c, i) => [...(i ? [{ type: 'separator' } as const] : []), item(c)]) },
  ];
}

/** Every command item in a template, depth first. */
export function commandItems(template: readonly MenuItemConstructorOptions[]): CommandItem[] {
  return template.flatMap((i) => [...('command' in i ? [i as CommandItem] : []), ...(Array.isArray(i.submenu) ? commandItems(i.submenu) : [])]);
}
