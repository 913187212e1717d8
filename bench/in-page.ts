/**
 * Timing helpers installed in the page before the app loads (bench/browser-ui.mts). Kept as a string so the
 * page runs exactly this code, untouched by the TypeScript loader. Times are the page's performance.now().
 */
export const IN_PAGE = `
(() => {
  const frames = (check) => new Promise((done) => {
    const tick = () => (check() ? done(performance.now()) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
  const b = (window.__bench = { outlineAt: 0, editFrame: 0 });
  // Load: the first frame in which the outline lists its sections.
  frames(() => document.querySelectorAll('nav[aria-label="Outline"] li').length > 6).then((t) => (b.outlineAt = t));
  const buttons = (title) => [...document.querySelectorAll('nav[aria-label="Outline"] li button')].filter((x) => x.textContent === title);
  // cold: from the title page, so no grid of the kind is on screen to be kept.
  b.openSection = async (title, index, strict = true, cold = false) => {
    const button = buttons(title)[index];
    if (!button) throw new Error('no outline entry ' + title + ' #' + index);
    const main = document.querySelector('main');
    // Already open: go to the title page first, so the click below draws the section afresh.
    if (cold || button.getAttribute('aria-current') === 'true') {
      const first = document.querySelector('nav[aria-label="Outline"] li button');
      const was = main.firstElementChild;
      first.click();
      await frames(() => main.firstElementChild !== was);
    }
    const before = main.querySelector('article');
    const beforeId = before?.dataset.section;
    // A grid kept on screen for the next table of its kind shows old rows until the new ones are drawn.
    const rowIds = (el) => [...(el?.querySelectorAll('.table-grid .ag-row[row-id]') ?? [])].map((r) => r.getAttribute('row-id'));
    const beforeRows = new Set(rowIds(before));
    const beforeBlock = before?.querySelector('.table-grid')?.dataset.blockId;
    const t0 = performance.now();
    button.click();
    // The frame that draws the new section's first grid row (or its heading, for sections without tables).
    const t1 = await frames(() => {
      const a = main.querySelector('article');
      if (!a || (a === before && a.dataset.section === beforeId)) return false;
      const h = a.querySelector('h2, h3');
      if (!h || h.textContent !== title) return !strict && !!h;
      const grid = a.querySelector('.table-grid');
      if (!grid) return true;
      // A table with no rows yet shows its note instead; the same table as before (a unit's page, then its
      // budget) needs no new rows.
      if (grid.querySelector('.grid-empty')) return true;
      if (grid.dataset.blockId === beforeBlock) return !!grid.querySelector('.ag-row .ag-cell');
      return [...grid.querySelectorAll('.ag-row[row-id]')].some((r) => !beforeRows.has(r.getAttribute('row-id')) && r.querySelector('.ag-cell'));
    });
    return t1 - t0;
  };
  // Edit: Enter (keydown) to the frame in which the focused row shows the new value and the totals changed.
  b.armEdit = (value) => {
    b.editFrame = 0;
    const grid = document.activeElement.closest('.table-grid');
    const totals = () => grid.querySelector('.ag-row-pinned [col-id="employee"]')?.textContent;
    const before = totals();
    const shown = value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const rowId = document.activeElement.closest('.ag-row').getAttribute('row-id');
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const t0 = performance.now();
      frames(() => grid.querySelector('.ag-row[row-id="' + rowId + '"] [col-id="employee"]')?.textContent === shown && totals() !== before).then((t) => (b.editFrame = t - t0));
    }, { capture: true, once: true });
  };
  b.bareFetch = async () => {
    const token = sessionStorage.getItem('plan-editor-token');
    const t0 = performance.now();
    await (await fetch('/api/databaseStatus', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: '{}' })).json();
    return performance.now() - t0;
  };
})();
`;
