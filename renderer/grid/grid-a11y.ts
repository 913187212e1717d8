/**
 * What a screen reader needs from a grid that ag-grid (community) does not give: the grid's name (its
 * caption: section, unit and table) and, on computed cells and totals rows, that the figure is computed
 * and from what. ag-grid has no option for either, so both are set on its own elements.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';

/** "Secondary, Revenue Budget": the section, the unit or block when it differs, and the kind of table. */
export function gridCaption(sectionTitle: string, blockTitle: string | undefined, kind: TableKind): string {
  const title = kindDef(kind).title;
  return [...new Set([sectionTitle, blockTitle, title].filter((t): t is string => !!t))].join(', ');
}

/** Names the element ag-grid gives the grid (or treegrid) role; safe to call again after a re-render. */
export function nameGrid(container: HTMLElement | null, caption: string): void {
  container?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', caption);
}

/**
 * A plain cell whose grid cell carries an accessible description ("Computed: Employee costs + …"). A DOM
 * renderer, not a React one, so a column of figures costs no more to draw than plain text.
 */
export class DescribedCell implements ICellRendererComp {
  private el = document.createElement('span');
  init(p: ICellRendererParams & { description?: string }): void {
    this.show(p);
  }
  getGui(): HTMLElement {
    return this.el;
  }
  refresh(p: ICellRendererParams & { description?: string }): boolean {
    this.show(p);
    return true;
  }
  private show(p: ICellRendererParams & { description?: string }): void {
    this.el.textContent = p.valueFormatted ?? (p.value == null ? '' : String(p.value));
    if (p.description) p.eGridCell?.setAttribute('aria-description', p.description);
  }
}
