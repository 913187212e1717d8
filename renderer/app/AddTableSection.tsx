/**
 * Adding a section that holds a table of a chosen kind (a savings plan, another risks table...), after a
 * section of the outline. The kinds are listed from the model, so a kind declared there is offered here.
 */
import { useState } from 'react';
import { TABLE_KINDS, kindDef, type TableKind } from '../../shared/model/table-kinds';
import { addSection } from '../stores/plan-commands';
import { Dialog } from './Dialog';
import { FormButtons } from './FormButtons';

interface Props {
  planId: number;
  after: { id: number; title: string; level: 1 | 2 };
  onClose: () => void;
}

export function AddTableSection({ planId, after, onClose }: Props) {
  const [kind, setKind] = useState<TableKind>('savings');
  const add = async () => {
    onClose();
    await addSection(planId, after, kindDef(kind).title, kind);
  };
  return (
    <Dialog titleId="add-table-title" onClose={onClose}>
      <h2 id="add-table-title">Add a table section</h2>
      <form onSubmit={(e) => (e.preventDefault(), void add())}>
        <div className="form-row">
          <label htmlFor="add-table-kind">Table</label>
          <select id="add-table-kind" data-autofocus value={kind} onChange={(e) => setKind(e.target.value as TableKind)}>
            {TABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindDef(k).title}
              </option>
            ))}
          </select>
        </div>
        <p>The section is added after “{after.title}”.</p>
        <FormButtons onCancel={onClose} submit="Add section" />
      </form>
    </Dialog>
  );
}
