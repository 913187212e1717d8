/**
 * Adding a section that holds a table of a chosen kind (a savings plan, another risks table...), after a
 * section of the outline. The kinds are listed from the model, so a kind declared there is offered here.
 */
import { useState } from 'react';
import { TABLE_KINDS, kindDef, type TableKind } from '../../shared/model/table-kinds';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { Dialog } from './Dialog';
import { FormButtons } from './FormButtons';

interface Props {
  planId: number;
  after: { id: number; title: string; level: 1 | 2 };
  onClose: () => void;
}

export function AddTableSection({ planId, after, onClose }: Props) {
  const change = usePlanStore((s) => s.change);
  const go = useUiStore((s) => s.go);
  const [kind, setKind] = useState<TableKind>('savings');
  const add = async () => {
    const title = kindDef(kind).title;
    const r = await api.addSection({ planId, title, level: after.level, afterSectionId: after.id, tableKind: kind }).catch((e) => (useUiStore.getState().say((e as Error).message, 'error'), null));
    onClose();
    if (r && (await change(async () => undefined, `Section added: ${title}.`))) go({ kind: 'section', sectionId: r.sectionId });
  };
  return (
    <Dialog titleId="add-table-title" onClose={onClose}>
      <h2 id="add-table-title">Add a table section</h2>
      <form onSubmit={(e) => (e.preventDefault(), void add())}>
        <div className="form-row">
          <label htmlFor="add-table-kind">Table</label>
          <select id="add-table-kind" data-autofocus value={kind} onChange={(e) => setKind(e.target.value as TableKind)}>
            {TABLE_KINDS.map((k) => (
              <option key={k} value={k}>{kindDef(k).title}</option>
            ))}
          </select>
        </div>
        <p>The section is added after “{after.title}”.</p>
        <FormButtons onCancel={onClose} submit="Add section" />
      </form>
    </Dialog>
  );
}
