/** The automatic contents page, as at the top of the printed plan, kept in step with the outline. */
import type { PlanDocument } from '../../shared/model/plan';
import { usePlanStore } from '../stores/plan-store';

export function ContentsPage({ plan }: { plan: PlanDocument }) {
  const go = usePlanStore((s) => s.go);
  return (
    <article className="contents-page">
      <h2>Contents</h2>
      <ul>
        {plan.sections.map((s) => (
          <li key={s.id} className={`level-${s.level}`}>
            <a href={`#section-${s.id}`} onClick={(e) => (e.preventDefault(), go({ kind: 'section', sectionId: s.id }))}>
              {s.level === 2 ? `– ${s.title}` : s.title}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
