/** The plan's title page as an editable form: each field is saved when you leave it or press Enter. */
import { useState } from 'react';
import { HEADER_FIELDS, headerSchema, type PlanDocument, type PlanHeader } from '../../shared/model/plan';
import { fyLabel } from '../../shared/calc/financial-year';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { api } from '../api/client';
import { exportAndDownload } from './files';

type Field = keyof PlanHeader;

/** The people a unit plan's title page names under its title, labelled as in the header form. */
const TITLE_PAGE_PEOPLE: Field[] = ['cabinetMember', 'director', 'planContact'];

function HeaderField({ plan, field, label }: { plan: PlanDocument; field: Field; label: string }) {
  const updateHeader = usePlanStore((s) => s.updateHeader);
  const stored = String(plan.header[field]);
  const [value, setValue] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  // A new stored value (saved, undone, another plan) replaces what the field shows, in the same render.
  const [shown, setShown] = useState(`${plan.id}:${stored}`);
  if (shown !== `${plan.id}:${stored}`) {
    setShown(`${plan.id}:${stored}`);
    setValue(stored);
  }

  const commit = async () => {
    if (value === stored) return setError(null);
    const typed = field === 'year' ? Number(value) : value;
    const check = headerSchema.shape[field].safeParse(typed);
    if (!check.success || (field === 'year' && !/^\d{4}$/.test(value.trim()))) {
      setError(field === 'year' ? 'Enter the first year of the financial year, e.g. 2008 for 2008/09.' : (check.error?.issues[0].message ?? 'Not valid'));
      return;
    }
    setError(null);
    if (!(await updateHeader({ [field]: typed } as Partial<PlanHeader>))) setValue(stored);
  };

  const id = `header-${field}`;
  return (
    <div className={`form-row${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={field}
        value={value}
        inputMode={field === 'year' ? 'numeric' : undefined}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') {
            setValue(stored);
            setError(null);
          }
        }}
      />
      {field === 'year' && !error && <span className="hint">{fyLabel(plan.header.year)}</span>}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function ExportPlan({ planId }: { planId: number }) {
  const say = useUiStore((s) => s.say);
  const run = () => exportAndDownload(() => api.exportPlanWorkbook({ planId }), say);
  return (
    <div className="actions-bar">
      <button type="button" onClick={() => void run()}>
        Export whole plan to Excel…
      </button>
    </div>
  );
}

export function HeaderForm({ plan }: { plan: PlanDocument }) {
  const h = plan.header;
  return (
    <article className="title-page">
      <div className="title-block" aria-label="Title page">
        <div className="tp-directorate">{h.directorate}</div>
        {h.division && <div className="tp-division">{h.division}</div>}
        <div className="tp-title">{h.title}</div>
        {plan.kind === 'unit' && (
          <dl>
            {HEADER_FIELDS.filter((f) => TITLE_PAGE_PEOPLE.includes(f.id)).map((f) => [
              <dt key={`${f.id}-label`}>{f.label}</dt>,
              <dd key={f.id}>{h[f.id]}</dd>,
            ])}
          </dl>
        )}
      </div>
      <ExportPlan planId={plan.id} />
      <h2>Plan header</h2>
      <form className="header-form" onSubmit={(e) => e.preventDefault()}>
        {HEADER_FIELDS.map((f) => (
          <HeaderField key={f.id} plan={plan} field={f.id} label={f.label} />
        ))}
      </form>
    </article>
  );
}
