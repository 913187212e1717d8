/** The bundled sample: the Standards and Achievement Division plan 2008/9 under its directorate's introduction. */
import type { Db } from '../db/open';
import sample from '../../assets/sample-plan.json';
import { importExchange } from './plan-import';

export function importSample(db: Db): number[] {
  return importExchange(db, sample);
}
