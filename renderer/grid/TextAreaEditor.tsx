/**
 * Multi-line cells (lists of controls, action text) edit in a roomy text box: one list item per line,
 * Enter for a new line, Ctrl+Enter or leaving the box to save, Escape to cancel. The value handed back is
 * already the column's own type (a list is an array), so nothing downstream ever sees text for a list.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import { parseCellText } from '../../shared/format/cell-input';
import { editorStart } from './editor-start';
import { typeahead } from './typeahead';

type Props = CustomCellEditorProps<unknown, CellValue> & { column: ColumnDef };

const asText = (v: CellValue | undefined) => (Array.isArray(v) ? v.join('\n') : v == null ? '' : String(v));

export function TextAreaEditor(props: Props) {
  const start = editorStart(props.eventKey);
  const [text, setText] = useState(() => (start.replace ? start.text : asText(props.value)) + typeahead.take());
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    // The typed first key is already in the box: keep typing after it.
    if (text !== asText(props.value)) props.onValueChange(valueOf(props.column, text));
    ref.current?.focus();
    ref.current?.setSelectionRange(text.length, text.length);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="textarea-editor">
      <textarea
        ref={ref}
        rows={Math.min(16, Math.max(4, text.split('\n').length + 1))}
        value={text}
        aria-label={props.colDef.headerName}
        onChange={(e) => {
          setText(e.target.value);
          props.onValueChange(valueOf(props.column, e.target.value));
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
          e.preventDefault();
          props.stopEditing();
        }}
      />
      <div className="hint">{props.column.type === 'list' ? 'One item per line · ' : ''}Ctrl+Enter saves · Esc cancels</div>
    </div>
  );
}

function valueOf(column: ColumnDef, text: string): CellValue {
  const parsed = parseCellText(column, text);
  return parsed.ok ? parsed.value : text;
}
