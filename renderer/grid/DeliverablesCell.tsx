/** Deliverables, one per line with their target dates as written; a target whose month has passed is marked overdue. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Deliverable } from '../../shared/model/columns';
import { isOverdue } from '../../shared/calc/date-as-written';

export function DeliverablesCell(props: CustomCellRendererProps<unknown, Deliverable[] | null>) {
  const today = new Date();
  return (
    <div className="deliverables-cell">
      {(props.value ?? []).map((d, i) => (
        <div key={i}>
          • {d.text}
          {d.target && (
            <>
              {' '}
              {isOverdue(d.target, today) ? (
                <span className="target overdue" title="Overdue: the target month has passed">[{d.target}]</span>
              ) : (
                <span className="target">[{d.target}]</span>
              )}
            </>
          )}
        </div>
      ))}
    </div>
  );
}
