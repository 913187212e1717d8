/**
 * A table's heading row from a list of headings: the review and comparison tables all had the same
 * <thead><tr><th>… markup written out heading by heading. An empty heading makes an empty cell.
 */
export function TableHead({ headings }: { headings: string[] }) {
  return (
    <thead>
      <tr>
        {headings.map((h, i) => (
          <th key={i}>{h}</th>
        ))}
      </tr>
    </thead>
  );
}
