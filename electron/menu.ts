/**
 * The application menu. On Windows and Linux the Edit menu leaves Ctrl+Z and Ctrl+Y to the page, where they
 * undo the plan's last step (or typing, inside a text field); a menu accelerator would take them first.
 * On macOS the standard Edit menu stays, as Cmd+Z in text fields needs it there.
 */
import { Menu, app, type MenuItemConstructorOptions } from 'electron';

export function installMenu(): void {
  const mac = process.platform === 'darwin';
  const edit: MenuItemConstructorOptions = mac
    ? { role: 'editMenu' }
    : { label: 'Edit', submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }] };
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    edit,
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `Plan Editor ${app.getVersion()}`, enabled: false }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
