/**
 * Plans that travel, through the command line as a script would use it: save the sample as a plan file,
 * open it into a second database, edit both sides, merge the returning file (review, apply, again), and
 * refuse damaged or foreign files with nothing changed.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../electron/cli/main';
import { tempDir } from '../support/fixtures';
import { openDatabase, type Db } from '../../electron/db/open';
import { getPlan } from '../../electron/services/plans';
import { updateCell } from '../../electron/services/rows';
import { redo, undo } from '../../electron/services/history';
import { readPlanSnapshot } from '../../electron/services/plan-snapshot';
import { readPlanFile } from '../../electron/plan-files/read';
import { modelViolations } from '../support/model-rules';
import { BAD_PLAN_FILES } from '../support/bad-plan-files';
import type { Block } from '../../shared/model/plan';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

type Table = Extract<Block, { kind: 'table' }>;
const secondary = (db: Db, planId: number) =>
  getPlan(db, planId)
    .sections.flatMap((s) => s.blocks)
    .find((b): b is Table => b.kind === 'table' && b.meta.unitName === 'Advisory Service Kent - Secondary')!;
const withDb = <T>(file: string, use: (db: Db) => T): T => {
  const db = openDatabase(file);
  try {
    return use(db);
  } finally {
    db.close();
  }
};

describe('plan files through the command line', () => {
  it('save, open elsewhere, edit both sides, merge: review, apply keeps both sides, again changes nothing', async () => {
    const dir = tempDir();
    const [a, b] = [path.join(dir, 'a.db'), path.join(dir, 'b.db')];
    const sent = path.join(dir, 'sent.plan');
    const back = path.join(dir, 'back.plan');
    await cli('new-sample', a);
    expect((await cli('save-plan', a, '--plan', '2', '--out', sent)).out).toBe(`Wrote ${sent} (plan 2 at revision 0)`);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(await cli('open-plan', b, sent)).toEqual({
      code: 0,
      out: '1\tStandards and Achievement Division: Annual Business Unit Operational Plan 2008/9\t2008/09',
    });
    expect(withDb(b, (db) => readPlanSnapshot(db, 1))).toEqual(withDb(a, (db) => readPlanSnapshot(db, 2)));

    withDb(a, (db) => {
      const t = secondary(db, 2);
      updateCell(db, t.rows[0].id, 'employee', 950); // only here
      updateCell(db, t.rows[2].id, 'activity', '14-19 (central team)'); // both, differently
    });
    withDb(b, (db) => {
      const t = secondary(db, 1);
      updateCell(db, t.rows[1].id, 'employee', 420); // only there
      updateCell(db, t.rows[2].id, 'activity', '14-19 (unit)');
    });
    await cli('save-plan', b, '--plan', '1', '--out', back);

    const review = await cli('merge', a, '--plan', '2', '--from', back);
    expect(review.out.split('\n')).toEqual([
      'change    Section "Revenue Budget", "Senior secondary advisers", Employee Costs £000\'s: 409.5 → 420.0',
      'conflict  Section "Revenue Budget", "14-19 - standards fund", Activity: changed on both sides (base "14-19 - standards fund", mine "14-19 (central team)", theirs "14-19 (unit)")',
      '1 change, 1 conflict',
    ]);
    expect(withDb(a, (db) => secondary(db, 2).rows[1].cells.employee)).toBe(409.5); // the review changed nothing

    const applied = await cli('merge', a, '--plan', '2', '--from', back, '--apply');
    expect(applied.out.split('\n').slice(-1)[0]).toBe(
      'Applied in one step (undo in the app); 1 conflict left as here (merge again with --take, or in the app).',
    );
    withDb(a, (db) => {
      const rows = secondary(db, 2).rows;
      expect([rows[0].cells.employee, rows[1].cells.employee, rows[2].cells.activity]).toEqual([950, 420, '14-19 (central team)']);
    });
    // The conflict was left open, so it shows again; the change already taken does not.
    expect((await cli('merge', a, '--plan', '2', '--from', back)).out.split('\n').slice(-1)[0]).toBe('0 changes, 1 conflict');
    await cli('merge', a, '--plan', '2', '--from', back, '--apply', '--take', 'theirs');
    withDb(a, (db) => expect(secondary(db, 2).rows[2].cells.activity).toBe('14-19 (unit)'));
    expect((await cli('merge', a, '--plan', '2', '--from', back)).out).toBe('0 changes, 0 conflicts');
    expect((await cli('merge', a, '--plan', '2', '--from', back, '--apply')).out).toBe('0 changes, 0 conflicts\nNothing to change.');
    withDb(a, (db) => {
      expect(modelViolations(db)).toEqual([]);
      undo(db, 2); // the whole --take merge is one step
      expect(secondary(db, 2).rows[2].cells.activity).toBe('14-19 (central team)');
      expect(secondary(db, 2).rows[1].cells.employee).toBe(420);
    });
    // Undone, the merge no longer counts as done: the file's conflict is there to settle again; redo, and not.
    expect((await cli('merge', a, '--plan', '2', '--from', back)).out.split('\n').slice(-1)[0]).toBe('0 changes, 1 conflict');
    withDb(a, (db) => redo(db, 2));
    expect((await cli('merge', a, '--plan', '2', '--from', back)).out).toBe('0 changes, 0 conflicts');
    // The database that sent it already holds the plan: open-plan says to merge.
    const again = await cli('open-plan', a, sent);
    expect(again.code).toBe(1);
    expect(again.out).toContain(`merge it instead: plan-editor merge ${a} --plan 2 --from ${sent}`);
  });

  it('the file is SQLite with our application id, the plan file version, the revision and a base', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'a.db');
    await cli('new-sample', db);
    const file = path.join(dir, 'p.plan');
    await cli('save-plan', db, '--plan', '2', '--out', file);
    const content = readPlanFile(file);
    expect(content.plan.header.division).toBe('Standards and Achievement Division');
    expect(content.at.revision).toBe(0);
    expect(content.base.content).toEqual(content.plan);
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('refuses every damaged or foreign file in one sentence naming it, changing nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'a.db');
    await cli('new-sample', db);
    const good = path.join(dir, 'good.plan');
    await cli('save-plan', db, '--plan', '2', '--out', good);
    const before = withDb(db, (d) => [
      JSON.stringify(readPlanSnapshot(d, 2)),
      d.prepare('SELECT count(*) FROM change_log').pluck().get(),
      d.prepare('SELECT count(*) FROM plan_file_snapshot').pluck().get(),
    ]);
    const bytes = fs.readFileSync(good);
    const cases = [...BAD_PLAN_FILES, { name: 'a.db', reason: /a Plan Editor database, not a plan file/, make: () => db }];
    for (const bad of cases) {
      const file = bad.make(bytes, dir);
      const fresh = path.join(dir, `new-${bad.name}.db`);
      for (const args of [
        ['open-plan', fresh, file],
        ['merge', db, '--plan', '2', '--from', file],
      ]) {
        const err = await cli(...args).then(
          () => null,
          (e: Error) => e,
        );
        expect(err?.message, bad.name).toMatch(new RegExp(`^${bad.name.replace('.', '\\.')} cannot be opened: .*\\. Nothing was changed\\.$`));
        expect(err?.message, bad.name).toMatch(bad.reason);
      }
      expect(fs.existsSync(fresh), bad.name).toBe(false);
    }
    expect(
      withDb(db, (d) => [
        JSON.stringify(readPlanSnapshot(d, 2)),
        d.prepare('SELECT count(*) FROM change_log').pluck().get(),
        d.prepare('SELECT count(*) FROM plan_file_snapshot').pluck().get(),
      ]),
    ).toEqual(before);
    expect(fs.readFileSync(good)).toEqual(bytes);
  });
});
