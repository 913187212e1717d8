/**
 * A grid as tall as its rows, but never taller than the window leaves room for: small tables show whole,
 * large ones scroll inside the grid with their rows virtualised, and the horizontal scrollbar and the last
 * row are always on screen with the totals. Heights are read from ag-grid's own containers as they change.
 */
import { useEffect, useState, type RefObject } from 'react';

/** The app bar, the status line and the table's own toolbar take about this much of the window. */
const CHROME = 150;
const MIN = 260;

export function useFittedHeight(container: RefObject<HTMLElement | null>, estimate: number): { height: number; watch: () => void } {
  const [height, setHeight] = useState(() => Math.min(estimate, maxHeight()));
  const [tools] = useState(() => {
    let observer: ResizeObserver | null = null;
    const measure = () => {
      const root = container.current;
      const parts = root && gridParts(root);
      if (!parts) return;
      // Never so short that the headings and totals leave no room for lines (a small window, 200% zoom).
      const fixed = parts.wrapper.offsetHeight - parts.viewport.clientHeight + parts.area.offsetHeight - (parts.rows?.offsetHeight ?? 0);
      setHeight(Math.min(parts.wrapper.offsetHeight - parts.viewport.clientHeight + parts.area.offsetHeight, Math.max(maxHeight(), fixed + 2 * 44)));
    };
    /** Called once ag-grid has built its containers (grid ready, first data rendered). */
    const watch = () => {
      const root = container.current;
      if (!root) return;
      observer ??= new ResizeObserver(measure);
      const parts = gridParts(root);
      if (parts) observer.observe(parts.area);
      measure();
    };
    return { measure, watch, stop: () => observer?.disconnect() };
  });
  useEffect(() => {
    window.addEventListener('resize', tools.measure);
    return () => (tools.stop(), window.removeEventListener('resize', tools.measure));
  }, [tools]);
  return { height, watch: tools.watch };
}

/**
 * ag-grid 36's layout: the root wrapper (borders, scrollbars) holds a viewport that scrolls one area holding
 * the header, the rows and the pinned rows; the area's height is what the whole table needs.
 */
function gridParts(root: HTMLElement): { wrapper: HTMLElement; viewport: HTMLElement; area: HTMLElement; rows: HTMLElement | null } | null {
  const wrapper = root.querySelector<HTMLElement>('.ag-root-wrapper');
  const viewport = root.querySelector<HTMLElement>('.ag-grid-viewport');
  const area = root.querySelector<HTMLElement>('.ag-grid-scrollable-area');
  const rows = root.querySelector<HTMLElement>('.ag-grid-scrolling-rows');
  return wrapper && viewport && area ? { wrapper, viewport, area, rows } : null;
}

function maxHeight(): number {
  return Math.max(MIN, window.innerHeight - CHROME);
}
