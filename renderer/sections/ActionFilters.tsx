/** Filter and find actions: my actions, target dates, overdue, linked target, free text. */
import { useUiStore } from '../stores/ui-store';
import { isFiltering, NO_FILTER } from '../../shared/calc/action-filter';
import type { CatalogueTarget } from '../../shared/calc/target-catalogue';

export function ActionFilters({ catalogue }: { catalogue: CatalogueTarget[] }) {
  const f = useUiStore((s) => s.actionFilter);
  const set = useUiStore((s) => s.setActionFilter);
  return (
    <div className="action-filters" role="search" aria-label="Find actions">
      <label>
        Accountable manager
        <input value={f.manager} placeholder="e.g. Colleen Marin" onChange={(e) => set({ manager: e.target.value })} />
      </label>
      <label>
        Due from
        <input type="month" value={f.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        to
        <input type="month" value={f.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={f.overdue} onChange={(e) => set({ overdue: e.target.checked })} /> Overdue
      </label>
      <label>
        Linked target
        <select value={f.target} onChange={(e) => set({ target: e.target.value })}>
          <option value="">Any</option>
          {catalogue.map((t) => (
            <option key={t.key} value={t.key}>
              {t.code}
              {t.title ? ` – ${t.title.slice(0, 60)}` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Text
        <input type="search" value={f.text} placeholder="Find in actions" onChange={(e) => set({ text: e.target.value })} />
      </label>
      <label>
        Order
        <select value={f.order} onChange={(e) => set({ order: e.target.value as 'plan' | 'due' })}>
          <option value="plan">As in the plan</option>
          <option value="due">By target date</option>
        </select>
      </label>
      {(isFiltering(f) || f.order !== 'plan') && (
        <button type="button" onClick={() => set(NO_FILTER)}>
          Clear
        </button>
      )}
    </div>
  );
}
