/**
 * A plan table on screen, as the specs talk about it: `app.grid(SECONDARY).cell(0, 'employee')`, a row
 * by its index among the lines or by its label, the totals rows pinned below, and the keys and clipboard
 * a user works the grid with. Columns are named by their ids (shared/model/kind-columns.ts), the same in
 * every plan year. Everything here is a Playwright locator underneath, so expectations on `.locator` (and on
 * the grid's own locators) wait as usual.
 */
import type { Locator, Page } from '@playwright/test';

/**
 * Which table: the one under a heading (a unit's name, as the budget tables of a unit's section are shown),
 * the tables of a kind ("budget", "actions", "risks"...), all of them or the `nth` on the page, or the grid
 * a screen reader names so (its caption: "Secondary, Advisory Service Kent - Secondary, Revenue Budget").
 */
export type GridWhich = string | { kind: string; nth?: number } | { name: string; exact?: boolean };

/** A row's label as a whole cell's text (not part of a longer one). */
const wholeText = (label: string) => new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

export class GridPage {
  /** The table's element: its block under the heading, or the grid of that kind. */
  readonly root: Locator;

  constructor(
    readonly page: Page,
    which: GridWhich,
  ) {
    if (typeof which === 'string') this.root = page.locator('.table-block', { has: page.getByRole('heading', { name: which, exact: true }) });
    else if ('name' in which) this.root = page.getByRole('grid', { name: which.name, exact: which.exact });
    else {
      const all = page.locator(`[data-table-kind="${which.kind}"]`);
      this.root = which.nth === undefined ? all : all.nth(which.nth);
    }
  }

  locator(selector: string, options?: Parameters<Locator['locator']>[1]): Locator {
    return this.root.locator(selector, options);
  }

  /** The lines drawn (the body rows; not the totals and memorandum rows pinned below). */
  get rows(): Locator {
    return this.root.locator('.ag-row:not(.ag-row-pinned)');
  }

  /**
   * A body row by its index among the lines (0 is the first, as the grid's row-index), or any row, pinned
   * ones included, by a label: the whole text of one of its cells ("Capital Charges", "3.1.1").
   */
  row(at: number | string): GridRow {
    return new GridRow(this, typeof at === 'number' ? this.root.locator(`.ag-row[row-index="${at}"]:not(.ag-row-pinned)`) : this.labelled('.ag-row', at));
  }

  cell(row: number | string, col: string): GridCell {
    return this.row(row).cell(col);
  }

  /** A totals row pinned below the lines, by its label ("Controllable Totals", "Total Cost of Unit"). */
  totals(label: string): GridRow {
    return new GridRow(this, this.labelled('.ag-row.row-summary', label));
  }

  private labelled(rows: string, label: string): Locator {
    return this.root.locator(rows).filter({ has: this.page.locator('.ag-cell', { hasText: wholeText(label) }) });
  }

  /** Every cell of a column, its heading included. */
  column(col: string): Locator {
    return this.root.locator(`[col-id="${col}"]`);
  }

  /** The cell with the grid's focus, and its row. */
  get focusedCell(): Locator {
    return this.root.locator('.ag-cell-focus');
  }
  get focusedRow(): Locator {
    return this.root.locator('.ag-row.ag-row-focus');
  }

  /** The cells of the selected block (Shift+arrows, Shift+click). */
  get selectedCells(): Locator {
    return this.root.locator('.cell-in-range');
  }

  /** How many lines are drawn (the grid draws the rows in view and a few more). */
  rowCount(): Promise<number> {
    return this.rows.count();
  }

  /**
   * The text of a column in the lines drawn, top to bottom. The grid places rows absolutely, so they are
   * read in their displayed order (row-index), not the page's order.
   */
  columnTexts(col: string): Promise<string[]> {
    return this.root.evaluate(
      (grid, c) =>
        [...grid.querySelectorAll('.ag-row[row-index]:not(.ag-row-pinned)')]
          .map((r) => [Number(r.getAttribute('row-index')), r.querySelector(`[col-id="${c}"]`)?.textContent ?? ''] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, text]) => text),
      col,
    );
  }

  /** Pastes text at the focused cell, as Ctrl+V does with that text on the clipboard (Excel's, say). */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Copies the selected cells as Ctrl+C does, and returns the text put on the clipboard. */
  copy(): Promise<string> {
    return this.page.evaluate(() => {
      const dt = new DataTransfer();
      document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
      return dt.getData('text/plain');
    });
  }
}

export class GridRow {
  constructor(
    readonly grid: GridPage,
    readonly locator: Locator,
  ) {}

  cell(col: string): GridCell {
    return new GridCell(this.grid.page, this.locator.locator(`[col-id="${col}"]`));
  }
}

export class GridCell {
  constructor(
    readonly page: Page,
    readonly locator: Locator,
  ) {}

  click(options?: Parameters<Locator['click']>[0]): Promise<void> {
    return this.locator.click(options);
  }

  dblclick(): Promise<void> {
    return this.locator.dblclick();
  }

  /** Selects the cell and types, as a user typing over a selected cell does (the first key opens the editor). Nothing is committed. */
  async type(text: string, options?: { delay?: number }): Promise<void> {
    await this.locator.click();
    await this.page.keyboard.type(text, options);
  }

  /** Opens the cell's editor (double-click), types `text` over everything in it and commits it with Enter. */
  async edit(text: string, options?: { delay?: number }): Promise<void> {
    await this.locator.dblclick();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text, options);
    await this.page.keyboard.press('Enter');
  }

  /** The text the cell shows, trimmed. */
  async text(): Promise<string> {
    return (await this.locator.innerText()).trim();
  }
}
