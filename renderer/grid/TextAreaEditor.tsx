/**
 * Multi-line cells (lists of controls, action text) edit in a roomy text box: one list item per line,
 * Enter for a new line, Ctrl+Enter or leaving the box to save, Escape to cancel.
 */
import { useEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';

export function TextAreaEditor(props: CustomCellEditorProps<unknown, string | string[]>) {
  const [text, setText] = useState(() => (Array.isArray(props.value) ? props.value.join('\n') : (props.value ?? '')));
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
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
          props.onValueChange(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.preventDefault(), props.stopEditing());
        }}
      />
      <div className="hint">{Array.isArray(props.value) || props.value === null ? 'One item per line · ' : ''}Ctrl+Enter saves · Esc cancels</div>
    </div>
  );
}
