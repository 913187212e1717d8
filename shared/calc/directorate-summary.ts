/**
 * A directorate's consolidated budget summary: each unit plan's units with their controllable totals and
 * total cost of unit, each plan's total, and the directorate's total. Pure, from the plans' documents, with
 * the same per-unit figures as each plan's own budget summary (budget-summary.ts).
 */
import type { PlanDocument } from '../model/plan';
import { budgetSummary } from './budget-summary';
import { addTenths } from './evaluate';

export interface DirectorateUnitLine {
  unit: string;
  unitName: string;
  controllable: number;
  totalCost: number;
}

export interface DirectoratePlanLines {
  planId: number;
  division: string;
  title: string;
  year: number;
  planContact: string;
  units: DirectorateUnitLine[];
  controllable: number;
  totalCost: number;
}

export interface DirectorateSummary {
  directorate: string;
  plans: DirectoratePlanLines[];
  controllable: number;
  totalCost: number;
}

export function directorateSummary(directorate: string, docs: PlanDocument[]): DirectorateSummary {
  const plans = docs
    .filter((d) => d.kind === 'unit')
    .map((d): DirectoratePlanLines => {
      const s = budgetSummary(d);
      return {
        planId: d.id,
        division: d.header.division,
        title: d.header.title,
        year: d.header.year,
        planContact: d.header.planContact,
        units: s.units.map((u) => ({ unit: u.unit, unitName: u.unitName, controllable: u.totals.controllable, totalCost: u.totalCost })),
        controllable: s.grand.totals.controllable,
        totalCost: s.grand.totalCost,
      };
    });
  return { directorate, plans, controllable: addTenths(plans.map((p) => p.controllable)), totalCost: addTenths(plans.map((p) => p.totalCost)) };
}
