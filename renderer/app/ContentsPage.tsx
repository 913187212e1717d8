/**
 * The automatic contents page, as at the top of the printed plan, kept in step with the outline.
 * Subsections are a list inside their section's entry, so a screen reader hears the levels too; their
 * one marker is the printed dash (no list bullets), which a screen reader skips.
 */
import type { PlanDocument, Section } from '../../shared/model/plan';
import { useUiStore } from '../stores/ui-store';

/** Level-1 sections, each with the level-2 sections that follow it (a leading level 2 stands alone). */
function nest(sections: Section[]): { head: Section; subs: Section[] }[] {
  const out: { head: Section; subs: Section[] }[] = [];
  for (const s of sections) {
    if (s.level === 2 && out.length) out[out.length - 1].subs.push(s);
    else out.push({ head: s, subs: [] });
  }
  return out;
}

export function ContentsPage({ plan }: { plan: PlanDocument }) {
  const go = useUiStore((s) => s.go);
  const link = (s: Section) => (
    <a href={`#section-${s.id}`} onClick={(e) => (e.preventDefault(), go({ kind: 'section', sectionId: s.id }))}>
      {s.level === 2 && <span aria-hidden="true">– </span>}
      {s.title}
    </a>
  );
  return (
    <article className="contents-page">
      <h2>Contents</h2>
      <ul>
        {nest(plan.sections).map(({ head, subs }) => (
          <li key={head.id} className={`level-${head.level}`}>
            {link(head)}
            {subs.length > 0 && (
              <ul>
                {subs.map((s) => (
                  <li key={s.id} className="level-2">
                    {link(s)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
