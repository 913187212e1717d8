/**
 * Print the whole plan or the sections you tick: the same print layout as the PDF (A4, landscape pages
 * for wide tables, headings repeated, "Page N of M"), previewed here, saved as PDF or sent to a printer.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanDocument } from '../../shared/model/plan';
import { api } from '../api/client';
import { exportAndDownload } from '../app/files';
import { useUiStore } from '../stores/ui-store';
import { DOCX_MIME, printSections } from '../stores/file-commands';

export function PrintPreview({ plan }: { plan: PlanDocument }) {
  const say = useUiStore((s) => s.say);
  const [ticked, setTicked] = useState(() => new Set(plan.sections.map((s) => s.id)));
  const [html, setHtml] = useState('');
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const ids = useMemo(() => plan.sections.filter((s) => ticked.has(s.id)).map((s) => s.id), [plan, ticked]);

  useEffect(() => {
    let live = true;
    api.printPreview({ planId: plan.id, sectionIds: ids }).then(
      (r) => live && setHtml(r.html),
      (e) => say((e as Error).message, 'error'),
    );
    return () => void (live = false);
  }, [plan, ids, say]);

  /** Ticking a section ticks the subsections under it. */
  const toggle = (id: number) => {
    const i = plan.sections.findIndex((s) => s.id === id);
    const group = [id];
    if (plan.sections[i].level === 1)
      for (const s of plan.sections.slice(i + 1))
        if (s.level === 2) group.push(s.id);
        else break;
    setTicked((t) => {
      const next = new Set(t);
      const on = !t.has(id);
      group.forEach((g) => (on ? next.add(g) : next.delete(g)));
      return next;
    });
  };

  // Landscape sheets are 297 mm wide: scale the preview so a whole sheet fits the frame (screen only).
  const fitPages = () => {
    const doc = frame.current?.contentDocument;
    if (doc && frame.current) doc.documentElement.style.setProperty('zoom', String(Math.min(1, (frame.current.clientWidth - 24) / 1160)));
  };

  // The preview's zoom is for the screen only: print at full size, then shrink the preview again.
  // (The desktop app prints the same pages through the system's dialog instead: stores/file-commands.ts.)
  const printNow = () =>
    void printSections(plan.id, ids, () => {
      frame.current?.contentDocument?.documentElement.style.removeProperty('zoom');
      frame.current?.contentWindow?.print();
      fitPages();
    });

  const savePdf = async () => {
    setBusy(true);
    await exportAndDownload(() => api.exportPdf({ planId: plan.id, sectionIds: ids }), say, 'application/pdf');
    setBusy(false);
  };
  // The ticked sections as a Word document (File > Export > Word document… sends the whole plan).
  const saveWord = async () => {
    setBusy(true);
    await exportAndDownload(() => api.exportWord({ planId: plan.id, sectionIds: ids }), say, DOCX_MIME);
    setBusy(false);
  };

  return (
    <article className="print-view">
      <h2>Print</h2>
      <div className="print-layout">
        <fieldset className="print-sections">
          <legend>Sections to print</legend>
          <div className="actions-bar">
            <button type="button" onClick={() => setTicked(new Set(plan.sections.map((s) => s.id)))}>
              All
            </button>
            <button type="button" onClick={() => setTicked(new Set())}>
              None
            </button>
          </div>
          {plan.sections.map((s) => (
            <label key={s.id} className={`level-${s.level}`}>
              <input type="checkbox" checked={ticked.has(s.id)} onChange={() => toggle(s.id)} /> {s.title}
            </label>
          ))}
        </fieldset>
        <div className="print-main">
          <div className="actions-bar">
            <button type="button" disabled={!ids.length || busy} onClick={() => void savePdf()}>
              {busy ? 'Saving…' : 'Save as PDF…'}
            </button>
            <button type="button" disabled={!ids.length || busy} onClick={() => void saveWord()}>
              Save as Word…
            </button>
            <button type="button" disabled={!ids.length} onClick={printNow}>
              Print…
            </button>
            <span className="hint">
              {ids.length} of {plan.sections.length} sections
            </span>
          </div>
          {/* No scripts run in the preview: it is the print HTML, shown as it will print. The sandbox has no
              allow-scripts (tests/unit/no-raw-html.test.ts checks), and the print HTML's own CSP forbids scripts;
              allow-same-origin lets this page set the zoom, allow-modals lets its Print button open the dialog. */}
          <iframe ref={frame} title="Print preview" className="print-frame" sandbox="allow-same-origin allow-modals" srcDoc={html} onLoad={fitPages} />
        </div>
      </div>
    </article>
  );
}
