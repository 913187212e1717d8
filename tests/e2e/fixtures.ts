/**
 * One fresh database and one loopback host per test, serving the built renderer (dist/renderer) and the
 * real handler table. The page object below is how specs talk about the app.
 */
import { test as base, expect, type Page, type Locator } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open';
import { importSample } from '../../electron/services/sample';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { startHost, type RunningHost } from '../../electron/api/http-host';
import { GridPage, type GridWhich } from './grid-page';

export class PlanEditorPage {
  constructor(public page: Page) {}
  outlineItem(title: string): Locator {
    return this.page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: title, exact: true });
  }
  planButton(label: RegExp | string): Locator {
    return this.page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: label });
  }
  /** A table on screen: the one under a unit's heading, or those of a kind (grid-page.ts). */
  grid(which: GridWhich): GridPage {
    return new GridPage(this.page, which);
  }
  async openSection(title: string): Promise<void> {
    await this.outlineItem(title).first().click();
  }
}

export const test = base.extend<{ host: RunningHost; dbFile: string; app: PlanEditorPage }>({
  dbFile: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-e2e-'));
    await use(path.join(dir, 'plans.db'));
    fs.rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dbFile }, use) => {
    const db = openDatabase(dbFile);
    importSample(db);
    const host = await startHost({ dispatch: makeDispatch(makeHandlers(db)), staticDir: path.resolve('dist/renderer') });
    await use(host);
    await host.close();
    db.close();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.appUrl);
    await use(new PlanEditorPage(page));
  },
});

export { expect };
