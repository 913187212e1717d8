/** Narrative blocks: replace a block's document (validated structure, never HTML). */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import { richDocSchema, type RichDoc } from '../../shared/model/richtext';
import { loggedStep } from './logged-step';

export function updateNarrative(db: Db, blockId: number, doc: unknown): RichDoc {
  const parsed = richDocSchema.safeParse(doc);
  if (!parsed.success) throw badRequest(`Not a valid document: ${parsed.error.issues[0].message}`, 'doc');
  const b = prep(db, `SELECT b.doc, s.plan_id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.id = ? AND b.kind = 'narrative'`).get(
    blockId,
  ) as { doc: string; plan_id: number } | undefined;
  if (!b) throw notFound('narrative block', blockId);
  return loggedStep(db, b.plan_id, (step) => {
    prep(db, 'UPDATE plan_block SET doc = ? WHERE id = ?').run(JSON.stringify(parsed.data), blockId);
    step.log({ entity: 'block', entityId: blockId, field: 'doc', old: JSON.parse(b.doc), new: parsed.data });
    return parsed.data;
  });
}
