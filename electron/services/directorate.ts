/** A directorate's plans (with contact and year) and its consolidated budget summary. */
import type { Db } from '../db/open';
import { badRequest } from '../../shared/api/errors';
import type { PlanSummary } from '../../shared/model/plan';
import { directorateSummary, type DirectorateSummary } from '../../shared/calc/directorate-summary';
import { getPlan, listPlans } from './plans';

export function directoratePlans(db: Db, directorate: string): PlanSummary[] {
  const all = listPlans(db);
  const want = directorate.trim().toLowerCase();
  const plans = all.filter((p) => p.header.directorate.toLowerCase() === want);
  if (!plans.length) {
    const names = [...new Set(all.map((p) => p.header.directorate))];
    throw badRequest(`No directorate called "${directorate}". Directorates: ${names.join('; ') || 'none yet'}.`, 'directorate');
  }
  return plans;
}

/** The consolidated summary of the directorate's unit plans of one year (the latest when not given). */
export function consolidatedSummary(db: Db, directorate: string, year?: number): DirectorateSummary {
  const plans = directoratePlans(db, directorate);
  const y = year ?? Math.max(...plans.map((p) => p.header.year));
  return directorateSummary(
    plans[0].header.directorate,
    plans.filter((p) => p.header.year === y).map((p) => getPlan(db, p.id)),
  );
}
