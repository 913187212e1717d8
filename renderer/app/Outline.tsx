/** The open plan's outline: title page, contents, then its sections in document order. */
import { usePlanStore, type Place } from '../stores/plan-store';

const same = (a: Place, b: Place) => a.kind === b.kind && (a.kind !== 'section' || (b.kind === 'section' && a.sectionId === b.sectionId));

export function Outline() {
  const plan = usePlanStore((s) => s.plan);
  const place = usePlanStore((s) => s.place);
  const go = usePlanStore((s) => s.go);
  if (!plan) return null;
  const hasBudgets = plan.sections.some((s) => s.blocks.some((b) => b.kind === 'table' && b.tableKind === 'budget'));
  const item = (p: Place, label: string, cls = 'level-1') => (
    <li key={p.kind === 'section' ? p.sectionId : p.kind} className={cls}>
      <button type="button" className={same(p, place) ? 'current' : ''} aria-current={same(p, place)} onClick={() => go(p)}>
        {label}
      </button>
    </li>
  );
  return (
    <nav className="outline" aria-label="Outline">
      <div className="pane-title"><span>Outline</span></div>
      <ul>
        {item({ kind: 'header' }, 'Title page')}
        {item({ kind: 'contents' }, 'Contents')}
        {hasBudgets && item({ kind: 'budgets' }, 'Budget summary')}
        {plan.sections.map((s) => item({ kind: 'section', sectionId: s.id }, s.title, `level-${s.level}`))}
      </ul>
    </nav>
  );
}
