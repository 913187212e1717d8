/** A section and its subsections, readable in document order: narrative text and tables as they print. */
import { kindDef } from '../../shared/model/table-kinds';
import { NarrativeEditor } from './NarrativeEditor';
import { TableGrid } from '../grid/TableGrid';
import { RiskHeatMap } from './RiskHeatMap';
import { ActionFilters } from './ActionFilters';
import { api } from '../api/client';
import { exportAndDownload } from '../app/files';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { useActionNumbers, usePlanId, usePlanYear, useSectionGroup } from '../stores/plan-selectors';

/** Any table to Excel on its own, in the same layout as in the whole-plan workbook (budgets in finance's). */
function TableExport({ planId, blockId }: { planId: number; blockId: number }) {
  const say = useUiStore((s) => s.say);
  return (
    <div className="budget-toolbar">
      <button type="button" onClick={() => void exportAndDownload(() => api.exportTableWorkbook({ planId, blockId }), say)}>
        Export to Excel…
      </button>
    </div>
  );
}

/**
 * Tables are keyed by their place and kind, not their id: going from one unit's budget to the next keeps
 * the grid on screen and gives it the new rows, instead of building a new grid (most of a section's cost).
 */
const tableSlot = (kind: string, index: number) => `${kind}:${index}`;

export function SectionView({ sectionId }: { sectionId: number }) {
  const catalogue = usePlanStore((s) => s.catalogue);
  const planId = usePlanId();
  const year = usePlanYear();
  const sections = useSectionGroup(sectionId);
  const numbers = useActionNumbers();
  if (planId === null || year === null) return null;
  return (
    <article className="section-view" data-section={sectionId}>
      {sections.map((s, si) => (
        <section key={si} id={`section-${s.id}`} className={`plan-section level-${s.level}`}>
          {s.level === 1 ? <h2>{s.title}</h2> : <h3>{s.title}</h3>}
          {s.blocks.map((b, bi) =>
            b.kind === 'narrative' ? (
              <ErrorBoundary key={b.id} what={`the text of ${s.title}`}>
                <NarrativeEditor blockId={b.id} doc={b.doc} label={`${s.title} text`} />
              </ErrorBoundary>
            ) : (
              <div key={tableSlot(b.tableKind, bi)} className="table-block">
                {(b.meta.unitName ?? b.title) !== s.title && <h4>{b.meta.unitName ?? b.title}</h4>}
                <TableExport planId={planId} blockId={b.id} />
                {b.tableKind === 'actions' && <ActionFilters catalogue={catalogue} />}
                <ErrorBoundary what={`the table ${b.meta.unitName ?? b.title}`} resetKey={b.id}>
                  <TableGrid block={b} sectionTitle={s.title} planYear={year} numbers={kindDef(b.tableKind).numbered ? numbers : undefined} />
                </ErrorBoundary>
                {b.meta.notes?.map((n, i) => (
                  <p key={i} className="table-note">
                    {n}
                  </p>
                ))}
                {b.tableKind === 'risks' && <RiskHeatMap block={b} />}
              </div>
            ),
          )}
        </section>
      ))}
    </article>
  );
}
