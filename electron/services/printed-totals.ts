/**
 * Totals printed in a source document (meta.printedSummaries) describe the table as it was imported; the
 * app flags where they disagree with the lines. Once someone edits the table's lines they describe nothing
 * any more, so the first edit drops them, logged in the same step so undo brings them back.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import type { Change } from './change-log';

export function dropPrintedTotals(db: Db, blockId: number): Change | null {
  const b = prep(db, 'SELECT meta FROM plan_block WHERE id = ?').get(blockId) as { meta: string } | undefined;
  if (!b) return null;
  const meta = JSON.parse(b.meta) as Record<string, unknown>;
  if (!meta.printedSummaries) return null;
  const { printedSummaries: _gone, ...rest } = meta;
  prep(db, 'UPDATE plan_block SET meta = ? WHERE id = ?').run(JSON.stringify(rest), blockId);
  return { entity: 'block', entityId: blockId, field: 'meta', old: meta, new: rest };
}
