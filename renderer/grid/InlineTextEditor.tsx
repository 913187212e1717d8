/**
 * One-line cells (figures, names, dates as written) edit in place, as in Excel: a key typed on a selected
 * cell replaces its content, F2 or Enter edit what is there. Unlike the grid's own text
 * editor it takes the keys typed while it was opening (typeahead.ts), so typing "120" fast after Tab on a
 * busy laptop never stores "20". The text is read for its column by the column's value setter.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { CellValue } from '../../shared/model/columns';
import { inlineOpening } from './editor-start';
import { typeahead } from './typeahead';

const asText = (v: CellValue | undefined) => (v == null ? '' : String(v));

export function InlineTextEditor(props: CustomCellEditorProps<unknown, CellValue>) {
  const [{ text: first, selectAll }] = useState(() => inlineOpening(props.eventKey, asText(props.value), typeahead.take()));
  const [text, setText] = useState(first);
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (text !== asText(props.value)) props.onValueChange(text);
    ref.current?.focus();
    if (selectAll) ref.current?.select();
    else ref.current?.setSelectionRange(text.length, text.length);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, when the editor opens
  return (
    <input
      ref={ref}
      className="inline-editor"
      value={text}
      aria-label={props.colDef.headerName}
      onChange={(e) => {
        setText(e.target.value);
        props.onValueChange(e.target.value);
      }}
    />
  );
}
