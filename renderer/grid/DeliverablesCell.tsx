/** Deliverables, one per line with their target dates as written (as the shared formatter writes them); a target whose month has passed is marked overdue. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Deliverable } from '../../shared/model/columns';
import { isOverdue } from '../../shared/calc/date-as-written';
import { BULLET, targetText } from '../../shared/format/cell-text';

export function DeliverablesCell(props: CustomCellRendererProps<unknown, Deliverable[] | null>) {
  const today = new Date();
  return (
    <div className="deliverables-cell">
      {(props.value ?? []).map((d, i) => (
        <div key={i}>
          {BULLET}
          {d.text}
          {d.target && (
            <>
              {' '}
              {isOverdue(d.target, today) ? (
                <span className="target overdue" title="Overdue: the target month has passed">
                  {targetText(d.target)}
                </span>
              ) : (
                <span className="target">{targetText(d.target)}</span>
              )}
            </>
          )}
        </div>
      ))}
    </div>
  );
}
