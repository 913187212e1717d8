/** Start a new, empty plan for another unit or year, laid out with the standard sections. */
import { useState } from 'react';
import { HEADER_FIELDS, headerSchema, type PlanHeader } from '../../shared/model/plan';
import { usePlanStore } from '../stores/plan-store';
import { Dialog } from './Dialog';
import { FormButtons } from './FormButtons';
import { ErrorAlert } from './ErrorAlert';

export function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const current = usePlanStore((s) => s.plan?.header);
  const createPlan = usePlanStore((s) => s.createPlan);
  const [h, setH] = useState<PlanHeader>({
    directorate: current?.directorate ?? '',
    division: '',
    title: 'Annual Business Unit Operational Plan',
    year: (current?.year ?? new Date().getFullYear()) + 1,
    cabinetMember: current?.cabinetMember ?? '',
    director: '',
    planContact: '',
  });
  const [units, setUnits] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The focus starts on the first field to fill: the division (the directorate is carried over).
  const field = (id: keyof PlanHeader, label: string, type = 'text') => (
    <div key={id} className="form-row">
      <label htmlFor={`new-${id}`}>{label}</label>
      <input
        id={`new-${id}`}
        type={type}
        data-autofocus={id === (h.directorate ? 'division' : 'directorate') || undefined}
        value={String(h[id])}
        onChange={(e) => setH({ ...h, [id]: type === 'number' ? Number(e.target.value) : e.target.value })}
      />
    </div>
  );
  const submit = async () => {
    const check = headerSchema.safeParse(h);
    if (!check.success) return setError(check.error.issues[0].message);
    if (!h.division.trim()) return setError('Name the division or unit the plan is for.');
    const unitList = units
      .split('\n')
      .map((u) => u.trim())
      .filter(Boolean);
    if (await createPlan(check.data, unitList)) onClose();
  };
  return (
    <Dialog titleId="new-plan-title" onClose={onClose}>
      <h2 id="new-plan-title">New plan</h2>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        {HEADER_FIELDS.map((f) => field(f.id, f.label, f.id === 'year' ? 'number' : 'text'))}
        <div className="form-row">
          <label htmlFor="new-units">Units (one per line): each gets a budget, core service and actions section</label>
          <textarea id="new-units" rows={4} value={units} onChange={(e) => setUnits(e.target.value)} />
        </div>
        <ErrorAlert error={error} />
        <FormButtons onCancel={onClose} submit="Create plan" />
      </form>
    </Dialog>
  );
}
