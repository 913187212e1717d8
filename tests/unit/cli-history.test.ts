/** The command line's roll-forward, history and compare (issue 15), run against a real database file. */
import { expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../electron/cli/main';
import { tempDir } from '../support/fixtures';
import { openDatabase } from '../../electron/db/open';
import { getPlan } from '../../electron/services/plans';
import { updateCell } from '../../electron/services/rows';
import { setWho } from '../../electron/services/change-log';
import type { Block } from '../../shared/model/plan';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

it('rolls the sample forward, shows a change with who and when, and compares the two plans', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'p.db');
  await cli('new-sample', db);
  const rolled = await cli('roll-forward', db, '--plan', '2', '--actions', 'open');
  expect(rolled).toEqual({ code: 0, out: '3\tStandards and Achievement Division: Annual Business Unit Operational Plan 2009/10\t2009/10' });
  expect((await cli('list', db)).out.split('\n')).toContain(rolled.out);

  const conn = openDatabase(db);
  setWho(conn, 'dana');
  const budget = getPlan(conn, 3)
    .sections.flatMap((s) => s.blocks)
    .find((b) => b.kind === 'table' && b.meta.unitName === 'Advisory Service Kent - Secondary') as Extract<Block, { kind: 'table' }>;
  updateCell(conn, budget.rows[1].id, 'employee', 420);
  conn.close();

  const h = await cli('history', db, '--plan', '3');
  const [at, who, where, change] = h.out.split('\t');
  expect(Number.isNaN(Date.parse(at))).toBe(false);
  expect([who, where, change]).toEqual(['dana', 'Secondary › Revenue Budget › Senior secondary advisers › Employee Costs', '409.5 -> 420.0']);
  expect((await cli('history', db, '--plan', '3', '--since', '2999-01-01')).out).toBe('');

  const c = await cli('compare', db, '--plan', '3', '--with', '2');
  // Actions left behind by --actions open show as removed rows; the one figure edited shows with its difference.
  expect(c.out).toContain("Secondary › Revenue Budget › Senior secondary advisers › Employee Costs £000's: 409.5 -> 420.0 (+10.5 +2.6%)");
  const xlsx = path.join(dir, 'changes.xlsx');
  expect((await cli('compare', db, '--plan', '3', '--with', '2', '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
  expect(fs.statSync(xlsx).size).toBeGreaterThan(1000);
  await expect(cli('roll-forward', db, '--plan', '2', '--actions', 'some')).rejects.toThrow('--actions must be all or open, not some');
});
