/**
 * Runs bad workbooks through the real API boundary (dispatch → handler → parser process) against a real
 * database, and judges each answer: refused as BAD_REQUEST with one readable sentence naming the file and
 * saying what the corpus expects, and the database exactly as before.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../electron/db/open';
import type { Dispatch } from '../../electron/api/dispatch';
import type { BadCase } from './corpus-kit';

export interface CaseRun {
  name: string;
  category: string;
  ms: number;
  code: string;
  message: string;
  problem: string | null;
}

const TABLES = ['plan', 'plan_section', 'plan_block', 'plan_row', 'change_log'];

/** Every row of every plan table, hashed: equal before and after means nothing changed. */
export function fingerprint(db: Db): string {
  const h = createHash('sha256');
  for (const t of TABLES) h.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
  return h.digest('hex');
}

export async function runCase(dispatch: Dispatch, db: Db, planId: number, c: BadCase): Promise<CaseRun> {
  const data = c.build();
  const before = fingerprint(db);
  const t0 = performance.now();
  const res = await dispatch('previewBudgetImport', { planId, fileName: c.name, dataBase64: data.toString('base64') });
  const ms = performance.now() - t0;
  const code = res.ok ? 'OK' : res.error.code;
  const message = res.ok ? '(accepted)' : res.error.message;
  const problem = judge(code, message, c) ?? (fingerprint(db) !== before ? 'the database changed' : null);
  return { name: c.name, category: c.category, ms, code, message, problem };
}

function judge(code: string, message: string, c: BadCase): string | null {
  if (code !== 'BAD_REQUEST') return `answered ${code}: ${message.slice(0, 200)}`;
  if (!message.includes(c.name)) return `the message does not name the file: ${message.slice(0, 200)}`;
  if (/\n\s+at |Error:|INTERNAL/.test(message) || message.length > 400) return `not one readable sentence: ${message.slice(0, 200)}`;
  if (!c.expect.test(message)) return `expected ${c.expect}, got: ${message.slice(0, 200)}`;
  return null;
}
