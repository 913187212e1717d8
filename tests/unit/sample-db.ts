/** A fresh database holding the bundled sample, and the unit plan's document. */
import { tempDb } from '../support/fixtures';
import { importSample } from '../../electron/services/sample';
import { getPlan } from '../../electron/services/plans';

export function sampleDb() {
  const { db, file } = tempDb();
  const [, planId] = importSample(db);
  return { db, file, planId, doc: () => getPlan(db, planId) };
}
