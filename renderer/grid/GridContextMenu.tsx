/**
 * The grid's right-click menu (also Shift+F10 or the menu key): cut, copy, paste, fill, insert and delete
 * rows, and for actions add a deliverable. Arrow keys move through it, Enter chooses, Escape closes and
 * gives focus back to the cell.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Block } from '../../shared/model/plan';
import type { Sheet } from './use-spreadsheet';
import { newRowLabel, rowCommands } from './row-commands';
import { useUiStore } from '../stores/ui-store';
import { kindDef } from '../../shared/model/table-kinds';

type TableBlock = Extract<Block, { kind: 'table' }>;

interface Item {
  label: string;
  keys?: string;
  run: () => void;
}

export function GridContextMenu({ block, sheet }: { block: TableBlock; sheet: Sheet }) {
  const at = useSyncExternalStore(sheet.menu.subscribe, sheet.menu.get);
  const ref = useRef<HTMLDivElement>(null);
  const items = useMemo<Item[]>(() => {
    const rows = rowCommands(block, sheet.api);
    const say = (t: string) => useUiStore.getState().say(t, 'error');
    const list: Item[] = [
      {
        label: 'Cut',
        keys: 'Ctrl+X',
        run: () => {
          const t = sheet.copy();
          if (t !== null) void writeClipboard(t).then(() => sheet.clearSelection());
        },
      },
      {
        label: 'Copy',
        keys: 'Ctrl+C',
        run: () => {
          const t = sheet.copy();
          if (t !== null) void writeClipboard(t);
        },
      },
      {
        label: 'Paste',
        keys: 'Ctrl+V',
        run: () => void readClipboard().then((t) => (t === null ? say('Press Ctrl+V to paste: the menu cannot read the clipboard here.') : sheet.pasteText(t))),
      },
      { label: 'Fill down', keys: 'Ctrl+D', run: () => sheet.fill('down') },
      { label: 'Fill right', keys: 'Ctrl+R', run: () => sheet.fill('right') },
      { label: `Insert ${newRowLabel(block)} above`, run: rows.insertAbove },
      { label: `Insert ${newRowLabel(block)} below`, run: rows.insertBelow },
      { label: 'Delete row', run: rows.deleteRow },
    ];
    if (block.tableKind === 'actions') list.push({ label: 'Add deliverable', run: rows.addDeliverable });
    if (kindDef(block.tableKind).columns.some((c) => c.note)) list.push({ label: 'Add or edit note', run: rows.addNote });
    return list;
  }, [block, sheet]);

  useEffect(() => {
    if (!at) return;
    (ref.current?.querySelector('[role="menuitem"]') as HTMLElement | null)?.focus();
    const away = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && sheet.menu.close();
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [at, sheet]);
  if (!at) return null;

  const close = () => {
    sheet.menu.close();
    const cell = sheet.api.current?.getFocusedCell();
    if (cell) sheet.api.current?.setFocusedCell(cell.rowIndex, cell.column, cell.rowPinned);
  };
  const onKey = (e: KeyboardEvent) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape' || e.key === 'Tab') return (e.preventDefault(), close());
    if (e.key === 'ArrowDown') return (e.preventDefault(), all[(i + 1) % all.length]?.focus());
    if (e.key === 'ArrowUp') return (e.preventDefault(), all[(i - 1 + all.length) % all.length]?.focus());
  };
  const left = Math.min(at.x, window.innerWidth - 240);
  const top = Math.min(at.y, window.innerHeight - items.length * 30 - 16);
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label="Table" style={{ left, top }} onKeyDown={onKey}>
      {items.map((it) => (
        <button key={it.label} type="button" role="menuitem" tabIndex={-1} onClick={() => (close(), it.run())}>
          <span>{it.label}</span>
          {it.keys && <kbd>{it.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}

async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    useUiStore.getState().say('Press Ctrl+C to copy: the menu cannot reach the clipboard here.', 'error');
  }
}

async function readClipboard(): Promise<string | null> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    return null;
  }
}
